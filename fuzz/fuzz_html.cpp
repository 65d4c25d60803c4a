// SPDX-License-Identifier: MIT
// The HTML loader on arbitrary bytes, as CorpusReader calls it: text checks, then libxml2's HTML parser.
#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/Types.h"
#include "loaders/HtmlLoader.h"
#include "loaders/TextDecoding.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    pressgraph::checkText(bytes, "fuzz.html");
  } catch (const pressgraph::InputError&) {
    return 0;
  }
  const pressgraph::HtmlText html = pressgraph::htmlToText(bytes);
  // The extractors index the text by byte and assume UTF-8: decoded entities must keep it so.
  if (!pressgraph::isValidUtf8(html.text) || !pressgraph::isValidUtf8(html.title)) __builtin_trap();
  return 0;
}
