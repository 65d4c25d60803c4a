// SPDX-License-Identifier: MIT
// Organization rules on sentences written for the test, in the style of real releases.
#include <catch2/catch.hpp>

#include "ExtractTestHelpers.h"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("a 'Full Name (ACRONYM)' definition gives one organization with both names", "[loaders][extract]") {
  const auto g = extractText("The Danube Rivers Cooperation Council (DRCC) met in Vienna. DRCC members agreed a plan.");
  const DocNode* drcc = byName(g, NodeKind::Organization, "Danube Rivers Cooperation Council");
  REQUIRE(drcc);
  CHECK(std::find(drcc->alternateNames.begin(), drcc->alternateNames.end(), "DRCC") != drcc->alternateNames.end());
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Danube Rivers Cooperation Council"});
}

TEST_CASE("a parenthesised word that is no acronym of the phrase defines nothing", "[loaders][extract]") {
  const auto g = extractText("Several partners of the Plan (Annex) attended.");
  CHECK(names(g, NodeKind::Organization).empty());
}

TEST_CASE("known organizations resolve to their canonical name from any alias", "[loaders][extract]") {
  const auto g = extractText("IOM, the UN Migration Agency, welcomed the decision of the World Health Organization.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"International Organization for Migration", "World Health Organization"});
  CHECK(names(g, NodeKind::Office).empty());
  const DocNode* iom = byName(g, NodeKind::Organization, "International Organization for Migration");
  REQUIRE(iom);
  CHECK(literals(iom, Property::SameAs) == std::vector<std::string>{"http://www.wikidata.org/entity/Q472311"});
}

TEST_CASE("offices: an organization followed by a place or a unit", "[loaders][extract]") {
  const auto g = extractText(
      "Staff of IOM Tashkent and of the IOM Regional Data Hub joined colleagues from UNHCR Kenya at the meeting.");
  CHECK(names(g, NodeKind::Office) == std::vector<std::string>{"IOM Tashkent", "UNHCR Kenya"});
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"International Organization for Migration", "United Nations High Commissioner for Refugees"});
  const DocNode* tashkent = byName(g, NodeKind::Office, "IOM Tashkent");
  REQUIRE(tashkent);
  CHECK(targets(g, tashkent, Relation::ParentOrganization) == std::vector<std::string>{"International Organization for Migration"});
  CHECK(targets(g, tashkent, Relation::Location) == std::vector<std::string>{"Tashkent"});
  CHECK(targets(g, byName(g, NodeKind::Office, "UNHCR Kenya"), Relation::ParentOrganization) ==
        std::vector<std::string>{"United Nations High Commissioner for Refugees"});
}

TEST_CASE("a unit office ending in a unit word keeps the organization's short name", "[loaders][extract]") {
  const auto g = extractText("The International Organization for Migration (IOM) South Caucasus Liaison Office opened today.");
  const DocNode* office = byName(g, NodeKind::Office, "IOM South Caucasus Liaison Office");
  REQUIRE(office);
  CHECK(std::find(office->alternateNames.begin(), office->alternateNames.end(),
                  "International Organization for Migration South Caucasus Liaison Office") != office->alternateNames.end());
  CHECK(names(g, NodeKind::Office) == std::vector<std::string>{"IOM South Caucasus Liaison Office"});
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"International Organization for Migration"});
  CHECK(targets(g, office, Relation::ParentOrganization) == std::vector<std::string>{"International Organization for Migration"});
}

