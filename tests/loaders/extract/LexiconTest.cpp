// SPDX-License-Identifier: MIT
// loaders/extract/Lexicon: the data files read into word classes, event nouns and role
// phrases, and the errors a bad file gives.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "graph/Types.h"
#include "loaders/extract/Lexicon.h"
#include "tests/loaders/LoaderTestHelpers.h"

using namespace pressgraph;

namespace {

// A lexicon folder with the three files, each the given text.
std::string writeLexicon(const test::TempDir& dir, const std::string& classes, const std::string& nouns, const std::string& phrases) {
  dir.write("lexicon/word_classes.tsv", classes);
  dir.write("lexicon/event_nouns.tsv", nouns);
  dir.write("lexicon/role_phrases.tsv", phrases);
  return dir / "lexicon";
}

}  // namespace

TEST_CASE("a lexicon reads its classes, event nouns and role phrases", "[loaders][extract]") {
  const test::TempDir dir;
  const Lexicon lex = Lexicon::load(writeLexicon(dir, "# a comment\nconnector\tof the\nleading-head\tMinistry\nconnector\tand\ntitle-noun\tMinistry\n",
                                                 "workshop\tWorkshop\nevent\t\n",
                                                 "organized by\torganizer\trole.passive-by-agent\nin cooperation with\tpartner\trole.partner-with\n"));
  CHECK(lex.is("of", WordClass::Connector));
  CHECK(lex.is("and", WordClass::Connector));  // a class on two lines
  CHECK(lex.is("Ministry", WordClass::LeadingHead));
  CHECK(lex.is("Ministry", WordClass::TitleNoun));  // a word in two classes
  CHECK_FALSE(lex.is("ministry", WordClass::LeadingHead));  // case as written
  CHECK_FALSE(lex.is("Ministry", WordClass::Connector));
  CHECK(lex.eventType("workshop") == "Workshop");
  CHECK(lex.eventType("event").empty());
  CHECK(lex.eventType("lunch").empty());
  REQUIRE(lex.rolePhrases().size() == 2);
  CHECK(lex.rolePhrases()[1].words == std::vector<std::string>{"in", "cooperation", "with"});
  CHECK(lex.rolePhrases()[1].role == EventRole::Partner);
  CHECK(lex.rolePhrases()[1].rule == "role.partner-with");
  const auto* byIn = lex.rolePhrasesStartingWith("in");
  REQUIRE(byIn);
  CHECK(*byIn == std::vector<std::uint16_t>{1});
  CHECK_FALSE(lex.rolePhrasesStartingWith("cooperation"));
}

TEST_CASE("a bad lexicon file is refused with its file and line", "[loaders][extract]") {
  const test::TempDir dir;
  const auto message = [](const std::string& folder) {
    try {
      Lexicon::load(folder);
    } catch (const IoError& e) {
      return e.path() + ": " + e.what();
    }
    return std::string("no error");
  };
  CHECK_THAT(message(writeLexicon(dir, "connector\tof\nverbz\tgo\n", "", "")),
             Catch::Contains("word_classes.tsv:2") && Catch::Contains("unknown word class 'verbz'"));
  CHECK_THAT(message(writeLexicon(dir, "", "\nworkshop\tWorkshops\n", "")),
             Catch::Contains("event_nouns.tsv:2") && Catch::Contains("unknown event type 'Workshops'"));
  CHECK_THAT(message(writeLexicon(dir, "", "", "organized by\torganiser\trole.x\n")),
             Catch::Contains("role_phrases.tsv:1") && Catch::Contains("unknown role 'organiser'"));
  CHECK_THAT(message(writeLexicon(dir, "", "", "organized by\torganizer\n")), Catch::Contains("a role phrase needs"));
  CHECK_THAT(message((dir / "nowhere")), Catch::Contains("nowhere/word_classes.tsv"));
}

TEST_CASE("the project's lexicon loads, and spells each role phrase once", "[loaders][extract]") {
  const Lexicon& lex = Lexicon::standard();
  CHECK(lex.is("held", WordClass::OrganizingVerb));
  CHECK(lex.is("holding", WordClass::OrganizingVerb));
  CHECK(lex.eventType("roundtable") == "Roundtable");
  std::set<std::vector<std::string>> seen;
  for (const RolePhrase& p : lex.rolePhrases()) {
    INFO(p.rule);
    CHECK(seen.insert(p.words).second);
    CHECK(p.rule.starts_with("role."));
  }
}
