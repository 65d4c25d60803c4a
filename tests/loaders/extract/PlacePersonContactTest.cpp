// SPDX-License-Identifier: MIT
// Places, persons and contact blocks on text written for the test.
#include <catch2/catch.hpp>

#include "ExtractTestHelpers.h"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("cities resolve to the country the text is about and link to it", "[loaders][extract]") {
  const auto g = extractText("Delegates from Russia met in Kazan, a city on the Volga.");
  const DocNode* kazan = byName(g, NodeKind::City, "Kazan");
  REQUIRE(kazan);
  CHECK(kazan->key == "city/kazan-ru");
  CHECK(targets(g, kazan, Relation::ContainedInPlace) == std::vector<std::string>{"Russian Federation"});
  CHECK(names(g, NodeKind::Country) == std::vector<std::string>{"Russian Federation"});
}

TEST_CASE("a city's implied country is in the graph but not mentioned", "[loaders][extract]") {
  const auto g = extractText("The workshop took place in Tbilisi.");
  CHECK(names(g, NodeKind::City) == std::vector<std::string>{"Tbilisi"});
  CHECK(names(g, NodeKind::Country).empty());
  CHECK(byName(g, NodeKind::Country, "Georgia"));  // present, unmentioned
}

TEST_CASE("everyday words that are also city names need a preposition", "[loaders][extract]") {
  const auto g = extractText("The Chief of Mission thanked the police for their support.");
  CHECK(names(g, NodeKind::City).empty());
}

TEST_CASE("countries named as states count, adjectives do not", "[loaders][extract]") {
  const auto g = extractText("Funding came from the Government of Norway; Swedish experts visited Kenya.");
  CHECK(names(g, NodeKind::Country) == std::vector<std::string>{"Kenya", "Norway"});
}

TEST_CASE("persons: honorifics stripped, apposition gives the title and employer", "[loaders][extract]") {
  const auto g = extractText(
      "Dr. Selin Kaya opened the event. Tomas Berg, Head of Programmes at UNICEF, spoke next. "
      "The UNHCR Representative in Jordan, Malik Haddad, closed it.");
  CHECK(names(g, NodeKind::Person) == std::vector<std::string>{"Malik Haddad", "Selin Kaya", "Tomas Berg"});
  const DocNode* berg = byName(g, NodeKind::Person, "Tomas Berg");
  REQUIRE(berg);
  CHECK(targets(g, berg, Relation::WorksFor) == std::vector<std::string>{"United Nations Children's Fund"});
  CHECK(literals(berg, Property::JobTitle) == std::vector<std::string>{"Head of Programmes"});
}

TEST_CASE("the contact block gives e-mail, phone and the office spoken for", "[loaders][extract]") {
  const auto g = extractText(
      "IOM opened a centre in Osh.\n"
      "For more information, please contact:\n"
      "Aida Temirova\n"
      "IOM Bishkek\n"
      "Tel: +996 312 61 24 82\n"
      "Email: atemirova@iom.int\n");
  const DocNode* aida = byName(g, NodeKind::Person, "Aida Temirova");
  REQUIRE(aida);
  CHECK(literals(aida, Property::Email) == std::vector<std::string>{"atemirova@iom.int"});
  CHECK(literals(aida, Property::Telephone) == std::vector<std::string>{"+996 312 61 24 82"});
  CHECK(targets(g, aida, Relation::ContactFor) == std::vector<std::string>{"IOM Bishkek"});
}

TEST_CASE("two contacts in one block each keep their own details", "[loaders][extract]") {
  const auto g = extractText(
      "For further information please contact:\n"
      "Jonas Weber at UNHCR Geneva, Tel. +41 22 739 8502, weberj@unhcr.org\n"
      "Priya Nair at IOM Geneva, Tel. +41 22 717 9111, pnair@iom.int\n");
  const DocNode* jonas = byName(g, NodeKind::Person, "Jonas Weber");
  const DocNode* priya = byName(g, NodeKind::Person, "Priya Nair");
  REQUIRE(jonas);
  REQUIRE(priya);
  CHECK(literals(jonas, Property::Email) == std::vector<std::string>{"weberj@unhcr.org"});
  CHECK(literals(priya, Property::Email) == std::vector<std::string>{"pnair@iom.int"});
  CHECK(targets(g, priya, Relation::ContactFor) == std::vector<std::string>{"IOM Geneva"});
}