TEST_CASE("head words make a capitalized phrase an organization", "[loaders][extract]") {
  const auto g = extractText(
      "The Ministry of Labour and Social Welfare and the Centre for Migrant Rights signed it with the Helvetia Trust.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Centre for Migrant Rights", "Helvetia Trust", "Ministry of Labour and Social Welfare"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("a ministry named without its state gets the state the document is about", "[loaders][extract]") {
  const auto g = extractText("Armenia hosted the talks. The Ministry of Territorial Administration chaired them in Armenia.");
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Ministry of Territorial Administration of Armenia"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("a unit of an organization named before it is an office of it", "[loaders][extract]") {
  const auto g = extractText("The Department of Consular Services of the Ministry of Foreign Affairs of Ghana issued visas.");
  const DocNode* unit = byName(g, NodeKind::Office, "Department of Consular Services");
  REQUIRE(unit);
  CHECK(targets(g, unit, Relation::ParentOrganization) == std::vector<std::string>{"Ministry of Foreign Affairs of Ghana"});
  CHECK(names(g, NodeKind::Office) == std::vector<std::string>{"Department of Consular Services"});
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Ministry of Foreign Affairs of Ghana"});
}

TEST_CASE("a state's possessive gives a ministry its state, and 'X Government' is the Government of X", "[loaders][extract]") {
  const auto g = extractText("Kenya’s Ministry of Labour met delegates. The UK Government funded the visit.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Government of the United Kingdom", "Ministry of Labour of Kenya"});
  CHECK(names(g, NodeKind::Office).empty());
  const DocNode* uk = byName(g, NodeKind::Organization, "Government of the United Kingdom");
  REQUIRE(uk);
  CHECK(std::find(uk->alternateNames.begin(), uk->alternateNames.end(), "UK Government") != uk->alternateNames.end());
}

TEST_CASE("names run together with dashes and 'and' are cut apart", "[loaders][extract]") {
  const auto g = extractText(
      "Staff of the Ministry of Justice- Directorate General of Prisons and the National Police Academy attended.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Directorate General of Prisons", "Ministry of Justice", "National Police Academy"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("a job title before an organization is not part of its name", "[loaders][extract]") {
  const auto g = extractText(
      "Deputy Head of the Border Police Department, Ilir Hoxha, and the Permanent Secretary of the Ministry of Interior spoke.");
  // No "Deputy Head of the ..." and no "Permanent Secretary of the ...".
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Border Police Department", "Ministry of Interior"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("an office's area after its unit word belongs to its name", "[loaders][extract]") {
  const auto g = extractText("The UNODC Regional Office for Eastern Africa and the ILO Office in Dakar met.");
  CHECK(names(g, NodeKind::Office) ==
        std::vector<std::string>{"ILO Office in Dakar", "UNODC Regional Office for Eastern Africa"});
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"International Labour Organization", "United Nations Office on Drugs and Crime"});
  CHECK(targets(g, byName(g, NodeKind::Office, "ILO Office in Dakar"), Relation::ParentOrganization) ==
        std::vector<std::string>{"International Labour Organization"});
  CHECK(targets(g, byName(g, NodeKind::Office, "UNODC Regional Office for Eastern Africa"), Relation::ParentOrganization) ==
        std::vector<std::string>{"United Nations Office on Drugs and Crime"});
}

TEST_CASE("a state's adjective names the government or ministry of that state", "[loaders][extract]") {
  const auto g = extractText("The Japanese Government and the Vietnamese Ministry of Labour signed the plan.");
  const DocNode* japan = byName(g, NodeKind::Organization, "Government of Japan");
  REQUIRE(japan);
  CHECK(std::find(japan->alternateNames.begin(), japan->alternateNames.end(), "Japanese Government") != japan->alternateNames.end());
  const DocNode* ministry = byName(g, NodeKind::Organization, "Ministry of Labour of Vietnam");
  REQUIRE(ministry);
  CHECK(std::find(ministry->alternateNames.begin(), ministry->alternateNames.end(), "Vietnamese Ministry of Labour") !=
        ministry->alternateNames.end());
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Government of Japan", "Ministry of Labour of Vietnam"});
  CHECK(names(g, NodeKind::Office).empty());
  CHECK(names(g, NodeKind::Country).empty());  // adjectives are no mentions of the state
}

TEST_CASE("an acronym from another language keeps the whole English name", "[loaders][extract]") {
  const auto g = extractText("The Bolivian Migration Directorate (DIGEMIG) and the ILO Office for the Andean Countries and the Ministry of Labour met.");
  const DocNode* d = byName(g, NodeKind::Organization, "Bolivian Migration Directorate");
  REQUIRE(d);
  CHECK(std::find(d->alternateNames.begin(), d->alternateNames.end(), "DIGEMIG") != d->alternateNames.end());
  CHECK(names(g, NodeKind::Office) == std::vector<std::string>{"ILO Office for the Andean Countries"});
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Bolivian Migration Directorate", "International Labour Organization", "Ministry of Labour"});
}

TEST_CASE("a name whose area is a list keeps the whole list, a list of names does not", "[loaders][extract]") {
  const auto g = extractText(
      "The Ministry of Health, Population and Welfare met the Secretariat for Gender, Youth, and Sport in Lusaka. "
      "Later the Ministry of Justice, UNICEF and UNDP signed the plan.");
  // A ministry may carry the state the text is about ("... of Zambia"): compared without it.
  auto orgs = names(g, NodeKind::Organization);
  for (auto& o : orgs)
    if (o.ends_with(" of Zambia")) o.erase(o.size() - std::string_view(" of Zambia").size());
  std::sort(orgs.begin(), orgs.end());
  // "Ministry of Justice, UNICEF and UNDP" is three names, not one.
  CHECK(orgs == std::vector<std::string>{"Ministry of Health, Population and Welfare", "Ministry of Justice",
                                         "Secretariat for Gender, Youth, and Sport", "United Nations Children's Fund",
                                         "United Nations Development Programme"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("a mission or delegation is named with where it is accredited", "[loaders][extract]") {
  const auto g = extractText(
      "The event was opened by the Permanent Mission of Norway to the OSCE and the EU Delegation to Ukraine in Kyiv.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"European Union", "Organization for Security and Co-operation in Europe",
                                 "Permanent Mission of Norway to the OSCE"});
  // Not "EU Delegation" alone.
  CHECK(names(g, NodeKind::Office) == std::vector<std::string>{"EU Delegation to Ukraine in Kyiv"});
  CHECK(targets(g, byName(g, NodeKind::Office, "EU Delegation to Ukraine in Kyiv"), Relation::ParentOrganization) ==
        std::vector<std::string>{"European Union"});
}

TEST_CASE("units named before their parent are its offices, also when listed", "[loaders][extract]") {
  const auto g = extractText(
      "Speakers came from the Child Protection Section, the Statistics and Data Branch at the United Nations Children's "
      "Fund, and Amina Yusuf, Chief of the Humanitarian Access Unit at the World Food Programme.");
  const DocNode* section = byName(g, NodeKind::Office, "Child Protection Section");
  const DocNode* branch = byName(g, NodeKind::Office, "Statistics and Data Branch");
  const DocNode* unit = byName(g, NodeKind::Office, "Humanitarian Access Unit");
  REQUIRE(section);
  REQUIRE(branch);
  REQUIRE(unit);
  CHECK(targets(g, section, Relation::ParentOrganization) == std::vector<std::string>{"United Nations Children's Fund"});
  CHECK(targets(g, branch, Relation::ParentOrganization) == std::vector<std::string>{"United Nations Children's Fund"});
  CHECK(targets(g, unit, Relation::ParentOrganization) == std::vector<std::string>{"World Food Programme"});
  // A unit word alone names nothing: no organization "Chief of the ..." and no orphan units.
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"United Nations Children's Fund", "World Food Programme"});
  CHECK(names(g, NodeKind::Office) ==
        std::vector<std::string>{"Child Protection Section", "Humanitarian Access Unit", "Statistics and Data Branch"});
}

TEST_CASE("a unit without a parent in the text names no organization", "[loaders][extract]") {
  const auto g = extractText("The Migration Health Section, as the report says, expanded its work in Nepal.");
  CHECK(names(g, NodeKind::Organization).empty());
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("a place after 'in' is where an organization is, except for a mission", "[loaders][extract]") {
  const auto g = extractText(
      "The Ministry of Health in Lusaka and the Embassy of Japan in Zambia announced a Ministry of Labour, Skills and "
      "Employment of the Republic of Malawi delegation.");
  // The ministry in Lusaka is Zambia's: it may carry that state ("... of Zambia", compared
  // without it), never Japan's, whose embassy is another organization of the sentence.
  auto orgs = names(g, NodeKind::Organization);
  for (auto& o : orgs)
    if (o.starts_with("Ministry of Health") && o.ends_with(" of Zambia"))
      o.erase(o.size() - std::string_view(" of Zambia").size());
  std::sort(orgs.begin(), orgs.end());
  CHECK(orgs == std::vector<std::string>{"Embassy of Japan in Zambia", "Ministry of Health",
                                         "Ministry of Labour, Skills and Employment of the Republic of Malawi"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("a headline's verb or an event's noun keeps a title-case phrase from being an organization", "[loaders][extract]") {
  const auto g = extractText(
      "UNHCR Hosts Regional Dialogue for Refugee Youth Council Members\n\n"
      "A Protection Workshop for Police and Border Guards Association members was held in Accra.");
  // Neither "UNHCR Hosts Regional Dialogue ..." nor "Protection Workshop for ...".
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Police and Border Guards Association", "United Nations High Commissioner for Refugees"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("'Chief of Mission in X' is a job, and a state's adjective may open a listed name", "[loaders][extract]") {
  const auto g = extractText(
      "Said Anna Berg, UNFPA Chief of Mission in Moldova. The Moldovan Ministry of Labour, Health and Social "
      "Protection agreed.");
  // No "Mission in Moldova".
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Ministry of Labour, Health and Social Protection of Moldova", "United Nations Population Fund"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("a known name ending in a possessive is still known", "[loaders][extract]") {
  const auto g = extractText("The training was funded by the US State Department's Office to Monitor and Combat Trafficking in Persons.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Office to Monitor and Combat Trafficking in Persons", "United States Department of State"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("two names alike joined by 'and' are two organizations", "[loaders][extract]") {
  const auto g = extractText(
      "The course was run by the Regional Programme for Border Security and Regional Programme on Wildlife Crime.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Regional Programme for Border Security", "Regional Programme on Wildlife Crime"});
  CHECK(names(g, NodeKind::Office).empty());
}

TEST_CASE("'the Delegation of the European Union to X' is an office of the EU, 'Chief of Mission of X' a job", "[loaders][extract]") {
  const auto g = extractText(
      "The project is funded by the Delegation of the European Union to Armenia. Said Ana Ruiz, Chief of Mission of "
      "UNHCR Armenia.");
  const DocNode* office = byName(g, NodeKind::Office, "Delegation of the European Union to Armenia");
  REQUIRE(office);
  CHECK(targets(g, office, Relation::ParentOrganization) == std::vector<std::string>{"European Union"});
  // No "Mission of UNHCR Armenia": UNHCR Armenia is the office.
  CHECK(names(g, NodeKind::Office) ==
        std::vector<std::string>{"Delegation of the European Union to Armenia", "UNHCR Armenia"});
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"European Union", "United Nations High Commissioner for Refugees"});
  CHECK(targets(g, byName(g, NodeKind::Office, "UNHCR Armenia"), Relation::ParentOrganization) ==
        std::vector<std::string>{"United Nations High Commissioner for Refugees"});
}

TEST_CASE("a page cut off after 'The' extracts what comes before and reads nothing past its end", "[loaders][extract]") {
  // Scraped pages end mid-sentence; a run of connectors at the very end leaves an empty name.
  const auto g = extractText("The Ministry of Health met in Accra. The");
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Ministry of Health"});
  CHECK(names(g, NodeKind::Office).empty());
  CHECK(names(g, NodeKind::City) == std::vector<std::string>{"Accra"});
  const auto u = extractText("UNICEF staff met the");
  CHECK(names(u, NodeKind::Organization) == std::vector<std::string>{"United Nations Children's Fund"});
  CHECK(names(u, NodeKind::Office).empty());
  // Nothing but the document itself, with no empty-named node.
  const auto t = extractText("The");
  REQUIRE(t.nodes().size() == 1);
  CHECK(t.nodes()[0].kind == NodeKind::Document);
  CHECK(t.edges().empty());
}

TEST_CASE("a body named in quotes with its legal form: the form stays when it is one word", "[loaders][extract]") {
  const auto g = extractText(
      "The forum in Bishkek was organized by the Public Fund \"Open Line\", Charity Foundation “Bir Duino” and "
      "“Blue Bird” Foundation, with the Non-profit Organization «Golden Age». The conference “New Trends in Migration” "
      "was part of the project “Safe Roads”.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Bir Duino", "Blue Bird Foundation", "Golden Age", "Open Line"});
  const DocNode* line = byName(g, NodeKind::Organization, "Public Fund Open Line");
  REQUIRE(line);
  CHECK(line->name == "Open Line");
  // Either order of a one-word form gives the same name, so documents agree.
  const auto h = extractText("Foundation “Blue Bird” hosted the training.");
  CHECK(names(h, NodeKind::Organization) == std::vector<std::string>{"Blue Bird Foundation"});
}

TEST_CASE("American and British spellings of a known name find the same organization", "[loaders][extract]") {
  const auto g = extractText(
      "The study was funded by the Joint United Nations Program on HIV/AIDS and the Arab Labor Organisation.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Arab Labour Organization", "Joint United Nations Programme on HIV/AIDS"});
}

TEST_CASE("a name whose area is a list keeps it after a job title", "[loaders][extract]") {
  const auto g = extractText(
      "The course was opened by Ms. Amal Hassan, Director of the Department of Refugees, Expatriates and "
      "Migration Affairs of the League of Arab States.");
  // Not "Department of Refugees" cut at the comma: an office of the League with its whole area.
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"League of Arab States"});
  CHECK(names(g, NodeKind::Office) == std::vector<std::string>{"Department of Refugees, Expatriates and Migration Affairs"});
  CHECK(targets(g, byName(g, NodeKind::Office, "Department of Refugees, Expatriates and Migration Affairs"),
                Relation::ParentOrganization) == std::vector<std::string>{"League of Arab States"});
}

