// SPDX-License-Identifier: MIT
// UTF-8 validation and text normalisation for loaded documents.
#include "loaders/TextDecoding.h"

#include <algorithm>
#include <cstdint>

#include "graph/Types.h"

namespace pressgraph {
namespace {

// Lines end at LF, CR LF, or a lone CR (old Mac files).
std::size_t lineOf(std::string_view s, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i)
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) ++line;
  return line;
}

}  // namespace

bool isValidUtf8(std::string_view s, std::size_t* badOffset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    std::size_t len;
    std::uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07;
    } else {
      if (badOffset) *badOffset = i;
      return false;
    }
    if (i + len > n) {
      if (badOffset) *badOffset = i;
      return false;
    }
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) {
        if (badOffset) *badOffset = i;
        return false;
      }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (badOffset) *badOffset = i;
      return false;
    }
    i += len;
  }
  return true;
}

std::string toValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t bad = 0; !isValidUtf8(s, &bad); s.remove_prefix(bad + 1)) {
    out.append(s.substr(0, bad));
    out.append("\xEF\xBF\xBD");
  }
  out.append(s);
  return out;
}

void checkText(std::string& bytes, const std::string& path, std::size_t firstLine) {
  if (auto nul = bytes.find('\0'); nul != std::string::npos)
    throw InputError(path, firstLine - 1 + lineOf(bytes, nul), "binary file (NUL byte), not a text document");
  if (std::size_t bad = 0; !isValidUtf8(bytes, &bad))
    throw InputError(path, firstLine - 1 + lineOf(bytes, bad),
                     "invalid UTF-8 at byte " + std::to_string(bad) + " (convert the file to UTF-8)");
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (bytes.find('\r') != std::string::npos) {
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] == '\r') {
        out.push_back('\n');
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      } else {
        out.push_back(bytes[i]);
      }
    }
    bytes.swap(out);
  }
  if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t'; }))
    throw InputError(path, 0, "empty document (no text)");
}

}  // namespace pressgraph