TEST_CASE("contact lines with the office first each give their own person the office", "[loaders][extract]") {
  const auto g = extractText(
      "Media contacts:\n"
      "UNHCR Kenya – Wanjiru Kamau, kamau@unhcr.org, +254 20 422 2000\n"
      "IOM Kenya – Peter Otieno, potieno@iom.int, +254 20 422 1000\n");
  const DocNode* wanjiru = byName(g, NodeKind::Person, "Wanjiru Kamau");
  const DocNode* peter = byName(g, NodeKind::Person, "Peter Otieno");
  REQUIRE(wanjiru);
  REQUIRE(peter);
  CHECK(targets(g, wanjiru, Relation::ContactFor) == std::vector<std::string>{"UNHCR Kenya"});
  CHECK(targets(g, peter, Relation::ContactFor) == std::vector<std::string>{"IOM Kenya"});
  CHECK(literals(peter, Property::Telephone) == std::vector<std::string>{"+254 20 422 1000"});
}

TEST_CASE("a pipe-separated contact line and a job title on the next line", "[loaders][extract]") {
  const auto g = extractText(
      "Contact person: Rina Wijaya | Programme Officer | ILO Jakarta | Tel. (+62) 21 391 3112 | wijaya@ilo.org\n"
      "Contact\nTomas Novak\nSpokesperson\nOSCE Mission to Serbia\nOffice: +381 11 360 6100\n");
  const DocNode* rina = byName(g, NodeKind::Person, "Rina Wijaya");
  REQUIRE(rina);
  CHECK(literals(rina, Property::Email) == std::vector<std::string>{"wijaya@ilo.org"});
  CHECK(literals(rina, Property::Telephone) == std::vector<std::string>{"(+62) 21 391 3112"});
  CHECK(names(g, NodeKind::Person) == std::vector<std::string>{"Rina Wijaya", "Tomas Novak"});
  const DocNode* tomas = byName(g, NodeKind::Person, "Tomas Novak");
  REQUIRE(tomas);
  CHECK(literals(tomas, Property::Telephone) == std::vector<std::string>{"+381 11 360 6100"});
}

TEST_CASE("weekday abbreviations are no towns", "[loaders][extract]") {
  const auto g = extractText("The conference opens on Mon, 19 April 2021 in Kyiv.");
  CHECK(names(g, NodeKind::City) == std::vector<std::string>{"Kyiv"});
}

TEST_CASE("a month and an organization's acronym in brackets are no towns", "[loaders][extract]") {
  const auto g = extractText(
      "In March the Chamber of Crafts and Small Enterprises (UTICA) met the Ministry in Tunis. Since March, "
      "refugees in Sfax have found work.");
  const auto cities = names(g, NodeKind::City);
  CHECK(std::find(cities.begin(), cities.end(), "Tunis") != cities.end());
  CHECK(std::find(cities.begin(), cities.end(), "Sfax") != cities.end());
  CHECK(std::find(cities.begin(), cities.end(), "March") == cities.end());
  CHECK(std::find(cities.begin(), cities.end(), "Utica") == cities.end());
}

TEST_CASE("persons after a role word without a comma, with the role's organization", "[loaders][extract]") {
  const auto g = extractText(
      "This is a summary of what was said by UNHCR spokesperson Lena Mortensen at the press briefing. "
      "IOM Director-General Tomas Brenner welcomed the participants. The expert Working Group met.");
  CHECK(names(g, NodeKind::Person) == std::vector<std::string>{"Lena Mortensen", "Tomas Brenner"});
  const DocNode* lena = byName(g, NodeKind::Person, "Lena Mortensen");
  REQUIRE(lena);
  CHECK(targets(g, lena, Relation::WorksFor) == std::vector<std::string>{"United Nations High Commissioner for Refugees"});
  CHECK(literals(lena, Property::JobTitle) == std::vector<std::string>{"spokesperson"});
  const DocNode* tomas = byName(g, NodeKind::Person, "Tomas Brenner");
  REQUIRE(tomas);
  CHECK(literals(tomas, Property::JobTitle) == std::vector<std::string>{"Director-General"});
}

TEST_CASE("persons after 'role of PLACE', with ', from the ORG', and after a diplomatic rank", "[loaders][extract]") {
  const auto g = extractText(
      "Governor of Mombasa Amina Wekesa opened the forum. Peter Lindgren, from the World Health Organization, spoke. "
      "Minister Plenipotentiary Sara Haddad closed it.");
  const auto persons = names(g, NodeKind::Person);
  CHECK(std::find(persons.begin(), persons.end(), "Amina Wekesa") != persons.end());
  CHECK(std::find(persons.begin(), persons.end(), "Peter Lindgren") != persons.end());
  CHECK(std::find(persons.begin(), persons.end(), "Sara Haddad") != persons.end());
  const DocNode* peter = byName(g, NodeKind::Person, "Peter Lindgren");
  REQUIRE(peter);
  CHECK(targets(g, peter, Relation::WorksFor) == std::vector<std::string>{"World Health Organization"});
}

