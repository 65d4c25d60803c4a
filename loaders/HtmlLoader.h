// SPDX-License-Identifier: MIT
// HTML pages to plain text, parsed by Gumbo (Google's HTML5 parser, Debian's libgumbo).
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
HtmlText htmlToText(std::string_view html);

}  // namespace pressgraph
