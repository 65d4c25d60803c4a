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
  /// `text` is still the HTML page (CorpusOptions::deferMarkup): removeMarkup() makes it text.
  bool markup = false;
};

/// What tells one version of a document from another: "fnv1a64:" and 16 hex digits of the
/// 64-bit FNV-1a hash of its url, title, date and text as read (each after its length, so no
/// two splits of the bytes collide). Not its identifier or path, which say which document it
/// is; a change in markup only, which extraction never sees, is no change.
std::string contentHash(const Document& document);

}  // namespace pressgraph
