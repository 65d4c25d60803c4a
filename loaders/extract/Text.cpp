// SPDX-License-Identifier: MIT
// Tokenizer and sentence splitter that survive abbreviations, initials and numbers.
#include "loaders/extract/Text.h"

#include "graph/Names.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

namespace pressgraph {

std::pair<char32_t, int> decodeUtf8(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (len == 1 || i + static_cast<std::size_t>(len) > s.size()) return {0xFFFD, 1};
  char32_t cp = c & (0x7F >> len);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
  return {cp, len};
}

namespace {

bool isLetterOrDigit(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return u_isalnum(static_cast<UChar32>(cp)) || u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK;
}

bool isUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp));
}

bool isLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}

// Abbreviations after which a period does not end a sentence.
constexpr std::array<std::string_view, 49> ABBREVIATIONS = {
    "Mr",   "Mrs",  "Ms",   "Dr",   "Prof", "St",   "Mt",   "No",   "Nos",  "Jr",   "Sr",   "vs",
    "etc",  "e.g",  "i.e",  "Jan",  "Feb",  "Mar",  "Apr",  "Jun",  "Jul",  "Aug",  "Sep",  "Sept",
    "Oct",  "Nov",  "Dec",  "Gen",  "Col",  "Lt",   "Capt", "Gov",  "Sen",  "Rep",  "Amb",  "Hon",
    "approx", "Ext", "ext", "Tel",  "tel",  "Fig",  "Art",  "para", "Co",   "Inc",  "Msgr", "Rev",
    "Mgr"};

bool isAbbreviation(std::string_view word) {
  return std::find(ABBREVIATIONS.begin(), ABBREVIATIONS.end(), word) != ABBREVIATIONS.end();
}

}  // namespace

Text::Text(std::string text) : text_(std::move(text)) {
  tokenize();
  splitSentences();
  lower_ = asciiLower(text_);
}

void Text::classify() const {
  const Lexicon& lexicon = Lexicon::standard();
  classes_.resize(2 * tokens_.size());
  for (std::uint32_t i = 0; i < tokens_.size(); ++i) {
    classes_[2 * i] = lexicon.classesOf(token(i));
    classes_[2 * i + 1] = token(i) == lower(i) ? classes_[2 * i] : lexicon.classesOf(lower(i));
  }
}

void Text::tokenize() {
  const std::string_view s = text_;
  std::size_t i = 0;
  while (i < s.size()) {
    auto [cp, len] = decodeUtf8(s, i);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == '\r') {
      i += static_cast<std::size_t>(len);
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(i);
    if (isLetterOrDigit(cp)) {
      t.word = true;
      t.capitalized = isUpper(cp);
      t.number = cp >= '0' && cp <= '9';
      bool anyLower = false;
      int letters = 0;
      std::size_t j = i;
      while (j < s.size()) {
        auto [c, l] = decodeUtf8(s, j);
        if (isLetterOrDigit(c)) {
          anyLower = anyLower || isLower(c);
          letters += !(c >= '0' && c <= '9');
          j += static_cast<std::size_t>(l);
          continue;
        }
        // Inner joiners: "Co-operation", "Children's", "U.N.", "AT&T", "Côte d’Ivoire".
        if ((c == '-' || c == '\'' || c == 0x2019 || c == '&' || c == '.' || c == '/') && j + static_cast<std::size_t>(l) < s.size()) {
          const char32_t n = decodeUtf8(s, j + static_cast<std::size_t>(l)).first;
          const bool joins = isLetterOrDigit(n) && (c != '.' || (letters <= 1 && isUpper(n)) || (t.number && n >= '0' && n <= '9'));
          if (joins && (c != '/' || t.number)) {
            j += static_cast<std::size_t>(l);
            continue;
          }
        }
        break;
      }
      t.end = static_cast<std::uint32_t>(j);
      t.allCaps = letters >= 2 && !anyLower;
      i = j;
    } else {
      t.end = static_cast<std::uint32_t>(i + static_cast<std::size_t>(len));
      i = t.end;
    }
    tokens_.push_back(t);
  }
}

void Text::splitSentences() {
  const std::string_view s = text_;
  Sentence current;
  std::uint32_t paragraph = 0;
  auto close = [&](std::uint32_t endToken) {
    if (endToken > current.firstToken) {
      current.endToken = endToken;
      current.begin = tokens_[current.firstToken].begin;
      current.end = tokens_[endToken - 1].end;
      current.paragraph = paragraph;
      sentences_.push_back(current);
    }
    current.firstToken = endToken;
  };
  // Inside a quoted title ("Migration in Eastern Europe and Central Asia. Modern challenges")
  // a period does not end the sentence; a quote left open ends within a few dozen tokens.
  std::uint32_t quoteOpenedAt = 0;
  bool inQuote = false;
  for (std::uint32_t i = 0; i < tokens_.size(); ++i) {
    // A line break ends a paragraph and so a sentence (the cleaner joined wrapped lines).
    if (i > 0 && s.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end).find('\n') != std::string_view::npos) {
      close(i);  // nothing to close when a sentence just ended at the line's end
      ++paragraph;
      inQuote = false;
    }
    const std::string_view tok = token(i);
    const bool spaceBefore = i == 0 || tokens_[i - 1].end < tokens_[i].begin;
    if (tok == "\xE2\x80\x9C" || tok == "\xC2\xAB" || (tok == "\"" && spaceBefore && !inQuote)) {
      inQuote = true;
      quoteOpenedAt = i;
      continue;
    }
    if (tok == "\xE2\x80\x9D" || tok == "\xC2\xBB" || tok == "\"") inQuote = false;
    if (inQuote && i > quoteOpenedAt + 40) inQuote = false;
    if (tok != "." && tok != "!" && tok != "?") continue;
    if (inQuote) continue;
    if (i + 1 < tokens_.size()) {
      const std::string_view next = token(i + 1);
      // A closing quote or bracket belongs to the sentence it closes.
      std::uint32_t end = i + 1;
      if (next == "\"" || next == "\xE2\x80\x9D" || next == ")" || next == "\xE2\x80\x99") end = i + 2;
      if (end < tokens_.size()) {
        const Token& after = tokens_[end];
        if (isLower(decodeUtf8(s, after.begin).first)) continue;  // "approx. five", "e.g. the"
        if (tok == "." && i > 0 && tokens_[i - 1].end == tokens_[i].begin) {
          const std::string_view prev = token(i - 1);
          if (isAbbreviation(prev) || prev.find('.') != std::string_view::npos) continue;  // "U.S."
          // An initial ("Robert J. Vitillo") is one capital letter.
          auto [pc, pl] = decodeUtf8(prev, 0);
          if (static_cast<std::size_t>(pl) == prev.size() && isUpper(pc)) continue;
        }
      }
      close(std::min<std::uint32_t>(end, static_cast<std::uint32_t>(tokens_.size())));
      i = end - 1;
    }
  }
  close(static_cast<std::uint32_t>(tokens_.size()));
  sentenceOfToken_.assign(tokens_.size(), 0);
  for (std::uint32_t k = 0; k < sentences_.size(); ++k)
    for (std::uint32_t t = sentences_[k].firstToken; t < sentences_[k].endToken; ++t) sentenceOfToken_[t] = k;
}

}  // namespace pressgraph
