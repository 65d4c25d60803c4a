// SPDX-License-Identifier: MIT
// The extraction rules one by one, on sentences written for each, with the rule id each fact
// records (build --explain). Names of organizations come from the project's gazetteer.
#include <catch2/catch.hpp>

#include "ExtractTestHelpers.h"
#include "loaders/extract/EventExtractor.h"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

// The rules recorded for the edges `from` -> (a node named `to`) with `relation`.
std::vector<std::string> rulesOf(const DocumentGraph& g, const DocNode* from, Relation relation, const std::string& to) {
  std::vector<std::string> out;
  if (!from) return out;
  for (const auto& e : g.edges())
    if (e.from == idOf(g, from) && e.relation == relation && g.node(e.to).name == to) out.emplace_back(e.rule);
  return out;
}

std::size_t eventCount(const DocumentGraph& g) {
  return static_cast<std::size_t>(std::count_if(g.nodes().begin(), g.nodes().end(), [](const DocNode& n) { return n.kind == NodeKind::Event; }));
}

const std::string IOM = "International Organization for Migration";
const std::string ILO = "International Labour Organization";

}  // namespace

TEST_CASE("role.active-subject: the subject of an organizing verb in any inflection, names and all", "[loaders][extract][rules]") {
  const auto g = extractText(
      "The African Union (AU) Commission and the IOM are jointly holding a three-day workshop on border management.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  // "the African Union (AU) Commission" is the union's commission, an office (GUIDELINES), named
  // as the gazetteer names it.
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"African Union Commission", IOM});
  CHECK(rulesOf(g, e, Relation::Organizer, IOM) == std::vector<std::string>{"role.active-subject"});
  const DocNode* commission = byName(g, NodeKind::Office, "African Union Commission");
  REQUIRE(commission);
  CHECK(targets(g, commission, Relation::ParentOrganization) == std::vector<std::string>{"African Union"});
  CHECK(rulesOf(g, commission, Relation::ParentOrganization, "African Union") == std::vector<std::string>{"office.org-then-unit"});
}

TEST_CASE("office.org-then-unit: a regional office's area runs on through 'and the' a region", "[loaders][extract][rules]") {
  const auto g = extractText(
      "The UNODC Regional Office for Central America and the Caribbean and the IOM met in Panama on 3 May 2016.");
  const DocNode* office = byName(g, NodeKind::Office, "UNODC Regional Office for Central America and the Caribbean");
  REQUIRE(office);
  CHECK(targets(g, office, Relation::ParentOrganization) == std::vector<std::string>{"United Nations Office on Drugs and Crime"});
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{IOM, "United Nations Office on Drugs and Crime"});
}

TEST_CASE("office.gazetteer-unit: a known body named as another plus a unit word is that one's office", "[loaders][extract][rules]") {
  const auto g = extractText("The African Union Commission (AUC) and the European Commission met in Addis Ababa.");
  const DocNode* auc = byName(g, NodeKind::Office, "African Union Commission");
  REQUIRE(auc);
  CHECK(targets(g, auc, Relation::ParentOrganization) == std::vector<std::string>{"African Union"});
  CHECK(rulesOf(g, auc, Relation::ParentOrganization, "African Union") == std::vector<std::string>{"office.gazetteer-unit"});
  // "European" names no body of the gazetteer: the European Commission stays an organization.
  CHECK(byName(g, NodeKind::Organization, "European Commission"));
  CHECK_FALSE(byName(g, NodeKind::Office, "European Commission"));
}

