// SPDX-License-Identifier: MIT
// Events: grouping, names, dates, places and every role phrase, on text written for the test.
#include <catch2/catch.hpp>

#include "ExtractTestHelpers.h"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("an event with organizers, partners, sponsors, place and dates", "[loaders][extract]") {
  const auto g = extractText(
      "A regional seminar on statelessness was held in Almaty on 8-9 June 2021. "
      "The seminar was organized by UNHCR and the OSCE in cooperation with UNICEF and funded by the European Union.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::EventType) == std::vector<std::string>{"Seminar"});
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2021-06-08"});
  CHECK(literals(e, Property::EndDate) == std::vector<std::string>{"2021-06-09"});
  CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Almaty"});
  CHECK(targets(g, e, Relation::Organizer) ==
        std::vector<std::string>{"Organization for Security and Co-operation in Europe", "United Nations High Commissioner for Refugees"});
  CHECK(targets(g, e, Relation::Contributor) == std::vector<std::string>{"United Nations Children's Fund"});
  CHECK(targets(g, e, Relation::Funder) == std::vector<std::string>{"European Union"});
  CHECK(e->name.find("seminar on statelessness") != std::string::npos);
}

TEST_CASE("the subject of 'will organize' organizes, and an aside with 'in collaboration with' partners", "[loaders][extract]") {
  const auto g = extractText(
      "ILO, in collaboration with the Ministry of Labour of Jordan, will organize a two-day workshop on fair recruitment.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"International Labour Organization"});
  CHECK(targets(g, e, Relation::Contributor) == std::vector<std::string>{"Ministry of Labour of Jordan"});
}

TEST_CASE("sponsors and participants", "[loaders][extract]") {
  const auto g = extractText(
      "The training, supported by the Government of Canada, gathered officers in Accra on 12 May. "
      "Representatives of UNODC and INTERPOL took part in the training.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Sponsor) == std::vector<std::string>{"Government of Canada"});
  const auto attendees = targets(g, e, Relation::Attendee);
  CHECK(std::find(attendees.begin(), attendees.end(), "United Nations Office on Drugs and Crime") != attendees.end());
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"--05-12"});
}

TEST_CASE("the year comes from the page's date when the text leaves it out", "[loaders][extract]") {
  const auto g = extractText("IOM held a roundtable in Dushanbe on 14 November.", "2019-11-20");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2019-11-14"});
}

TEST_CASE("two dated events of one kind are two events", "[loaders][extract]") {
  const auto g = extractText(
      "On 3 April IOM Moscow conducted a training for doctors. "
      "On 20 May IOM Moscow conducted a training for teachers.");
  int events = 0;
  for (const auto& n : g.nodes()) events += n.kind == NodeKind::Event;
  CHECK(events == 2);
}

TEST_CASE("without an event there is no event", "[loaders][extract]") {
  const auto g = extractText("UNHCR welcomed the new asylum law adopted by the Parliament of Georgia. Meeting the needs of refugees remains a priority.");
  CHECK(firstEvent(g) == nullptr);
}

TEST_CASE("the dateline city places an event the text does not place", "[loaders][extract]") {
  const auto g = extractText("Bishkek - The OSCE organized a workshop on border security on 4 October 2018.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Bishkek"});
}

TEST_CASE("a dated dateline dates the page, and the event keeps its own date", "[loaders][extract]") {
  const auto g = extractText(
      "Accra, March 2, 2023 - The ILO organizes a seminar on labour inspection. The seminar will be held on 9 March 2023.");
  int events = 0;
  for (const auto& n : g.nodes()) events += n.kind == NodeKind::Event;
  CHECK(events == 1);
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2023-03-09"});
  CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Accra"});
}

TEST_CASE("an event that frames the reported one is not it", "[loaders][extract]") {
  const auto g = extractText(
      "On 5 May UNDP organizes, on the sidelines of the Global Compact Forum, a workshop on remittances.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::EventType) == std::vector<std::string>{"Workshop"});
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"United Nations Development Programme"});
}