TEST_CASE("a bare 'the Ministry' is the one ministry the page names, and nothing when it names two", "[loaders][extract]") {
  const auto g = extractText(
      "The Ministry of Health of Ghana welcomed the plan. UNICEF and the Ministry conducted a training in Accra on 2 May 2021.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Ministry of Health of Ghana", "United Nations Children's Fund"});
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) ==
        std::vector<std::string>{"Ministry of Health of Ghana", "United Nations Children's Fund"});
  const auto h = extractText(
      "The Ministry of Health of Ghana and the Ministry of Education of Ghana welcomed the plan. UNICEF and the Ministry "
      "conducted a training in Accra on 2 May 2021.");
  CHECK(names(h, NodeKind::Organization) == std::vector<std::string>{"Ministry of Education of Ghana", "Ministry of Health of Ghana",
                                                                     "United Nations Children's Fund"});
  const DocNode* t = firstEvent(h);
  REQUIRE(t);
  CHECK(targets(h, t, Relation::Organizer) == std::vector<std::string>{"United Nations Children's Fund"});
}

// "University", "Police", "Union" are also towns somewhere (GeoNames); as everyday words they
// still end a name. "Mission" ends a job title as often: "Chief of Mission" stays no body.
TEST_CASE("a head word that is also a small town's name still ends an organization's name", "[loaders][extract]") {
  const auto g = extractText(
      "Professor Mina Park of Hansung University and the Royal Oman Police met the Chief of Mission in Muscat.");
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Hansung University", "Royal Oman Police"});
  CHECK(names(g, NodeKind::Office).empty());
  CHECK(names(g, NodeKind::Person) == std::vector<std::string>{"Mina Park"});
}