TEST_CASE("role.active-subject: organizations that come together to co-facilitate an event organize it", "[loaders][extract][rules]") {
  const auto g = extractText(
      "On 19 September 2024 the ILO and the IOM came together to co-facilitate a two-day workshop on labour mobility in Suva.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{ILO, IOM});
  CHECK(rulesOf(g, e, Relation::Organizer, ILO) == std::vector<std::string>{"role.active-subject"});
}

TEST_CASE("role.owner-after-of: a body's own meeting, named by 'of' and the body, is organized by it", "[loaders][extract][rules]") {
  const auto own = extractText("The 23rd Conference of the International Labour Organization took place in Vienna on 18 April 2023.");
  const DocNode* conference = firstEvent(own);
  REQUIRE(conference);
  CHECK(targets(own, conference, Relation::Organizer) == std::vector<std::string>{ILO});
  CHECK(rulesOf(own, conference, Relation::Organizer, ILO) == std::vector<std::string>{"role.owner-after-of"});
  // The body names the report, not the launch.
  const auto report = extractText("The launch of the IOM report on labour mobility took place in Suva on 29 November 2022.");
  const DocNode* launch = firstEvent(report);
  REQUIRE(launch);
  CHECK(targets(report, launch, Relation::Organizer).empty());
  // Organizers the text names are the event's, not the body it is "of".
  const auto named = extractText(
      "The Meeting of the International Labour Organization, held in Geneva on 3 May 2023, was organized by the IOM.");
  const DocNode* meeting = firstEvent(named);
  REQUIRE(meeting);
  CHECK(targets(named, meeting, Relation::Organizer) == std::vector<std::string>{IOM});
}

TEST_CASE("role.passive-by-agent and role.partner-with come from the lexicon's phrases", "[loaders][extract][rules]") {
  const auto g = extractText("The seminar, held in Geneva on 4 May 2018, was convened by the ILO in close co-operation with the IOM.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(rulesOf(g, e, Relation::Organizer, ILO) == std::vector<std::string>{"role.passive-by-agent"});
  CHECK(rulesOf(g, e, Relation::Contributor, IOM) == std::vector<std::string>{"role.partner-with"});
  CHECK(rulesOf(g, e, Relation::Location, "Genève") == std::vector<std::string>{"event.location.sentence-city"});
}

TEST_CASE("role.sponsor-support-of and role.funder-funded-by: 'through the support of', 'with funding by'", "[loaders][extract][rules]") {
  const auto g = extractText(
      "Through the support of the ILO, the IOM organized a regional consultation in Bangkok on 25 February 2020. "
      "With funding by the European Union, the consultation was hosted by the IOM.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(rulesOf(g, e, Relation::Sponsor, ILO) == std::vector<std::string>{"role.sponsor-support-of"});
  CHECK(rulesOf(g, e, Relation::Funder, "European Union") == std::vector<std::string>{"role.funder-funded-by"});
}

TEST_CASE("role.partner-between: the cooperation between X and Y", "[loaders][extract][rules]") {
  const auto g = extractText(
      "A regional workshop was held in Chisinau on 12 March 2017 thanks to the cooperation between the ILO and the IOM.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Contributor) == std::vector<std::string>{ILO, IOM});
  CHECK(rulesOf(g, e, Relation::Contributor, ILO) == std::vector<std::string>{"role.partner-between"});
}

TEST_CASE("role.compound-funded: an EU-funded programme's funder sponsors the page's one event", "[loaders][extract][rules]") {
  const auto g = extractText(
      "Through its European Union (EU)-funded programme, IOM held a training for border guards in Baghdad on 16 June 2015.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Funder) == std::vector<std::string>{"European Union"});
  CHECK(rulesOf(g, e, Relation::Funder, "European Union") == std::vector<std::string>{"role.compound-funded"});

  // Written in one token, the acronym the page defined.
  const auto h = extractText(
      "The European Union (EU) is a partner of IOM. Under an EU-funded project, IOM held a training in Tbilisi on 2 May 2016.");
  CHECK(targets(h, firstEvent(h), Relation::Funder) == std::vector<std::string>{"European Union"});
}

TEST_CASE("a definite noun phrase names the event already introduced", "[loaders][extract][rules]") {
  // "The training" after "a training workshop": one event, dated and placed by the later sentence.
  const auto g = extractText(
      "IGAD and the IOM are organizing a training workshop for senior officials. "
      "The training, which opens in Nairobi on 15 October 2008, brings together 30 participants.");
  REQUIRE(eventCount(g) == 1);
  const DocNode* e = firstEvent(g);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2008-10-15"});
  CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Nairobi"});

  // With one event on the page, "the meeting" can mean no other.
  const auto h = extractText(
      "UNHCR held a workshop on refugee law in Amman on 3 May 2017. Women were well represented at the meeting.");
  CHECK(eventCount(h) == 1);

  // An indefinite one is a new event.
  const auto k = extractText(
      "UNHCR held a workshop on refugee law in Amman on 3 May 2017. UNHCR held a meeting with donors in Geneva on 9 June 2017.");
  CHECK(eventCount(k) == 2);
  // A body named in the earlier event's name gives it no role.
  const auto owned = extractText(
      "Nairobi, 10 December 2015 - The IOM is organizing a regional meeting in Nairobi on 14 December 2015. "
      "It builds on the declaration adopted by the 25th Harbour Union Summit in Johannesburg in June 2015.");
  CHECK(eventCount(owned) == 1);
}

TEST_CASE("launches: a programme launched on a date is an event, one launched in passing is not", "[loaders][extract][rules]") {
  const auto g = extractText(
      "The IOM and the ILO launched a joint labour mobility programme in Suva on 29 November 2022. "
      "The project is funded by the European Union.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::EventType) == std::vector<std::string>{"Launch"});
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{ILO, IOM});
  CHECK(targets(g, e, Relation::Funder) == std::vector<std::string>{"European Union"});

  const auto h = extractText("In 2013 the ILO launched a five-year project which aims to improve labour migration governance.");
  CHECK(eventCount(h) == 0);

  // "unveil" launches too, the thing a few words on.
  const auto k = extractText("The ILO will unveil the findings of a first study on domestic workers in Beirut on 5 May 2016.");
  REQUIRE(firstEvent(k));
  CHECK(literals(firstEvent(k), Property::EventType) == std::vector<std::string>{"Launch"});
}

TEST_CASE("event nouns of the corpus's other languages and of ceremonies", "[loaders][extract][rules]") {
  CHECK(eventTypeOf("taller") == "Workshop");
  CHECK(eventTypeOf("seminário") == "Seminar");
  CHECK(eventTypeOf("Conférence") == "Conference");
  CHECK(eventTypeOf("ceremony") == "Other");
  CHECK(eventTypeOf("process") == "");
  const auto g = extractText("A closing ceremony of the twinning project was held in Yerevan on 4 November 2014.");
  REQUIRE(firstEvent(g));
  CHECK(literals(firstEvent(g), Property::EventType) == std::vector<std::string>{"Other"});
  // "Consultation Process" is a mechanism, no event.
  CHECK(eventCount(extractText("The Regional Consultation Process on migration was created in 1999 in Lima.")) == 0);
}

TEST_CASE("datelines: date first, country, numeric dates and a news agency", "[loaders][extract][rules]") {
  SECTION("date, then the city and country in parentheses") {
    const auto g = extractText(
        "October 28, 2019 (ADDIS ABABA, Ethiopia): IGAD is holding a technical workshop on return on 29 October in Addis Ababa.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2019-10-29"});
  }
  SECTION("a numeric date with a two-digit year dates the page, not the event") {
    const auto g = extractText(
        "Strasbourg, 15/02/11 - The Commissioner announced a seminar on migration. "
        "The seminar is organised in Istanbul on 17-18 February.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2011-02-17"});
    CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Istanbul"});
  }
  SECTION("a news agency in parentheses") {
    // A short city name in capitals is a dateline's at the start of a line, not an acronym.
    const auto g = extractText("SUVA, Fiji (ILO News) - The ILO held a regional workshop on labour mobility on 3 May 2022.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(rulesOf(g, e, Relation::Location, "Suva") == std::vector<std::string>{"event.location.dateline-city"});
  }
  SECTION("a city a person is based in is not the event's") {
    const auto g = extractText(
        "The ILO held a workshop on labour mobility on 3 May 2022. A specialist based in Bangkok attended the workshop.");
    CHECK(targets(g, firstEvent(g), Relation::Location).empty());
  }
}

TEST_CASE("office rules: lower-case offices in a place, after an acronym, and of an area", "[loaders][extract][rules]") {
  SECTION("IOM's office in Minsk") {
    const auto g = extractText("Staff of the IOM office in Minsk met officials of the Ministry of Interior.");
    const DocNode* office = byName(g, NodeKind::Office, "IOM Minsk");
    REQUIRE(office);
    CHECK(rulesOf(g, office, Relation::ParentOrganization, IOM) == std::vector<std::string>{"office.org-office-in-place"});
  }
  SECTION("the office of the UNHCR (UNHCR) in Libya") {
    const auto g = extractText(
        "The office of the United Nations High Commissioner for Refugees (UNHCR) in Libya organized a training in Tunis.");
    CHECK(byName(g, NodeKind::Office, "UNHCR Libya"));
  }
  SECTION("a regional office of an area, which is no city") {
    const auto g = extractText("The UN-Habitat Regional Office of Arab States and the UNODC Regional Office for Central Asia met.");
    CHECK(byName(g, NodeKind::Office, "UN-Habitat Regional Office of Arab States"));
    const DocNode* asia = byName(g, NodeKind::Office, "UNODC Regional Office for Central Asia");
    REQUIRE(asia);
    CHECK(targets(g, asia, Relation::Location).empty());
    CHECK(names(g, NodeKind::City).empty());
  }
}

TEST_CASE("a state's name or adjective before 'government' names its Government", "[loaders][extract][rules]") {
  const auto g = extractText(
      "The Armenian government thanked the EU. Officials of the Trinidad and Tobago government took part.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"European Union", "Government of Armenia", "Government of Trinidad and Tobago"});
  CHECK(names(g, NodeKind::Country) == std::vector<std::string>{"Trinidad and Tobago"});
}

TEST_CASE("a day within an event's dates is that event, and a range refines a single day", "[loaders][extract][rules]") {
  const auto g = extractText(
      "UNHCR held a regional meeting on refugee issues in Kampala on 8-9 May 1998. "
      "On 9 May the regional meeting adopted a plan of action.");
  CHECK(eventCount(g) == 1);

  const auto h = extractText(
      "Training on border management manuals\n21 March 2018\n"
      "A four-day training for border officials was held on 19-22 March 2018 in Accra.");
  REQUIRE(eventCount(h) == 1);
  CHECK(literals(firstEvent(h), Property::StartDate) == std::vector<std::string>{"2018-03-19"});
  CHECK(literals(firstEvent(h), Property::EndDate) == std::vector<std::string>{"2018-03-22"});
}

TEST_CASE("role.pronoun-subject: 'they' organize as the organizations of the sentence before", "[loaders][extract][rules]") {
  const auto g = extractText(
      "Trade officials met with their IOM and ILO counterparts last month. "
      "Together, they facilitated a regional technical workshop on labour mobility in Nadi on 25 September 2024.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{ILO, IOM});
  CHECK(rulesOf(g, e, Relation::Organizer, IOM) == std::vector<std::string>{"role.pronoun-subject"});
}

TEST_CASE("of several dates in a sentence, the event's is the one nearest its noun", "[loaders][extract][rules]") {
  const auto g = extractText(
      "News centre, Mon, 19 Apr 2021 16:22 Project News On 15-16 April 2021, ICMPD facilitated a two-day conference on border management.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2021-04-15"});
}

TEST_CASE("role.copular-noun: 'X and Y are the local co-hosts' of the event being reported", "[loaders][extract][rules]") {
  const auto g = extractText(
      "The ILO will hold a regional conference on labour migration in Bangkok on 21 November 2024. "
      "UNICEF and the IOM are the local co-hosts. UNHCR is a partner.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{ILO, IOM, "United Nations Children's Fund"});
  CHECK(rulesOf(g, e, Relation::Organizer, IOM) == std::vector<std::string>{"role.copular-noun"});
  CHECK(targets(g, e, Relation::Contributor) == std::vector<std::string>{"United Nations High Commissioner for Refugees"});
  // A role noun that does not end the clause says something else.
  const auto h = extractText(
      "The ILO will hold a regional conference on labour migration in Bangkok on 21 November 2024. "
      "UNICEF is a partner country programme manager.");
  CHECK(targets(h, firstEvent(h), Relation::Contributor).empty());
}

TEST_CASE("organizations named in Spanish, Portuguese and French, and with 'from' inside", "[loaders][extract][rules]") {
  const auto g = extractText(
      "El Ministerio de Trabajo y Seguridad Social y la Fundación para el Desarrollo organizaron un taller en Lima. "
      "The Freedom from Debt Coalition joined the event.");
  const auto orgs = names(g, NodeKind::Organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Ministerio de Trabajo y Seguridad Social") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Freedom from Debt Coalition") != orgs.end());
}

TEST_CASE("a dateline after a long site menu, and a headline's date line that is the page's date", "[loaders][extract][rules]") {
  std::string page;
  for (const char* item : {"Home", "Who we are", "What we do", "Where we work", "Data", "News", "Media centre", "Careers",
                           "Donate", "Search", "English"})
    page += std::string(item) + "\n";
  page += "\nSri Lanka: seminar on pre-departure orientation for migrant workers\n\n24 February 2023\n\n"
          "Colombo, 24 February 2023 - On 22 and 23 February 2023, the ILO organized a two-day seminar in Colombo "
          "on pre-departure orientation for migrant workers.\n";
  const auto g = extractText(page);
  REQUIRE(eventCount(g) == 1);
  CHECK(literals(firstEvent(g), Property::StartDate) == std::vector<std::string>{"2023-02-22"});
}

TEST_CASE("an event the page recalls from months before, with no one's role, is background", "[loaders][extract][rules]") {
  const auto g = extractText(
      "Nairobi, 10 October 2008 - The IOM is organizing a training workshop for officials in Nairobi on 15 October 2008. "
      "It responds to the recommendations of a regional workshop which took place in May 2008 in Addis Ababa.");
  REQUIRE(eventCount(g) == 1);
  CHECK(literals(firstEvent(g), Property::StartDate) == std::vector<std::string>{"2008-10-15"});
  // Recalled after a background cue, it is background even with its organizer named.
  const auto h = extractText(
      "Nairobi, 10 October 2008 - The IOM is organizing a training workshop for officials in Nairobi on 15 October 2008. "
      "It follows a regional workshop organized by the ILO in May 2008 in Addis Ababa.");
  CHECK(eventCount(h) == 1);
  // With its organizer and no such cue, it is reported.
  const auto k = extractText(
      "Nairobi, 10 October 2008 - The IOM is organizing a training workshop for officials in Nairobi on 15 October 2008. "
      "The ILO organized a regional workshop in May 2008 in Addis Ababa.");
  CHECK(eventCount(k) == 2);
  // A body named in the earlier event's name gives it no role.
  const auto owned = extractText(
      "Nairobi, 10 December 2015 - The IOM is organizing a regional meeting in Nairobi on 14 December 2015. "
      "It builds on the declaration adopted by the 25th Harbour Union Summit in Johannesburg in June 2015.");
  CHECK(eventCount(owned) == 1);
}

TEST_CASE("a name a quote is attributed to is a person's, with two particles", "[loaders][extract][rules]") {
  const auto g = extractText(
      "\"We are pleased,\" said Maria Gonzalez. According to Juan Pablo de la Cruz, the project will continue. "
      "Hans van der Berg added that more was needed. The Regional Director said the office would grow.");
  CHECK(names(g, NodeKind::Person) == std::vector<std::string>{"Hans van der Berg", "Juan Pablo de la Cruz", "Maria Gonzalez"});
}

TEST_CASE("a participle with its agent is passive, and cities of organizations or before a month", "[loaders][extract][rules]") {
  // "organized by the Episcopal Conference": that conference is the organizer, not the event.
  const auto g = extractText(
      "The 14th National Conference on Migration was held from 7 to 10 July 2014, organized by the Catholic Legal "
      "Immigration Network and the ILO.");
  REQUIRE(eventCount(g) == 1);
  CHECK(firstEvent(g)->name.find("National Conference on Migration") != std::string::npos);
  // "the ... Centre in Vienna" is where the organization is; "in Tunis June 15" where the event is.
  const auto h = extractText(
      "The annual meeting of the ILO was held in Tunis June 15 to 18, 2015. A paper by the Centre for Social Innovation in "
      "Vienna was discussed at the meeting.");
  CHECK(targets(h, firstEvent(h), Relation::Location) == std::vector<std::string>{"Tunis"});
}

TEST_CASE("office.unit-of-parent: a unit named before its parent is that parent's, not any body of that name", "[loaders][extract][rules]") {
  const auto g = extractText("The Regional Office of the International Labour Organization held a training in Tbilisi.");
  const auto h = extractText("The Regional Office of UNICEF held a training in Tbilisi.");
  const DocNode* ilo = byName(g, NodeKind::Office, "Regional Office");
  const DocNode* unicef = byName(h, NodeKind::Office, "Regional Office");
  REQUIRE(ilo);
  REQUIRE(unicef);
  CHECK(ilo->key != unicef->key);  // two bodies, two nodes in the knowledge graph
  CHECK(byName(g, NodeKind::Office, "ILO Regional Office") == ilo);
  CHECK(byName(g, NodeKind::Office, "Regional Office of the International Labour Organization") == ilo);
}

TEST_CASE("persons with their organization in parentheses, and a second name joined by 'and'", "[loaders][extract][rules]") {
  const auto g = extractText(
      "The panel discussed with Dan Viederman (UNICEF) and Julia Battho. "
      "It was attended by Archbishops Antonio Maria Veglio and Agostino Marchetto.");
  CHECK(names(g, NodeKind::Person) ==
        std::vector<std::string>{"Agostino Marchetto", "Antonio Maria Veglio", "Dan Viederman", "Julia Battho"});
}

TEST_CASE("role.organizer-leadership-of, and 'under the auspices of' and 'in co-operation with' from the lexicon", "[loaders][extract][rules]") {
  const auto g = extractText(
      "The meeting will take place in Nairobi on 14 December 2015 under the leadership of the IOM, in co-operation with "
      "the ILO and under the auspices of the European Union.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(rulesOf(g, e, Relation::Organizer, IOM) == std::vector<std::string>{"role.organizer-leadership-of"});
  CHECK(rulesOf(g, e, Relation::Contributor, ILO) == std::vector<std::string>{"role.partner-with"});
  CHECK(rulesOf(g, e, Relation::Sponsor, "European Union") == std::vector<std::string>{"role.sponsor-support-of"});
}

TEST_CASE("role.passive-by-agent: 'promoted by', as translated releases write 'organized by'", "[loaders][extract][rules]") {
  const auto g = extractText(
      "The seminar, held in Accra on 28 January 2020, was promoted by the ILO in partnership with the IOM.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(rulesOf(g, e, Relation::Organizer, ILO) == std::vector<std::string>{"role.passive-by-agent"});
  CHECK(rulesOf(g, e, Relation::Contributor, IOM) == std::vector<std::string>{"role.partner-with"});
}

TEST_CASE("role phrases in Spanish, Portuguese and French, with their lists", "[loaders][extract][rules]") {
  const auto g = extractText("El taller en Lima fue organizado por la OIM y el ACNUR, en colaboración con la OIT.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{IOM, "United Nations High Commissioner for Refugees"});
  CHECK(rulesOf(g, e, Relation::Contributor, ILO) == std::vector<std::string>{"role.partner-with"});
  const auto h = extractText("O seminário em Brasília foi organizado pela OIT com o apoio da União Europeia.");
  const DocNode* f = firstEvent(h);
  REQUIRE(f);
  CHECK(targets(h, f, Relation::Organizer) == std::vector<std::string>{ILO});
  CHECK(targets(h, f, Relation::Sponsor) == std::vector<std::string>{"European Union"});
}

TEST_CASE("event.location.venue-line: a venue line near the event places it", "[loaders][extract][rules]") {
  const auto g = extractText(
      "The ILO held a workshop on fair recruitment on 23 April 2014 for labour inspectors.\n\n"
      "Harbour Training Centre, Via Roma 5, Turin, Italy\n");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(rulesOf(g, e, Relation::Location, "Turin") == std::vector<std::string>{"event.location.venue-line"});
  // A sentence is no venue line, even with commas and a city at its end.
  const auto h = extractText(
      "The ILO held a workshop on fair recruitment on 23 April 2014 for labour inspectors.\n\n"
      "Officials, in turn, travelled on to Turin.\n");
  CHECK(targets(h, firstEvent(h), Relation::Location).empty());
}

TEST_CASE("role.active-subject: the subject starts after the dateline's dash", "[loaders][extract][rules]") {
  const auto g = extractText(
      "SUVA, Fiji (ILO News) - The International Organization for Migration (IOM) and the International Labour "
      "Organization (ILO) launched a joint labour mobility programme in Suva on 29 November 2022.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{ILO, IOM});
  CHECK(rulesOf(g, e, Relation::Organizer, IOM) == std::vector<std::string>{"role.active-subject"});
}