TEST_CASE("the sponsor of the project an event belongs to sponsors the event", "[loaders][extract]") {
  const auto g = extractText(
      "IOM organized a training for labour inspectors in Dhaka on 2 February 2020. "
      "The training is part of a regional project funded by the Government of Switzerland.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Funder) == std::vector<std::string>{"Government of Switzerland"});
}

TEST_CASE("'in close coordination with' names partners", "[loaders][extract]") {
  const auto g = extractText("The OSCE held a course in Tbilisi on 3 May 2021 in close coordination with UNHCR.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Contributor) == std::vector<std::string>{"United Nations High Commissioner for Refugees"});
}

TEST_CASE("a quoted title with a period inside stays in its sentence", "[loaders][extract]") {
  const auto g = extractText(
      "A forum “Mobility in the Sahel. Old routes, new risks” was held in Niamey on 6 June 2022, on the initiative of UNHCR.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"United Nations High Commissioner for Refugees"});
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2022-06-06"});
}

TEST_CASE("delivering a presentation and background summits make no events", "[loaders][extract]") {
  const auto g = extractText(
      "An expert of IOM Baku delivered a presentation on remittances on 4 May 2018. "
      "They recalled the results of the Valletta Summit on Migration of November 2015.");
  CHECK(firstEvent(g) == nullptr);
}

TEST_CASE("a headline names the event and the next line dates and places it", "[loaders][extract]") {
  const auto g = extractText("Seminar on Refugee Law\nTirana 14-15 October\nJudges from the region will take part.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"--10-14"});
  CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Tirana"});
}

TEST_CASE("a training course named twice is one event with the roles of both sentences", "[loaders][extract]") {
  const auto g = extractText(
      "The Harbour Lawyers Collective conducted a two-day training course in Mombasa on 9 May 2023. "
      "The course was run in partnership with the Law Society of Kenya.");
  int events = 0;
  for (const auto& n : g.nodes()) events += n.kind == NodeKind::Event;
  CHECK(events == 1);
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"Harbour Lawyers Collective"});
  CHECK(targets(g, e, Relation::Contributor) == std::vector<std::string>{"Law Society of Kenya"});
}

TEST_CASE("a title followed by its own place-and-date line is a new event, with its own organizer", "[loaders][extract]") {
  const auto g = extractText(
      "Seminar on Rural Water Management\n"
      "Kigali 4-5 March 2019\n"
      "Engineers from five countries will attend the seminar, organised by the African Development Bank.\n\n"
      "Seminar on Urban Flood Risk\n"
      "Kampala 7-8 March 2019\n"
      "City planners will take part in the seminar organised by the Nile Basin Initiative.\n");
  const auto events = names(g, NodeKind::Event);
  REQUIRE(events.size() == 2);
  std::vector<std::string> starts, organizers;
  for (const DocNode& n : g.nodes())
    if (n.kind == NodeKind::Event) {
      for (const auto& d : literals(&n, Property::StartDate)) starts.push_back(d);
      for (const auto& o : targets(g, &n, Relation::Organizer)) organizers.push_back(o);
    }
  std::sort(starts.begin(), starts.end());
  CHECK(starts == std::vector<std::string>{"2019-03-04", "2019-03-07"});
  CHECK(organizers.size() == 2);
}

TEST_CASE("a media advisory's WHEN blocks are events of the advisory's organization", "[loaders][extract]") {
  const auto g = extractText(
      "Upcoming Sahel Mobility Research Institute Briefings\n"
      "3/14/2011 10:05:00 AM\n"
      "MEDIA ADVISORY\n"
      "WHEN:\n"
      "Mon., March 21, 10-11:30 a.m.\n"
      "WHAT:\n"
      "Remittances and Rural Credit in the Sahel\n"
      "WHERE:\n"
      "203 Blackfriars Road, London\n"
      "WHEN:\n"
      "Thurs., March 24, 2-3 p.m.\n"
      "Seasonal Labour Mobility After the Crisis. Panelists will discuss new data.\n");
  std::vector<std::string> starts;
  for (const DocNode& n : g.nodes())
    if (n.kind == NodeKind::Event) {
      for (const auto& d : literals(&n, Property::StartDate)) starts.push_back(d);
      CHECK(targets(g, &n, Relation::Organizer) == std::vector<std::string>{"Sahel Mobility Research Institute"});
    }
  std::sort(starts.begin(), starts.end());
  CHECK(starts == std::vector<std::string>{"2011-03-21", "2011-03-24"});
  const auto events = names(g, NodeKind::Event);
  CHECK(std::find(events.begin(), events.end(), "Remittances and Rural Credit in the Sahel") != events.end());
}

TEST_CASE("people who joined organizations at an event joined its hosts", "[loaders][extract]") {
  const auto g = extractText(
      "Teachers and nurses joined UNICEF Malawi and the Ministry of Gender, Children and Social Welfare at a three-day "
      "workshop in Zomba on 4 June 2019.");
  const DocNode* event = nullptr;
  for (const DocNode& n : g.nodes())
    if (n.kind == NodeKind::Event) event = &n;
  REQUIRE(event);
  auto organizers = targets(g, event, Relation::Organizer);
  std::sort(organizers.begin(), organizers.end());
  REQUIRE(organizers.size() == 2);
  CHECK(organizers[0].starts_with("Ministry of Gender, Children and Social Welfare"));
  CHECK(organizers[1] == "UNICEF Malawi");
}

TEST_CASE("'joined' without an event after the organizations is no hosting", "[loaders][extract]") {
  const auto g = extractText("UNHCR joined UNICEF in calling for the release of the children before the workshop on 4 June 2019.");
  for (const DocNode& n : g.nodes())
    if (n.kind == NodeKind::Event) CHECK(targets(g, &n, Relation::Organizer).empty());
}

TEST_CASE("an event dated 'on Thursday' gets the day from the dateline, a later weekday does not split it", "[loaders][extract]") {
  const auto g = extractText(
      "NAIROBI, 15 March 2024 – UN-Habitat held a workshop on Thursday on housing for displaced families. "
      "The workshop, which continued on Friday, was funded by the Government of Japan.");
  std::vector<const DocNode*> events;
  for (const DocNode& n : g.nodes())
    if (n.kind == NodeKind::Event) events.push_back(&n);
  REQUIRE(events.size() == 1);
  CHECK(literals(events[0], Property::StartDate) == std::vector<std::string>{"2024-03-14"});
}

TEST_CASE("launching a guide or a campaign is a launch event of the launchers", "[loaders][extract]") {
  const auto g = extractText(
      "AMMAN, 2 May 2023 – UNICEF, in partnership with the Ministry of Education of Jordan, today launched a "
      "handbook for teachers of refugee children.");
  std::vector<const DocNode*> events;
  for (const DocNode& n : g.nodes())
    if (n.kind == NodeKind::Event) events.push_back(&n);
  REQUIRE(events.size() == 1);
  CHECK(literals(events[0], Property::EventType) == std::vector<std::string>{"Launch"});
  CHECK(targets(g, events[0], Relation::Organizer) == std::vector<std::string>{"United Nations Children's Fund"});
  CHECK(targets(g, events[0], Relation::Contributor) == std::vector<std::string>{"Ministry of Education of Jordan"});
  CHECK(literals(events[0], Property::StartDate) == std::vector<std::string>{"2023-05-02"});
}

TEST_CASE("presenting a survey's results at a meeting launches nothing", "[loaders][extract]") {
  const auto g = extractText("At the meeting, the ILO presented the results of a survey of young workers.");
  for (const DocNode& n : g.nodes())
    if (n.kind == NodeKind::Event) CHECK(literals(&n, Property::EventType) != std::vector<std::string>{"Launch"});
}

TEST_CASE("the event a sentence reports is its verb's object, and 'both activities' are every event", "[loaders][extract]") {
  const auto g = extractText(
      "DHAKA, 12 July 2022 – BRAC organized a two-day training for health workers in Dhaka on 5 July.\n\n"
      "Following the training, BRAC and UNFPA held a roundtable in Sylhet on 9 July.\n\n"
      "Both activities were funded by the Government of Canada.");
  std::vector<const DocNode*> events;
  for (const DocNode& n : g.nodes())
    if (n.kind == NodeKind::Event) events.push_back(&n);
  REQUIRE(events.size() == 2);
  for (const DocNode* e : events)
    CHECK(targets(g, e, Relation::Funder) == std::vector<std::string>{"Government of Canada"});
  const auto ofType = [&](const std::string& type) -> const DocNode* {
    for (const DocNode* e : events)
      if (literals(e, Property::EventType) == std::vector<std::string>{type}) return e;
    return nullptr;
  };
  const DocNode* training = ofType("Training");
  const DocNode* roundtable = ofType("Roundtable");
  REQUIRE(training);
  REQUIRE(roundtable);
  CHECK(literals(training, Property::StartDate) == std::vector<std::string>{"2022-07-05"});
  CHECK(targets(g, training, Relation::Location) == std::vector<std::string>{"Dhaka"});
  CHECK(literals(roundtable, Property::StartDate) == std::vector<std::string>{"2022-07-09"});
  CHECK(targets(g, roundtable, Relation::Location) == std::vector<std::string>{"Sylhet"});
}

TEST_CASE("a clause about one partner does not end the list of partners", "[loaders][extract]") {
  const auto g = extractText(
      "The workshop was organized by IOM in cooperation with the Ministry of Interior of Chile, which leads the "
      "national migration policy, and the International Labour Organization on 2 May 2022.");
  const DocNode* event = nullptr;
  for (const DocNode& n : g.nodes())
    if (n.kind == NodeKind::Event) event = &n;
  REQUIRE(event);
  auto partners = targets(g, event, Relation::Contributor);
  std::sort(partners.begin(), partners.end());
  CHECK(partners == std::vector<std::string>{"International Labour Organization", "Ministry of Interior of Chile"});
}

TEST_CASE("a subject that 'is organizing' or 'is co-hosting' organizes: a present participle is not passive", "[loaders][extract]") {
  const auto g = extractText(
      "Nairobi, 3 March 2023 - The World Health Organization and UNICEF are organizing a regional forum on "
      "child health from 10 to 12 April 2023.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) ==
        std::vector<std::string>{"United Nations Children's Fund", "World Health Organization"});
  const auto h = extractText("Dakar - IOM is co-hosting two workshops for customs officers of the region this week.");
  const DocNode* w = firstEvent(h);
  REQUIRE(w);
  CHECK(targets(h, w, Relation::Organizer) == std::vector<std::string>{"International Organization for Migration"});
  // A participle after "was" stays passive: the organizer is the one after "by".
  const auto p = extractText("The seminar was organizing nothing: it was organized by UNESCO in Lima on 2 May 2019.");
  const DocNode* s = firstEvent(p);
  REQUIRE(s);
  CHECK(targets(p, s, Relation::Organizer) ==
        std::vector<std::string>{"United Nations Educational, Scientific and Cultural Organization"});
}

TEST_CASE("an organization named before the event as its owner organizes it unless the text names organizers", "[loaders][extract]") {
  const auto g = extractText(
      "Experts from ten countries met in Accra on 4 June 2019 at the ILO/UNHCR Regional Meeting on mixed migration.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) ==
        std::vector<std::string>{"International Labour Organization", "United Nations High Commissioner for Refugees"});
  // Named organizers win over the owner in the name.
  const auto h = extractText(
      "The UNICEF workshop on child protection was organized by the Ministry of Health of Ghana in Accra on 5 June 2019.");
  const DocNode* w = firstEvent(h);
  REQUIRE(w);
  CHECK(targets(h, w, Relation::Organizer) == std::vector<std::string>{"Ministry of Health of Ghana"});
  // An organization that only stands near the event is no owner.
  const auto n = extractText("UNICEF staff attended the regional workshop on child protection in Accra on 5 June 2019.");
  const DocNode* x = firstEvent(n);
  REQUIRE(x);
  CHECK(targets(n, x, Relation::Organizer).empty());
}

TEST_CASE("two event nouns in a row name one event by the last: 'Training Workshop', 'training course'", "[loaders][extract]") {
  const auto g = extractText(
      "A Regional Training Workshop on Border Management was held by IOM in Bangkok on 2 March 2020.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::EventType) == std::vector<std::string>{"Workshop"});
  CHECK(e->name == "Regional Training Workshop on Border Management");
  const auto h = extractText("IOM held training sessions for border guards in Osh on 4 May 2020.");
  const DocNode* s = firstEvent(h);
  REQUIRE(s);
  CHECK(literals(s, Property::EventType) == std::vector<std::string>{"Training"});
}

TEST_CASE("the event a sentence reports is the object of its verb even after a long noun phrase", "[loaders][extract]") {
  // A photo caption ran into the sentence: the first "forum" is not the one organized.
  const auto g = extractText(
      "Delegates at the opening of the forum The Pacific Islands Forum Secretariat in collaboration with UNDP "
      "organized a regional knowledge and experience sharing forum on labour mobility, 5-7 June 2023 in Suva, Fiji.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"PIF Secretariat"});  // the gazetteer knows the forum as PIF
  CHECK(targets(g, e, Relation::Contributor) == std::vector<std::string>{"United Nations Development Programme"});
}

TEST_CASE("'This took place' and 'It was held' go on about the event just reported", "[loaders][extract]") {
  const auto g = extractText(
      "IOM conducted a three-day training of trainers for border officials. "
      "This took place from 7 to 10 November 2023 in Arusha, Tanzania.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2023-11-07"});
  CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Arusha"});
  const auto h = extractText("IOM conducted a training for border officials. This is a first for the region, said the Minister.");
  CHECK(literals(firstEvent(h), Property::StartDate).empty());
}

TEST_CASE("'in close co-operation with' partners like 'in cooperation with'", "[loaders][extract]") {
  const auto g = extractText(
      "Organized by UNHCR in close co-operation with the Ministry of Interior of Chad, the workshop took place in "
      "N'Djamena on 3 May 2022.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"United Nations High Commissioner for Refugees"});
  CHECK(targets(g, e, Relation::Contributor) == std::vector<std::string>{"Ministry of Interior of Chad"});
}

TEST_CASE("a place and a date may stand between 'organised' and 'by', another participle may not", "[loaders][extract]") {
  const auto g = extractText("The seminar is organised in Rabat on 17-18 February 2020 by UNESCO and the ILO.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{
                                                  "International Labour Organization",
                                                  "United Nations Educational, Scientific and Cultural Organization"});
  const auto h = extractText("UNICEF hosted a meeting in Rabat on 3 March attended by the ILO.");
  const DocNode* m = firstEvent(h);
  REQUIRE(m);
  CHECK(targets(h, m, Relation::Organizer) == std::vector<std::string>{"United Nations Children's Fund"});
  CHECK(targets(h, m, Relation::Attendee) == std::vector<std::string>{"International Labour Organization"});
}

TEST_CASE("an event called 'the event' with a quoted title is named by the title, and a name stops at its place and date", "[loaders][extract]") {
  const auto g = extractText(
      "Vienna, 3 May 2015 - UNODC organized the event “Protecting Migrants at Sea: Lessons Learned” in Vienna.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(e->name == "Protecting Migrants at Sea: Lessons Learned");
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"United Nations Office on Drugs and Crime"});
  const auto h = extractText("UNHCR organized a training for 20 officials in Tunisia on 26 September 2016.");
  const DocNode* t = firstEvent(h);
  REQUIRE(t);
  CHECK(t->name == "Training for 20 officials");
}

TEST_CASE("launching a quoted title is a launch, and 'the campaign' later is about it", "[loaders][extract]") {
  const auto g = extractText(
      "Lusaka - The Zambia Red Cross Society and UNICEF on 4 May 2022 launched \"Safe Water Now\", a campaign to "
      "bring clean water to schools. The campaign is funded by the Government of Ireland.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(e->name == "Launch of Safe Water Now");
  CHECK(literals(e, Property::EventType) == std::vector<std::string>{"Launch"});
  CHECK(targets(g, e, Relation::Organizer) ==
        std::vector<std::string>{"United Nations Children's Fund", "Zambia Red Cross Society"});
  CHECK(targets(g, e, Relation::Funder) == std::vector<std::string>{"Government of Ireland"});
}

TEST_CASE("cities participants come from are not where the event is", "[loaders][extract]") {
  const auto g = extractText(
      "YEREVAN, 4 March 2021 - UNICEF conducted a one-day training for 40 social workers from Gyumri and Vanadzor.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Yerevan"});
}

TEST_CASE("lower-case words between a determiner and the event noun belong to the event's name", "[loaders][extract]") {
  SECTION("after an article") {
    const auto g = extractText(
        "The Harbour Workers Union hosted a multicultural labour rights forum on 3 May 2022 in Busan.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(e->name == "Multicultural labour rights forum");
  }
  SECTION("not after a name, where the word may be a headline's verb") {
    const auto g = extractText("UNHCR supports training of judges on 3 May 2022 in Busan.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(e->name == "Training of judges");
  }
}

TEST_CASE("an event the body calls by its bare noun takes the name the page's title gives it", "[loaders][extract]") {
  SECTION("a title that names the event") {
    const auto g = extractText(
        "Harvest Safety Workshop on Seasonal Farm Work\n\n"
        "The workshop was organized by the Harbour Workers Union in Busan on 3 May 2022.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(e->name == "Harvest Safety Workshop on Seasonal Farm Work");
    CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"Harbour Workers Union"});
  }
  SECTION("a first sentence that is no title does not name it") {
    const auto g = extractText(
        "Farm workers asked for a workshop on seasonal farm work last year.\n\n"
        "The workshop was organized by the Harbour Workers Union in Busan on 3 May 2022.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(e->name == "Workshop");
  }
}

TEST_CASE("the date under a headline yields to the date the body gives the event", "[loaders][extract]") {
  const auto g = extractText(
      "Round table discussion on seasonal farm work\n\n"
      "Tuesday, 23 June 2009, 22:08\n\n"
      "On June 11, 2009 the Harbour Workers Union held a round table discussion in Busan.");
  REQUIRE(names(g, NodeKind::Event).size() == 1);
  const DocNode* e = firstEvent(g);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2009-06-11"});
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"Harbour Workers Union"});
}

TEST_CASE("an event's city is not a title's see, a region named after its capital, or one of a list", "[loaders][extract]") {
  SECTION("a title's see") {
    const auto g = extractText(
        "As the Archbishop of Tegucigalpa said at the workshop held by the Harbour Workers Union on 3 May 2022, all are welcome.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(targets(g, e, Relation::Location).empty());
  }
  SECTION("a region named after its capital, and a city after it") {
    const auto g = extractText(
        "The 1st Seminar on Farm Work in the State of Rio de Janeiro was held in Niteroi on 28 January 2020.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Niterói"});
  }
  SECTION("several cities") {
    const auto g = extractText(
        "The Harbour Workers Union conducted workshops in Kandy, Colombo and Galle between April and July 2016.");
    const DocNode* e = firstEvent(g);
    REQUIRE(e);
    CHECK(targets(g, e, Relation::Location).empty());
  }
}

TEST_CASE("a media advisory's WHO, WHAT and WHERE lines describe its event, before or after WHEN", "[loaders][extract]") {
  SECTION("the WHO line's organization organizes, its phrases give partners and sponsors") {
    const auto g = extractText(
        "PRESS INVITATION\n\n"
        "WHO: Harbour Workers Union, in partnership with the Lakeside Farmers Association, with the financial support "
        "of the European Union\n\n"
        "WHAT: Press conference on seasonal farm work\n\n"
        "WHERE: Union hall, 1 Quay Street, Chisinau\n\n"
        "WHEN: October 18, 2021, Monday, 10:00AM\n\n"
        "A press conference will be held to present the results.");
    REQUIRE(names(g, NodeKind::Event).size() == 1);
    const DocNode* e = firstEvent(g);
    CHECK(e->name.starts_with("Press conference"));
    CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2021-10-18"});
    CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Chisinau"});
    CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"Harbour Workers Union"});
    CHECK(targets(g, e, Relation::Contributor) == std::vector<std::string>{"Lakeside Farmers Association"});
    CHECK(targets(g, e, Relation::Sponsor) == std::vector<std::string>{"European Union"});
  }
  SECTION("an event the body introduced before the block is the block's event") {
    const auto g = extractText(
        "The Harbour Workers Union is organizing the Regional Conference on Farm Work from 26 to 28 November 2018 in "
        "Bangkok.\n\n"
        "What: Regional Conference on Farm Work\n"
        "Where: Conference hall, Bangkok\n"
        "When: 26-28 November 2018\n");
    REQUIRE(names(g, NodeKind::Event).size() == 1);
    CHECK(targets(g, firstEvent(g), Relation::Organizer) == std::vector<std::string>{"Harbour Workers Union"});
  }
}