TEST_CASE("a state's name may open an organization's name before its head word", "[loaders][extract]") {
  const auto g = extractText(
      "The Sri Lanka Bureau of Foreign Employment and the Zimbabwe Congress of Trade Unions met in Colombo.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Sri Lanka Bureau of Foreign Employment", "Zimbabwe Congress of Trade Unions"});
}

TEST_CASE("people of a body opening a run are not part of its name", "[loaders][extract]") {
  const auto g = extractText(
      "Officials from the Border Guard Service and Members of the Lakeside Farmers Association met the mayor.");
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Border Guard Service", "Lakeside Farmers Association"});
}

TEST_CASE("an umbrella body's name as a modifier is not the body", "[loaders][extract]") {
  SECTION("before a noun for its parts, a number or another name's words") {
    const auto g = extractText(
        "UN agencies met at the UN Conference Hall to discuss the UN 2030 Agenda with the Pacific Farmers Network.");
    CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Pacific Farmers Network"});
  }
  SECTION("acting, or before the name of one of its units, it is the body") {
    const auto g = extractText("The UN and the Pacific Farmers Network met. The UN Statistics Division hosted them.");
    CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Pacific Farmers Network", "United Nations"});
    CHECK(names(g, NodeKind::Office) == std::vector<std::string>{"UN Statistics Division"});
  }
}

