// SPDX-License-Identifier: MIT
// Sentence splitting survives abbreviations, initials and numbers; tokens know their case.
#include <catch2/catch.hpp>

#include "loaders/extract/Text.h"

using namespace pressgraph;

namespace {

std::vector<std::string> sentences(const std::string& s) {
  const Text t(s);
  std::vector<std::string> out;
  for (const auto& sentence : t.sentences()) out.emplace_back(t.sentenceText(sentence));
  return out;
}

}  // namespace

TEST_CASE("sentences end at terminal punctuation but not after abbreviations or initials", "[loaders][extract]") {
  CHECK(sentences("Dr. Amina K. Osei opened the session. The U.S. Department of State funded it.") ==
        std::vector<std::string>{"Dr. Amina K. Osei opened the session.", "The U.S. Department of State funded it."});
  CHECK(sentences("Budget rose to 2.5 million. Nobody objected!") ==
        std::vector<std::string>{"Budget rose to 2.5 million.", "Nobody objected!"});
  CHECK(sentences("“We are ready,” she said. Then she left.") ==
        std::vector<std::string>{"“We are ready,” she said.", "Then she left."});
}

TEST_CASE("a line break ends a sentence and a paragraph", "[loaders][extract]") {
  const Text t("For further information please contact:\nLeyla Aliyeva\nIOM Baku");
  REQUIRE(t.sentences().size() == 3);
  CHECK(t.sentences()[1].paragraph == 1);
  CHECK(t.sentenceText(t.sentences()[2]) == "IOM Baku");
}

TEST_CASE("tokens keep names whole and know their case", "[loaders][extract]") {
  const Text t("The Co-operation Council’s UNHCR-led forum in Chișinău");
  std::vector<std::string> words;
  for (std::uint32_t i = 0; i < t.tokens().size(); ++i) words.emplace_back(t.token(i));
  CHECK(words == std::vector<std::string>{"The", "Co-operation", "Council’s", "UNHCR-led", "forum", "in", "Chișinău"});
  CHECK(t.tokens()[3].capitalized);
  CHECK_FALSE(t.tokens()[4].capitalized);
  CHECK(t.tokens()[6].capitalized);
  const Text acronym("IOM and Sida");
  CHECK(acronym.tokens()[0].allCaps);
  CHECK_FALSE(acronym.tokens()[2].allCaps);
}

TEST_CASE("a line that ends a sentence still ends its paragraph", "[loaders][extract]") {
  const Text t("First line.\nSecond line\nThird line.\nFourth");
  REQUIRE(t.sentences().size() == 4);
  for (std::uint32_t i = 0; i < 4; ++i) CHECK(t.sentences()[i].paragraph == i);
}