TEST_CASE("an earlier event a sentence recalls is not the page's, nor an event it reports", "[loaders][extract]") {
  const auto g = extractText(
      "The Harbour Workers Union organized the event “Farm Work in the Americas” in Doha in April 2015. "
      "The event follows the meeting organized in December 2014 by the Lakeside Farmers Association.");
  REQUIRE(names(g, NodeKind::Event).size() == 1);
  const DocNode* e = firstEvent(g);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2015-04"});
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"Harbour Workers Union"});
  // GUIDELINES: an event mentioned only as background is no event, even with its organizer named.
  CHECK(byName(g, NodeKind::Event, "Meeting") == nullptr);
}

TEST_CASE("a sentence that calls the event only 'the activity' gives that event's roles", "[loaders][extract]") {
  const auto g = extractText(
      "The second activity was a seminar on farm work held in Temuco on 6 August 2019. "
      "The activity was organized by the Harbour Workers Union and the Lakeside Farmers Association.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"Harbour Workers Union", "Lakeside Farmers Association"});
  const auto h = extractText(
      "La segunda actividad fue el seminario titulado “Trata y derechos” en Temuco el 6 de agosto de 2019. "
      "Actividad organizada por el Colectivo Tierra Abierta Migrante.");
  CHECK(targets(h, firstEvent(h), Relation::Organizer) == std::vector<std::string>{"Colectivo Tierra Abierta Migrante"});
}

TEST_CASE("a connector between lower-case words before the event noun belongs to its name", "[loaders][extract]") {
  const auto g = extractText("The minister chaired the business against slavery forum in London on 3 May 2022.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(e->name == "Business against slavery forum");
}

TEST_CASE("a dated gathering before any event noun dates and places the page's first event", "[loaders][extract]") {
  const auto g = extractText(
      "On 8-9 November 2013, 25 experts gathered at a lakeside institute outside of Geneva to discuss farm work. "
      "The workshop brought together trade unions. "
      "The workshop is part of a project co-organised by the Harbour Workers Union.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2013-11-08"});
  CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Genève"});
  // Without a gathering, a dated sentence is not the event's.
  const auto h = extractText(
      "On 8 November 2013, the government adopted a law in Geneva. "
      "The workshop is part of a project co-organised by the Harbour Workers Union.");
  REQUIRE(firstEvent(h));
  CHECK(literals(firstEvent(h), Property::StartDate).empty());
}

TEST_CASE("a headline's verb is not part of the event's name", "[loaders][extract]") {
  const auto g = extractText("Harbour Workers Union Supports Annual Harvest Conference\n\nThe conference opened in Busan on 3 May 2022.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(e->name == "Annual Harvest Conference");
}

TEST_CASE("an event named twice the same way, once undated, is one event", "[loaders][extract]") {
  const auto g = extractText(
      "Regional Consultation on Farm Work\n\n"
      "The Harbour Workers Union organized a regional consultation on farm work in Bangkok on 25-27 February 2020.\n\n"
      "Workshop sessions were also organized to let participants discuss the themes in depth.");
  REQUIRE(names(g, NodeKind::Event).size() == 1);
  const DocNode* e = firstEvent(g);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2020-02-25"});
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"Harbour Workers Union"});
}