TEST_CASE("a noun for a kind of body next to a name makes it an organization", "[loaders][extract]") {
  SECTION("before the name, with its acronym") {
    const auto g = extractText(
        "The ministry will cooperate with non-profit organization Fair Harvest Without Walls (FHWW). FHWW trains cooks.");
    const DocNode* org = byName(g, NodeKind::Organization, "Fair Harvest Without Walls");
    REQUIRE(org);
    CHECK(std::find(org->alternateNames.begin(), org->alternateNames.end(), "FHWW") != org->alternateNames.end());
  }
  SECTION("an acronym of the kind opening the run is not part of the name") {
    const auto g = extractText("In May, the NGO Open Kitchens Without Walls is launching a cycle of webinars.");
    CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Open Kitchens Without Walls"});
  }
  SECTION("after the name, as an apposition") {
    const auto g = extractText("The Northern Overseas Hiring Administration (NOHA), the government agency, hosted it.");
    CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Northern Overseas Hiring Administration"});
  }
  SECTION("without a kind noun, such words name nothing") {
    const auto g = extractText("In May, Fair Harvest Without Walls opened a kitchen.");
    CHECK(names(g, NodeKind::Organization).empty());
  }
}

TEST_CASE("chancelleries, inspectorates, churches and shelters are bodies by their head word", "[loaders][extract]") {
  const auto g = extractText(
      "The State Chancellery, the General Labour Inspectorate, the Lakeside Baptist Church and the Harbour Migrant "
      "Shelter signed the plan with Builders Without Borders.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Builders Without Borders", "General Labour Inspectorate", "Harbour Migrant Shelter",
                                 "Lakeside Baptist Church", "State Chancellery"});
}

