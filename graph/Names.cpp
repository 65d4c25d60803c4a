// SPDX-License-Identifier: MIT
// Name folding with ICU: NFKD, marks dropped, case folded; non-Latin scripts transliterated for slugs.
#include "graph/Names.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace pressgraph {
namespace {

// Lower-cases ASCII letters and digits, turns every other run into one space.
std::string collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (unsigned char c : s) {
    if (c == '\'' || c == '`') continue;  // "Children's" folds to "childrens", as score.py does
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      space = true;
    }
  }
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

// Removes accents and folds case for non-ASCII text; keeps non-Latin letters as they are.
std::string unicodeFold(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfkd->normalize(text, status) : text;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x2019 || c == 0x2018) continue;  // typographic apostrophes, as plain ones
    kept.append(static_cast<UChar32>(u_foldCase(c, U_FOLD_CASE_DEFAULT)));
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

}  // namespace

namespace {
char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

std::string asciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = asciiLower(c);
  return out;
}

std::string_view asciiLower(std::string_view s, std::span<char> buffer) {
  for (std::size_t i = 0; i < s.size(); ++i) buffer[i] = asciiLower(s[i]);
  return std::string_view(buffer.data(), s.size());
}

bool isAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string foldName(std::string_view name) {
  if (isAscii(name)) return collapse(name);
  return collapse(unicodeFold(name));
}

std::string slug(std::string_view name) {
  std::string folded = foldName(name);
  if (!isAscii(folded)) {
    // Transliterators are not safe to share between threads; each thread builds its own once.
    thread_local std::unique_ptr<icu::Transliterator> toAscii = [] {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
          "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
      return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(folded);
    if (toAscii) toAscii->transliterate(text);
    folded.clear();
    text.toUTF8String(folded);
    folded = collapse(folded);
  }
  std::string out;
  out.reserve(folded.size());
  for (unsigned char c : folded) {
    if (c == ' ')
      out.push_back('-');
    else if (c < 0x80)
      out.push_back(static_cast<char>(c));
  }
  if (out.empty()) out.push_back('x');  // not `= "x"`: GCC 12 warns falsely (-Wrestrict, PR 105329)
  return out;
}

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ULL;
  return hash;
}

std::string hex64(std::uint64_t value) {
  static constexpr char HEX[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<std::size_t>(i)] = HEX[value & 0xF];
  return out;
}

}  // namespace pressgraph
