// SPDX-License-Identifier: MIT
// loaders/HtmlLoader.cpp: what a reader sees of a page, through libxml2's HTML parser.
#include "loaders/HtmlLoader.h"
#include "loaders/TextDecoding.h"

#include <catch2/catch.hpp>

#include <string>

#include "tests/TestPaths.h"
#include "tests/writers/WriterTestHelpers.h"

namespace pressgraph {

using namespace std::string_literals;

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

TEST_CASE("htmlToText gives valid UTF-8 for numeric references past Unicode's range and for stray bytes", "[loaders]") {
  // Found by fuzz_html under Gumbo, which overflowed on such a reference and wrote a stray byte.
  // libxml2 drops a reference to no character; bytes that are not UTF-8 (JSON records can carry
  // them) become U+FFFD rather than switching libxml2 to Latin-1 for the rest of the page.
  const HtmlText page = htmlToText("<title>A &#x2014999999999999; B</title><p>IOM &#99999999; met \xFF in Minsk.</p>");
  CHECK(page.title == "A B");
  CHECK(page.text == "IOM met \xEF\xBF\xBD in Minsk.\n");
}

TEST_CASE("htmlToText reads the text after a DOCTYPE inside the page and after a NUL byte", "[loaders]") {
  // Scraped pages glued together carry DOCTYPEs and <html> tags in their middle.
  const HtmlText page = htmlToText(
      "<noscript><!DOCTYPE html></noscript><p>IOM opened an office.</p>"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/x.dtd\">"
      "<html><body><p>UNHCR welcomed it.</p></body></html><p>ILO too.</p>"s + '\0' + "<p>So did OSCE.</p>");
  CHECK(page.text == "IOM opened an office.\nUNHCR welcomed it.\nILO too.\nSo did OSCE.\n");
}

// libxml2 is not an HTML5 parser; where its recovery differs from a browser's, the text must still
// come out whole and in order.
TEST_CASE("htmlToText keeps the text of unclosed paragraphs, list items, cells and stray end tags in order", "[loaders]") {
  CHECK(htmlToText("<p>One<p>Two<div>Three</p>Four</div><p>Five").text == "One\nTwo\nThree\nFour\nFive\n");
  CHECK(htmlToText("<ul><li>Kyiv<li>Minsk<li>Chisinau</ul>After").text == "Kyiv\nMinsk\nChisinau\nAfter\n");
  CHECK(htmlToText("<table><tr><td>IOM<td>UNHCR<tr><td>ILO</table>Next").text == "IOMUNHCR\nILO\nNext\n");
  CHECK(htmlToText("<div>IOM</span></b> met </div></div></p>UNHCR</li> in Minsk.").text == "IOM met\nUNHCR in Minsk.\n");
  CHECK(htmlToText("<b>IOM <i>and</b> UNHCR</i> met.").text == "IOM and UNHCR met.\n");
  CHECK(htmlToText("IOM</br>UNHCR").text == "IOM\nUNHCR\n");
  CHECK(htmlToText("<table><p>Inside</p><tr><td>cell</td></tr></table>").text == "Inside\ncell\n");
  CHECK(htmlToText("<select><option>Menu</select><p>IOM met.").text == "IOM met.\n");
  CHECK(htmlToText("<p>IOM <br/>met <img src=a.png alt=\"x\"/>UNHCR.</p>").text == "IOM\nmet UNHCR.\n");
}

TEST_CASE("htmlToText reads attributes, comments and scripts as a browser does, and none of them as text", "[loaders]") {
  CHECK(htmlToText("<p title=\"a > b\" data-x='1 > 0' class=x>IOM met.</p>").text == "IOM met.\n");
  CHECK(htmlToText("<p>IOM<!-- <p title=\"x> --> met.</p>").text == "IOM met.\n");
  CHECK(htmlToText("<p>IOM<!--> met.</p>").text == "IOM met.\n");  // an abruptly closed comment
  CHECK(htmlToText("<p>IOM<!-- x --!> met.</p>").text == "IOM met.\n");
  CHECK(htmlToText("<script>if (a < b && c > '</p>') x = \"<div>\";</SCRIPT><p>IOM met.</p>").text == "IOM met.\n");
  CHECK(htmlToText("<style>p > a { x: '<' }</style><p>IOM met.</p>").text == "IOM met.\n");
  CHECK(htmlToText("<p>1 < 2 and 3 > 2, a<-b</p>").text == "1 < 2 and 3 > 2, a<-b\n");
}

TEST_CASE("boundedMarkup drops attributes, comments and declarations, flattens nesting past 256, and nothing else", "[loaders]") {
  CHECK(boundedMarkup("<!DOCTYPE html><DIV Class=\"a>b\" id=x><P>Text &amp; more</P><BR/></DIV><!-- <b x=1> -->"
                      "<?php echo 1 ?><script>a<b c=d</script>") ==
        "<div><p>Text &amp; more<br></p><br/></div><script>a<b c=d</script>");
  CHECK(boundedMarkup("a\0b"s) == "a b");
  std::string deep, flattened;
  for (int i = 0; i < 258; ++i) deep += "<span>";
  for (int i = 0; i < 256; ++i) flattened += "<span>";
  flattened += "</span><span></span><span>";  // the 257th and 258th become siblings
  CHECK(boundedMarkup(deep) == flattened);
  // Empty elements and the document's own html/head/body never count towards the depth.
  std::string shallow;
  for (int i = 0; i < 300; ++i) shallow += "<br><img src=x><body><p>x</p>";
  CHECK(boundedMarkup(shallow).find("</span>") == std::string::npos);
  CHECK(boundedMarkup(shallow).size() == 300 * std::string("<br><img><body><p>x<br></p>").size());
}

TEST_CASE("htmlToText reads pathological pages in time linear in their size", "[loaders]") {
  // Each shape cost libxml2 or Gumbo seconds to minutes (quadratic in depth or attributes)
  // before boundedMarkup. No time is measured here (bench/ does that); the test is the text, and
  // CTest's timeout stops a regression. tests/cli/PathologicalPagesTest.cpp runs `build` on them.
  const auto repeat = [](const std::string& s, int n) {
    std::string r;
    r.reserve(s.size() * n);
    for (int i = 0; i < n; ++i) r += s;
    return r;
  };
  CHECK(htmlToText(repeat("<div>", 200000) + "deep text" + repeat("</div>", 200000)).text == "deep text\n");
  CHECK(htmlToText(repeat("<div>", 200000) + "deep text" + repeat("</span>", 200000)).text == "deep text\n");
  CHECK(htmlToText(repeat("<font>", 100000) + "IOM met." + repeat("</p>", 100000)).text == "IOM met.\n");
  CHECK(htmlToText(repeat("<p>para", 100000)).text == repeat("para\n", 100000));
  CHECK(htmlToText(repeat("<table><tr><td>", 50000) + "cell").text == "cell\n");
  std::string attributes = "<div";
  for (int i = 0; i < 100000; ++i) attributes += " a" + std::to_string(i) + "=v";
  CHECK(htmlToText(attributes + ">IOM met.</div>").text == "IOM met.\n");
  CHECK(htmlToText("<p>IOM</p><div title=\"" + std::string(1 << 20, 'a') + "\">met.</div>").text == "IOM\nmet.\n");
  CHECK(htmlToText("<p>IOM</p><!--" + std::string(1 << 20, '-') + "--><p>met.</p>").text == "IOM\nmet.\n");
  CHECK(htmlToText("<p>IOM met.</p><!--" + std::string(1 << 20, 'c')).text == "IOM met.\n");
  CHECK(htmlToText("<p>IOM met.</p><script>" + repeat("var x = '<div>';", 100000)).text == "IOM met.\n");
}

TEST_CASE("htmlToText keeps every byte of large text nodes, attributes and many small elements", "[loaders]") {
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
