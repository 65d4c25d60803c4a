// SPDX-License-Identifier: MIT
// One input document as the loaders hand it on: its identity, its metadata and its plain text.
#pragma once

#include <cstddef>
#include <string>

namespace pressgraph {

enum class Format { Text, Html, Json, Jsonl };

struct Document {
  /// Path relative to the input argument, or a JSON record's url/id: the node's schema:identifier.
  std::string identifier;
  /// The file it came from ("-" for standard input) and, for JSONL, the line.
  std::string path;
  std::size_t line = 0;
  Format format = Format::Text;
  std::string title;
  std::string url;
  std::string date;
  /// UTF-8 text with markup removed; the Cleaner then removes site chrome.
  std::string text;
};

}  // namespace pressgraph
