// SPDX-License-Identifier: MIT
// loaders/Cleaner.cpp: site chrome out, HTML residue out, wrapped lines joined; entity decoding.
#include "loaders/Cleaner.h"

#include <catch2/catch.hpp>

#include <string>

#include "tests/TestPaths.h"
#include "tests/writers/WriterTestHelpers.h"

namespace pressgraph {

TEST_CASE("cleanText turns a scraped page into its article, one paragraph per line", "[loaders]") {
  // Input and expected output: tests/data/loaders/scraped-release{,.cleaned}.txt.
  const auto data = test::sourceDir() / "tests/data/loaders";
  const std::string page = test::readFile(data / "scraped-release.txt");
  const std::string expected = test::readFile(data / "scraped-release.cleaned.txt");
  REQUIRE_FALSE(page.empty());
  REQUIRE_FALSE(expected.empty());
  CHECK(cleanText(page) == expected);
  CHECK(cleanText(expected) == expected);  // clean text stays as it is
}

TEST_CASE("cleanText removes menu items and menu headings repeated on the next line", "[loaders]") {
  const std::string text = cleanText(
      "-\n- Where we work\n>> Newsletter\n\xE2\x80\xA2 Home\n|\nWhat We Do\nWhat We Do\n"
      "IOM opened an office in Osh.\n- Data and Research\n");
  CHECK(text == "IOM opened an office in Osh.\n");
}

TEST_CASE("cleanText keeps list items that are sentences and lines that repeat a sentence", "[loaders]") {
  CHECK(cleanText("- The workshop trained forty officials from three countries.\n") ==
        "- The workshop trained forty officials from three countries.\n");
  CHECK(cleanText("- Officials trained.\n") == "- Officials trained.\n");
  CHECK(cleanText("It ended.\nIt ended.\n") == "It ended.\nIt ended.\n");
}

TEST_CASE("cleanText removes a \"Who we are\" blurb glued to its heading", "[loaders]") {
  CHECK(cleanText("Who we are\nWHO WE AREThe International Organization for Migration (IOM) is part of the UN.\n"
                  "IOM Minsk hosted the conference.\n") == "IOM Minsk hosted the conference.\n");
  CHECK(cleanText("Our Work\nOur WorkAs the leading organization, IOM helps.\nThe seminar closed.\n") ==
        "The seminar closed.\n");
  // A heading followed by a sentence that merely starts with the same word stays.
  CHECK(cleanText("Migration\nMigration flows changed.\n") == "Migration\nMigration flows changed.\n");
}

TEST_CASE("cleanText keeps the address of \"mailto:\" residue and drops the rest", "[loaders]") {
  CHECK(cleanText("E-mail: \"mailto:cmueller@iom.int\">cmueller@iom.int\n") == "E-mail: cmueller@iom.int\n");
  CHECK(cleanText("\"mailto:a@iom.int\">a@iom.int or \"mailto:b@unhcr.org\">b@unhcr.org\n") ==
        "a@iom.int or b@unhcr.org\n");
}

TEST_CASE("cleanText keeps the address of a whole mailto link left in the text", "[loaders]") {
  CHECK(cleanText("Contact: <a href=\"mailto:jdoe@iom.int\">jdoe@iom.int</a>\n") == "Contact: jdoe@iom.int\n");
  CHECK(cleanText("Write to mailto:press@iom.int for details.\n") == "Write to press@iom.int for details.\n");
}

TEST_CASE("cleanText removes stray tags but not comparisons, leaving single spaces", "[loaders]") {
  CHECK(cleanText("<p>IOM met UNHCR.</p>\n") == "IOM met UNHCR.\n");
  CHECK(cleanText("A < B and C > D.\n") == "A < B and C > D.\n");
  CHECK(cleanText("<b>IOM</b> Almaty hosted it.\n") == "IOM Almaty hosted it.\n");
  CHECK(cleanText("said the <i>project coordinator</i> in Almaty.\n") == "said the project coordinator in Almaty.\n");
}

TEST_CASE("cleanText joins lines wrapped inside a sentence and keeps sentence ends apart", "[loaders]") {
  SECTION("a continuation starting in lower case") {
    CHECK(cleanText("An international conference on migration\nbringing together officials\nopened.\n") ==
          "An international conference on migration bringing together officials opened.\n");
  }
  SECTION("a long line ending in a lower-case word, continued by a name") {
    CHECK(cleanText("IOM signed an agreement with the Government of\nKazakhstan on border management.\n") ==
          "IOM signed an agreement with the Government of Kazakhstan on border management.\n");
  }
  SECTION("a heading is not joined to the text after it") {
    CHECK(cleanText("Border Officials Trained\nForty officials completed a training.\n") ==
          "Border Officials Trained\nForty officials completed a training.\n");
  }
  SECTION("a finished sentence is not joined") {
    CHECK(cleanText("The seminar opened on Monday.\nit closed on Friday.\n") ==
          "The seminar opened on Monday.\nit closed on Friday.\n");
  }
  SECTION("a blank line ends a paragraph") {
    CHECK(cleanText("The seminar was held in\n\ncooperation with UNHCR.\n") ==
          "The seminar was held in\ncooperation with UNHCR.\n");
  }
}

TEST_CASE("cleanText decodes entities and trims lines", "[loaders]") {
  CHECK(cleanText("   IOM&#8217;s office &amp; UNHCR&nbsp;met.  \n") == "IOM\xE2\x80\x99s office & UNHCR met.\n");
  CHECK(cleanText("").empty());
  CHECK(cleanText("\n\n  \n").empty());
}

TEST_CASE("decodeEntities decodes named, decimal and hex references", "[loaders]") {
  CHECK(decodeEntities("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;") == "a & b <c> \"d\" 'e'");
  CHECK(decodeEntities("9&ndash;10 &mdash; &hellip;") == "9\xE2\x80\x93" "10 \xE2\x80\x94 \xE2\x80\xA6");
  CHECK(decodeEntities("&ldquo;x&rdquo; &lsquo;y&rsquo;") == "\xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\x98y\xE2\x80\x99");
  CHECK(decodeEntities("caf&eacute; &copy; &laquo;&raquo;") == "caf\xC3\xA9 \xC2\xA9 \xC2\xAB\xC2\xBB");
  CHECK(decodeEntities("&#65;&#x42;&#X43;&#x1F30D;") == "ABC\xF0\x9F\x8C\x8D");
  CHECK(decodeEntities("Chi&#537;in&#259;u") == "Chi\xC8\x99in\xC4\x83u");
}

TEST_CASE("decodeEntities turns no-break spaces into plain spaces", "[loaders]") {
  CHECK(decodeEntities("16&nbsp;per cent, 17&#160;per cent, 18&#xA0;per cent") ==
        "16 per cent, 17 per cent, 18 per cent");
}

TEST_CASE("decodeEntities leaves unknown, invalid and unterminated references alone", "[loaders]") {
  for (const char* kept : {"&foo;", "&#0;", "&#xD800;", "&#x110000;", "&#99999999999;", "&#;", "&#x;", "&amp",
                           "AT&T", "R&D; budget", "&#12a;", "&&amp", "& ;"}) {
    INFO(kept);
    const std::string out = decodeEntities(kept);
    CHECK(out.find('&') != std::string::npos);
  }
  CHECK(decodeEntities("&foo; &#0;") == "&foo; &#0;");
  CHECK(decodeEntities("no entities here") == "no entities here");
  CHECK(decodeEntities("&amp;amp;") == "&amp;");  // one level of decoding only
}

TEST_CASE("cleanText parts a media advisory's label from a value glued to it", "[loaders]") {
  CHECK(cleanText("WHOHarbour Workers Union\n\nWHATPress conference on farm work\n") ==
        "WHO: Harbour Workers Union\nWHAT: Press conference on farm work\n");
  // Not a label: a word that starts like one, or a label in capitals only.
  CHECK(cleanText("WHOLESALE prices rose.\n\nWHATSAPP groups\n\nWhere we work\n") ==
        "WHOLESALE prices rose.\nWHATSAPP groups\nWhere we work\n");
}

}  // namespace pressgraph
