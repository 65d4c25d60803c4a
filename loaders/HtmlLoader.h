// SPDX-License-Identifier: MIT
// HTML pages to plain text, parsed by libxml2's HTML parser (Debian's libxml2) through SAX.
#pragma once

#include <string>
#include <string_view>

namespace pressgraph {

struct HtmlText {
  std::string title;
  std::string text;
};

/// The readable text of an HTML page: entities decoded, script, style, navigation, header,
/// footer and form elements dropped, one line per block element.
/// Linear in the page's size, however its tags nest.
HtmlText htmlToText(std::string_view html);

/// The page as htmlToText hands it to libxml2: the same markup without attributes, comments,
/// DOCTYPEs or processing instructions, nested at most 256 elements deep (a deeper element
/// first closes the innermost one), a <br> before each </p> and for </br>, NUL bytes as spaces.
std::string boundedMarkup(std::string_view html);

}  // namespace pressgraph