TEST_CASE("a headline's verb inside a capitalized run ends the name before it", "[loaders][extract]") {
  const auto g = extractText("Harbour Workers Union Supports Regional Farm Work Conference\n\nThe conference opened today.");
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"Harbour Workers Union"});
}

TEST_CASE("a unit's parent after 'under', in parentheses, or before it in the possessive", "[loaders][extract]") {
  SECTION("under") {
    const auto g = extractText("Director of the Research Centre for Farm Law under the Supreme Court of Freedonia spoke.");
    const DocNode* unit = byName(g, NodeKind::Office, "Research Centre for Farm Law");
    REQUIRE(unit);
    CHECK(targets(g, unit, Relation::ParentOrganization) == std::vector<std::string>{"Supreme Court of Freedonia"});
  }
  SECTION("in parentheses, not an acronym") {
    const auto g = extractText("It is run by the Centre for Harbour Studies (University of Lakeside) and others.");
    const DocNode* unit = byName(g, NodeKind::Office, "Centre for Harbour Studies");
    REQUIRE(unit);
    CHECK(targets(g, unit, Relation::ParentOrganization) == std::vector<std::string>{"University of Lakeside"});
  }
  SECTION("after the parent's possessive") {
    const auto g = extractText(
        "GMDAC presented its work with the European Commission's Knowledge Centre on Harbour Data (KCHD) today.");
    const DocNode* unit = byName(g, NodeKind::Organization, "Knowledge Centre on Harbour Data");
    REQUIRE(unit);
    CHECK(targets(g, unit, Relation::ParentOrganization) == std::vector<std::string>{"European Commission"});
  }
}

TEST_CASE("a Spanish, Portuguese or French head opens a name without 'de' after it", "[loaders][extract]") {
  const auto g = extractText(
      "Actividad organizada por el Instituto Nacional de Pesca Artesanal, la Municipalidad de Puerto Lindo y la "
      "Fundación Tierra Abierta.");
  CHECK(names(g, NodeKind::Organization) ==
        std::vector<std::string>{"Fundación Tierra Abierta", "Instituto Nacional de Pesca Artesanal", "Municipalidad de Puerto Lindo"});
  // Two words are not enough: "Centro Norte" names a place as often as a body.
  CHECK(names(extractText("Vivimos en Centro Norte desde 2010."), NodeKind::Organization).empty());
}

TEST_CASE("a head, 'of' and a state end a name, and 'and' before an adjective and a head starts another", "[loaders][extract]") {
  const auto g = extractText(
      "Delegates of the Private Farm Agencies Association of Zimbabwe and Zimbabwe Federation of Farm Unions met "
      "the State Border Service and Regional Office of the Harbour Workers Union.");
  const auto orgs = names(g, NodeKind::Organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Private Farm Agencies Association of Zimbabwe") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Zimbabwe Federation of Farm Unions") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "State Border Service") != orgs.end());
}