TEST_CASE("a bare plural event noun with nothing said of it is no event", "[loaders][extract]") {
  CHECK(names(extractText("The project also organizes meetings with local communities."), NodeKind::Event).empty());
  // Dated, it is one.
  CHECK(names(extractText("The project held meetings with local communities on 3 May 2022."), NodeKind::Event).size() == 1);
}

TEST_CASE("an organization that attended together with another took part beside it", "[loaders][extract]") {
  const auto g = extractText(
      "The Harbour Workers Union attended the regional meeting in Busan on 3 May 2022 together with "
      "the Coastal Fishers Association.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Attendee) == std::vector<std::string>{"Coastal Fishers Association", "Harbour Workers Union"});
  CHECK(targets(g, e, Relation::Contributor).empty());
  // Where the sentence's verb organizes, "together with" still names a partner.
  const auto organized = extractText(
      "The Harbour Workers Union organized and attended the regional meeting in Busan on 3 May 2022 together with "
      "the Coastal Fishers Association.");
  CHECK(targets(organized, firstEvent(organized), Relation::Contributor) == std::vector<std::string>{"Coastal Fishers Association"});
}

TEST_CASE("a sentence that opens on 'the conference' speaks of the one introduced, whatever else it dates", "[loaders][extract]") {
  const auto g = extractText(
      "A conference on the Harbour Convention took place on 8-9 November 2016 in Ankara. The conference, which was "
      "co-organised by the Harbour Workers Union, followed the entry into force of the Convention on 1 September 2016.");
  REQUIRE(names(g, NodeKind::Event).size() == 1);
  const DocNode* e = firstEvent(g);
  CHECK(literals(e, Property::StartDate) == std::vector<std::string>{"2016-11-08"});
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"Harbour Workers Union"});
  // Where its verb follows the noun, the sentence dates the event itself.
  const auto held = extractText(
      "LAKETOWN, October 25, 2005 -- The Minister announced funding for the Harbour Conference today. "
      "The Conference will be held in Ankara from October 26 to 28.");
  REQUIRE(names(held, NodeKind::Event).size() == 1);
  CHECK(literals(firstEvent(held), Property::StartDate) == std::vector<std::string>{"2005-10-26"});
}

TEST_CASE("an event found by the thing launched is named as that thing's launch", "[loaders][extract]") {
  const auto g = extractText("The Harbour Workers Union will unveil the findings of a first study on dock safety in Busan on 3 May 2022.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(e->name == "Launch of the first study on dock safety");
}

TEST_CASE("a sentence about 'the event' names its parts, not events of their own", "[loaders][extract]") {
  const auto g = extractText(
      "The Harbour Workers Union is organizing a round-table on dock work in Beirut on 30 April 2018. "
      "The event will feature the presentation and debate of two policy papers.");
  CHECK(names(g, NodeKind::Event).size() == 1);
}

TEST_CASE("who unveils the thing an event launches organizes it, and the thing's participle belongs to its name", "[loaders][extract]") {
  const auto g = extractText(
      "Harbour Workers Union to unveil study linking dock workers' rights with the care economy\n\n"
      "The Harbour Workers Union and the Lakeside Institute will unveil the findings of a first study on dock safety.");
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(e->name == "Launch of the study linking dock workers' rights with the care economy");
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"Harbour Workers Union", "Lakeside Institute"});
}