TEST_CASE("a surname in capitals ends a person's name", "[loaders][extract]") {
  const auto g = extractText(
      "The event will be attended by Elena MARCULESCU, Executive Director, Harbour Workers Union; and Mr Manolo "
      "ABELLO. The delegation arrived in Bogotá D.C. on Monday.");
  CHECK(names(g, NodeKind::Person) == std::vector<std::string>{"Elena MARCULESCU", "Manolo ABELLO"});
}

TEST_CASE("a modifier of titles alone before capitalized words makes no person", "[loaders][extract]") {
  CHECK(names(extractText("The union hosted the Regional Farm Work meeting in Busan."), NodeKind::Person).empty());
  CHECK(names(extractText("The meeting was opened by Regional Director Mina Park in Busan."), NodeKind::Person) ==
        std::vector<std::string>{"Mina Park"});
}

TEST_CASE("a title with what it is of before a name, and more honorifics and titles", "[loaders][extract]") {
  const auto g = extractText(
      "Minister for Labour, Employment and Social Security Mina Park Kovac met Ambassador to Kenya Ravi Prasad Dhal "
      "and Msgr. Novak Rugamba, with Lena Ostrova Salim, Secretary-General of the union, and Mike Dott, Report Author.");
  CHECK(names(g, NodeKind::Person) ==
        std::vector<std::string>{"Lena Ostrova Salim", "Mike Dott", "Mina Park Kovac", "Novak Rugamba", "Ravi Prasad Dhal"});
  // The name of a unit after "Head of the" is no person's.
  CHECK(names(extractText("Mr. Dragan Stefan, Head of the Border Police Administration, spoke."), NodeKind::Person) ==
        std::vector<std::string>{"Dragan Stefan"});
}

TEST_CASE("'in' a city-state places something in its city, but not 'in' another state", "[loaders][extract]") {
  const auto g = extractText("The forum on dock work took place on 11 June 2018 in Singapore.");
  CHECK(names(g, NodeKind::City) == std::vector<std::string>{"Singapore"});
  CHECK(names(g, NodeKind::Country) == std::vector<std::string>{"Singapore"});
  CHECK(names(extractText("The UNHCR Representative in Djibouti spoke."), NodeKind::City).empty());
}

TEST_CASE("a city's name before 'City' is that city", "[loaders][extract]") {
  const auto g = extractText("About 150 people took part in a symposium on 22 June 2008 in Kumamoto City in southwestern Japan.");
  CHECK(names(g, NodeKind::City) == std::vector<std::string>{"Kumamoto"});
  const DocNode* e = firstEvent(g);
  REQUIRE(e);
  CHECK(targets(g, e, Relation::Location) == std::vector<std::string>{"Kumamoto"});
}

TEST_CASE("a postcode after a city's name leaves it a city", "[loaders][extract]") {
  CHECK(names(extractText("WHERE: Harbour House, 64-78 Kingsway, London WC2B 6NB"), NodeKind::City) ==
        std::vector<std::string>{"London"});
}

TEST_CASE("a line that is only a name, over a line that opens with a title, is a person's", "[loaders][extract]") {
  const auto g = extractText(
      "The Harbour Office is pleased to invite you to a discussion featuring\n\n"
      "Marta Quintero\nDirector of the Lakeside Migrant Shelter in Tenosique\n\n"
      "Tomas Ferreira\nLegal Coordinator at the Saltillo Dock Workers Union\n\n"
      "Harbour Safety Forum\nRegistration opens today\n");
  CHECK(names(g, NodeKind::Person) == std::vector<std::string>{"Marta Quintero", "Tomas Ferreira"});
}

TEST_CASE("job nouns of lawyers, consultants, journalists and chief executives make a role after a name", "[loaders][extract]") {
  const auto g = extractText(
      "Present were Tomas Ferreira, Group CEO at Harbour Foods, and Marta Quintero, Labour Migration Consultant. "
      "Sakura Ito, Lawyer, explained the procedure.");
  CHECK(names(g, NodeKind::Person) == std::vector<std::string>{"Marta Quintero", "Sakura Ito", "Tomas Ferreira"});
}