TEST_CASE("a clause's opening word and a trailing adjective are not part of a name", "[loaders][extract]") {
  CHECK(names(extractText("While the Harbour Coast Guard watched, boats left."), NodeKind::Organization) ==
        std::vector<std::string>{"Harbour Coast Guard"});
  CHECK(names(extractText("A Prosecutor from the Lakeside District Prosecution spoke."), NodeKind::Organization) ==
        std::vector<std::string>{"Lakeside District Prosecution"});
}

TEST_CASE("a body named by its head then 'of' and the body it belongs to are two", "[loaders][extract]") {
  const auto g = extractText(
      "The beneficiary was the State Harbour Service of the Armenian Ministry of Coastal Affairs. "
      "A delegation from the Government of Zimbabwe at Lakeview House met officials under the Australian "
      "Government's farm programme.");
  const auto orgs = names(g, NodeKind::Organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "State Harbour Service") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Ministry of Coastal Affairs of Armenia") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Government of Zimbabwe") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Government of Australia") != orgs.end());
  // A state after "of" is part of the name: "Federal Migration Service of the Russian Federation".
  CHECK(names(extractText("The Federal Harbour Service of the Russian Federation met."), NodeKind::Organization) ==
        std::vector<std::string>{"Federal Harbour Service of the Russian Federation"});
}

TEST_CASE("a plural possessive stays inside a name, a closing quote does not", "[loaders][extract]") {
  CHECK(names(extractText("The Council of Coastal Fishers’ Associations met in the port."), NodeKind::Organization) ==
        std::vector<std::string>{"Council of Coastal Fishers’ Associations"});
  CHECK(names(extractText("Speakers from the Harbour Dockers' Union spoke."), NodeKind::Organization) ==
        std::vector<std::string>{"Harbour Dockers' Union"});
  // A quote closed after a plural ends the title: "Union" after it opens no name with it.
  CHECK(names(extractText("The guide ‘Safe Harbours’ Union Council of Lakeside adopted it."), NodeKind::Organization) ==
        std::vector<std::string>{"Union Council of Lakeside"});
}

TEST_CASE("an office's area may have an area of its own, but not the city it sits in", "[loaders][extract]") {
  const auto g = extractText(
      "Staff of the IOM Office of the Special Envoy for the Coastal Lakes Situation met the ILO Regional Office for "
      "the Arab States in Beirut.");
  const auto offices = names(g, NodeKind::Office);
  CHECK(std::find(offices.begin(), offices.end(), "IOM Office of the Special Envoy for the Coastal Lakes Situation") != offices.end());
  CHECK(std::find(offices.begin(), offices.end(), "ILO Regional Office for the Arab States") != offices.end());
}

TEST_CASE("a listed body's institution is its office where the page names the body too", "[loaders][extract]") {
  // ODIHR is listed as an institution of the OSCE.
  const auto withParent = extractText("Experts of the OSCE and of ODIHR met in Vienna.");
  const DocNode* odihr = nullptr;
  for (const DocNode& n : withParent.nodes())
    if (n.name == "OSCE Office for Democratic Institutions and Human Rights") odihr = &n;
  REQUIRE(odihr);
  CHECK(odihr->kind == NodeKind::Office);
  CHECK(targets(withParent, odihr, Relation::ParentOrganization) ==
        std::vector<std::string>{"Organization for Security and Co-operation in Europe"});
  // Alone, the page does not say whose it is: an organization.
  const auto alone = extractText("Experts of ODIHR met in Vienna.");
  CHECK(names(alone, NodeKind::Organization) == std::vector<std::string>{"OSCE Office for Democratic Institutions and Human Rights"});
  CHECK(names(alone, NodeKind::Office).empty());
}

TEST_CASE("an office's name leaves out a possessive, and a conference centre is a venue, not an office", "[loaders][extract]") {
  const auto g = extractText("IOM Iraq’s initiative was presented at the UN Conference Center in Baghdad.");
  CHECK(names(g, NodeKind::Office) == std::vector<std::string>{"IOM Iraq"});
}

