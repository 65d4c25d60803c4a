// SPDX-License-Identifier: MIT
// loaders/HtmlLoader.cpp: what a reader sees of a page, through Gumbo.
#include "loaders/HtmlLoader.h"
#include "loaders/TextDecoding.h"

#include <catch2/catch.hpp>

#include <string>

#include "tests/TestPaths.h"
#include "tests/writers/WriterTestHelpers.h"

namespace pressgraph {

TEST_CASE("htmlToText drops script, style, navigation, header, footer and forms", "[loaders]") {
  const HtmlText page = htmlToText(R"(<!DOCTYPE html>
<html><head><title>IOM  holds
 seminar</title><style>p { color: red }</style><script>var menu = "Home";</script></head>
<body>
<header><a href="/">IOM logo</a></header>
<nav><ul><li>Who we are</li><li>Where we work</li></ul></nav>
<main><article>
<h1>Seminar in Minsk</h1>
<p>IOM and UNHCR organized a seminar.</p>
<script>trackPageView("seminar");</script>
<noscript>Enable JavaScript</noscript>
<form><input name="q"><button>Search</button></form>
<aside>Related: other news</aside>
</article></main>
<footer>Copyright IOM 2024</footer>
</body></html>)");
  CHECK(page.title == "IOM holds seminar");
  CHECK(page.text == "Seminar in Minsk\nIOM and UNHCR organized a seminar.\n");
}

TEST_CASE("htmlToText decodes character references, including ones in attributes-free text", "[loaders]") {
  const HtmlText page = htmlToText(
      "<p>Caf&eacute; &amp; Bar &ndash; IOM&#8217;s &#x201C;office&#x201D;&nbsp;in Kyiv &lt;UA&gt;</p>");
  CHECK(page.text == "Caf\xC3\xA9 & Bar \xE2\x80\x93 IOM\xE2\x80\x99s \xE2\x80\x9C" "office\xE2\x80\x9D in Kyiv <UA>\n");
}

TEST_CASE("htmlToText puts each block on its own line and keeps inline elements in the line", "[loaders]") {
  const HtmlText page = htmlToText(
      "<div>The <b>International</b> <a href='x'>Organization</a>\n   for <em>Migration</em></div>"
      "<ul><li>Kyiv</li><li>Minsk</li></ul>Tail<br>after break<table><tr><td>A</td><td>B</td></tr></table>");
  CHECK(page.text == "The International Organization for Migration\nKyiv\nMinsk\nTail\nafter break\nAB\n");
}

TEST_CASE("htmlToText reads a fragment and an empty page without a title", "[loaders]") {
  CHECK(htmlToText("Just text, no tags").text == "Just text, no tags\n");
  const HtmlText empty = htmlToText("");
  CHECK(empty.title.empty());
  CHECK(empty.text.find_first_not_of("\n ") == std::string::npos);
}

TEST_CASE("htmlToText survives deeply nested markup", "[loaders]") {
  std::string html;
  constexpr int DEPTH = 5000;
  for (int i = 0; i < DEPTH; ++i) html += "<span>";
  html += "deep text";
  for (int i = 0; i < DEPTH; ++i) html += "</span>";
  CHECK(htmlToText(html).text.find("deep text") != std::string::npos);
}

TEST_CASE("htmlToText keeps the article of the example page and none of its menus, scripts or footer", "[loaders]") {
  const std::string html = test::readFile(test::sourceDir() / "examples/corpus/iom-moldova-diaspora-conference.html");
  REQUIRE_FALSE(html.empty());
  const HtmlText page = htmlToText(html);
  CHECK(page.title == "IOM Moldova & ILO host conference on diaspora and labour migration | IOM Moldova");
  CHECK(page.text.find("Chi\xC8\x99in\xC4\x83u \xE2\x80\x93 The International Organization for Migration (IOM)") !=
        std::string::npos);
  CHECK(page.text.find("E-mail: imunteanu@iom.int\n") != std::string::npos);
  CHECK(page.text.find("16 per cent") != std::string::npos);
  for (const char* chrome : {"trackPageView", "Our work", "Careers", "Privacy", "font-size", "main.js"}) {
    INFO(chrome);
    CHECK(page.text.find(chrome) == std::string::npos);
  }
  CHECK(page.text.find('<') == std::string::npos);
  CHECK(page.text.find("&amp;") == std::string::npos);
  CHECK(page.text.find("&#") == std::string::npos);
  CHECK(page.text.find("Return & Decent Work") != std::string::npos);
}

TEST_CASE("htmlToText gives valid UTF-8 where Gumbo decodes a numeric reference past int range into a stray byte",
          "[loaders]") {
  // Found by fuzz_html: Debian's Gumbo 0.10.1 overflows its code point on "&#x2014999...;" and
  // writes a lone continuation byte, which the extractors and the RDF writers take for UTF-8.
  const std::string html = test::readFile(test::sourceDir() / "tests/data/loaders/gumbo-overflowing-char-ref.html");
  const HtmlText page = htmlToText(html);
  CHECK(isValidUtf8(page.text));
  CHECK(page.text == "\xEF\xBF\xBD\n");  // U+FFFD, as a browser shows it
  const HtmlText titled = htmlToText("<title>" + html + "</title><p>IOM met.</p>");
  CHECK(isValidUtf8(titled.title));
  CHECK(titled.title == "\xEF\xBF\xBD");
}

TEST_CASE("htmlToText reads a page with a DOCTYPE inside it, whose strings Gumbo 0.10.1 drops without freeing",
          "[loaders]") {
  // Found by fuzz_html (LeakSanitizer): Gumbo ignores a DOCTYPE after the page has begun and
  // loses its name and identifiers. Scraped pages glued together carry such DOCTYPEs; under ASan
  // this test fails if any block of the parse outlives it.
  const HtmlText page = htmlToText(
      "<noscript><!DOCTYPE html><p>IOM opened an office.</p>"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/x.dtd\">"
      "<p>UNHCR welcomed it.</p>");
  CHECK(page.text == "IOM opened an office.\nUNHCR welcomed it.\n");
}

TEST_CASE("htmlToText keeps every byte of large text nodes, attributes and many small elements", "[loaders]") {
  // Gumbo grows its buffers by doubling; blocks past 8 KiB get chunks of their own in the arena.
  std::string paragraph;
  while (paragraph.size() < 300000) paragraph += "The conference in Chisinau gathered partners. ";
  paragraph.pop_back();  // lines and titles lose their trailing spaces
  const std::string title = paragraph.substr(0, 20001);  // ends inside a word
  std::string html = "<title>" + title + "</title><div data-x=\"" + paragraph + "\">";
  html += "<p>" + paragraph + "</p>";
  std::string expected = paragraph + "\n";
  for (int i = 0; i < 20000; ++i) {
    html += "<p><b>" + std::to_string(i) + "</b></p>";
    expected += std::to_string(i) + "\n";
  }
  html += "</div>";
  const HtmlText page = htmlToText(html);
  CHECK(page.title == title);
  CHECK(page.text == expected);
}

}  // namespace pressgraph