TEST_CASE("a body's own name right after an organization's is its office, but not after an umbrella name", "[loaders][extract]") {
  const auto g = extractText(
      "The meeting was co-convened by the UNODC Harbour Liaison and Partnership Office in Brazil and the "
      "Council of Europe Committee of Coastal Ministers.");
  const auto offices = names(g, NodeKind::Office);
  CHECK(std::find(offices.begin(), offices.end(), "UNODC Harbour Liaison and Partnership Office in Brazil") != offices.end());
  CHECK(std::find(offices.begin(), offices.end(), "CoE Committee of Coastal Ministers") != offices.end());
  // "UN" names a family of bodies: what follows it is a body of its own.
  CHECK(names(extractText("The UN Harbour Statistics Council met."), NodeKind::Office).empty());
  // A conference centre after an organization is a venue.
  CHECK(names(extractText("They met at the ECOWAS Fund Conference Center in Lome."), NodeKind::Office).empty());
}

TEST_CASE("a body defined with an acronym and named after its organization is that organization's office", "[loaders][extract]") {
  const auto g = extractText("Experts of the EU Harbour Advisory Mission to Moldova (EUHAM) met. EUHAM staff spoke.");
  const DocNode* office = nullptr;
  for (const DocNode& n : g.nodes())
    if (n.name == "EU Harbour Advisory Mission to Moldova") office = &n;
  REQUIRE(office);
  CHECK(office->kind == NodeKind::Office);
  CHECK(targets(g, office, Relation::ParentOrganization) == std::vector<std::string>{"European Union"});
}

TEST_CASE("a head word may open a name after a place's name of three words", "[loaders][extract]") {
  CHECK(names(extractText("Funding went to the Lakeshore Bay Island Association for Newcomers to Canada."), NodeKind::Organization) ==
        std::vector<std::string>{"Lakeshore Bay Island Association for Newcomers to Canada"});
  // Not after a title's words.
  CHECK(names(extractText("She met Chief Executive Officer Ministry for Harbours staff."), NodeKind::Organization).empty());
}

TEST_CASE("a title-cased link after a head opens a name, with its list of areas", "[loaders][extract]") {
  CHECK(names(extractText("The retreat was organized by the Network Against Dock Labour, Abuse and Neglect in Keffi."),
              NodeKind::Organization) == std::vector<std::string>{"Network Against Dock Labour, Abuse and Neglect"});
}

TEST_CASE("a short capitalized run at the end of a text is read within the text", "[loaders][extract]") {
  // The rule for a head after a long place name looked three words on from a two-word run's
  // start, past the last token (found with _GLIBCXX_ASSERTIONS in the sanitizer build).
  for (const char* text : {"Harbour Union", "They met the Harbour Union", "Talks with Lakeside Bay", "A B"})
    CHECK_NOTHROW(extractText(text));
}

TEST_CASE("a conference centre is a venue, not an organization", "[loaders][extract]") {
  CHECK(names(extractText("The meeting took place at the Lakeside Conference Centre in Nairobi."), NodeKind::Organization).empty());
  CHECK(names(extractText("Funding came from the Lakeside Development Centre."), NodeKind::Organization) ==
        std::vector<std::string>{"Lakeside Development Centre"});
}

TEST_CASE("a title or a body's people before the rest of a run make no organization's name", "[loaders][extract]") {
  CHECK(names(extractText("The Honourable Ana Ruiz, Member of Parliament, announced the funds."), NodeKind::Organization).empty());
  CHECK(names(extractText("The delegation was led by Ms. Tendai Moyo, Director Harbour Service."), NodeKind::Organization).empty());
}

TEST_CASE("an acronym after 'and' in a run starts another body", "[loaders][extract]") {
  const auto orgs = names(extractText("Professor Silva, from the University of Lakeside and PUC-Rio, spoke."), NodeKind::Organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "University of Lakeside") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "University of Lakeside and PUC-Rio") == orgs.end());
}

TEST_CASE("an acronym the page never expands, as the subject of an organizing verb, names an organization", "[loaders][extract]") {
  const auto g = extractText("Last Thursday, HWBI organized a virtual seminar on dock work. HWBI thanks all speakers.");
  CHECK(names(g, NodeKind::Organization) == std::vector<std::string>{"HWBI"});
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Organizer) == std::vector<std::string>{"HWBI"});
  // Before no organizing verb, an acronym names nothing.
  CHECK(names(extractText("The COVID response was discussed at a seminar on 3 May 2021."), NodeKind::Organization).empty());
}
