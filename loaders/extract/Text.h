// SPDX-License-Identifier: MIT
// Sentences and tokens of a cleaned document: the units every extractor reads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/Lexicon.h"

namespace pressgraph {

/// A word or a punctuation mark; offsets are bytes into the document's cleaned text.
struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool word = false;         ///< letters/digits (with inner ' - . &), not punctuation
  bool capitalized = false;  ///< starts with an upper-case letter
  bool allCaps = false;      ///< two or more letters, all upper case ("IOM", "UNICEF")
  bool number = false;       ///< starts with a digit
};

/// Quotation marks that open and close a title or a name: “ ” « » and the straight ".
inline bool isOpenQuote(std::string_view w) { return w == "\xE2\x80\x9C" || w == "\"" || w == "\xC2\xAB"; }
inline bool isCloseQuote(std::string_view w) { return w == "\xE2\x80\x9D" || w == "\"" || w == "\xC2\xBB"; }

/// A sentence: a range of tokens and of bytes, and the paragraph (line) it belongs to.
struct Sentence {
  std::uint32_t firstToken = 0;
  std::uint32_t endToken = 0;  ///< one past the last
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t paragraph = 0;
};

/// The cleaned text cut into tokens and sentences, once, for all extractors.
class Text {
 public:
  explicit Text(std::string text);

  const std::string& str() const { return text_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  std::string_view token(std::uint32_t i) const { return view(tokens_[i].begin, tokens_[i].end); }
  /// The token in ASCII lower case, computed once for all extractors.
  std::string_view lower(std::uint32_t i) const {
    return std::string_view(lower_).substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  std::string_view view(std::uint32_t begin, std::uint32_t end) const {
    return std::string_view(text_).substr(begin, end - begin);
  }
  /// The text from token `first` to the end of token `last - 1`.
  std::string_view span(std::uint32_t first, std::uint32_t last) const {
    return last > first ? view(tokens_[first].begin, tokens_[last - 1].end) : std::string_view();
  }
  std::string_view sentenceText(const Sentence& s) const { return view(s.begin, s.end); }
  /// The sentence holding token `i`.
  std::uint32_t sentenceOf(std::uint32_t token) const { return sentenceOfToken_[token]; }

  /// Is token `i`, as written, in the standard lexicon's class `c`? Every token is looked up
  /// once, on the first question, for every extractor (they ask of each token many times).
  bool is(std::uint32_t i, WordClass c) const { return (classes(i, false) & Lexicon::bit(c)) != 0; }
  /// The same of the token in lower case.
  bool lowerIs(std::uint32_t i, WordClass c) const { return (classes(i, true) & Lexicon::bit(c)) != 0; }
  /// Every class of the token (in lower case: of its lower-case form), as Lexicon::classesOf.
  WordClassMask classes(std::uint32_t i, bool lowered) const {
    if (classes_.empty()) classify();
    return classes_[2 * static_cast<std::size_t>(i) + lowered];
  }

 private:
  void tokenize();
  void splitSentences();

  std::string text_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<std::uint32_t> sentenceOfToken_;
  std::string lower_;  // the text in ASCII lower case: lowering keeps every byte offset
  mutable std::vector<WordClassMask> classes_;  // per token: classes as written, then in lower case
  void classify() const;
};

/// The bytes of the possessive ending word `w` ("IOM's", "Government’s": 2 or 4), or 0. A word
/// that is only the possessive ("'s" split from "IOM") gives its whole length.
inline std::size_t possessiveLength(std::string_view w) {
  for (std::string_view s : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
    if (w.ends_with(s)) return s.size();
  return 0;
}

/// Whether token `i` is the apostrophe of a plural possessive inside a name: written right after
/// a capitalized plural, with a capitalized word after it ("Bishops’ Conferences", "Workers'
/// Union"). The same mark closes a quote opened a few words before ("the guide ‘Safe Harbours’
/// Union ..."), and is then no possessive.
inline bool isPluralPossessiveMark(const Text& text, std::uint32_t i) {
  const auto& t = text.tokens();
  if (i == 0 || i + 1 >= t.size()) return false;
  const std::string_view w = text.token(i);
  if (w != "'" && w != "\xE2\x80\x99") return false;
  const Token& before = t[i - 1];
  if (!(before.end == t[i].begin && before.word && before.capitalized && text.token(i - 1).ends_with('s') &&
        t[i + 1].begin > t[i].end && t[i + 1].word && t[i + 1].capitalized && !t[i + 1].number))
    return false;
  constexpr std::uint32_t QUOTE_REACH = 12;
  for (std::uint32_t k = i - 1; k > 0 && k + QUOTE_REACH > i; --k) {
    const std::string_view q = text.token(k - 1);
    const bool opens = q == "\xE2\x80\x98" || (q == "'" && (k < 2 || t[k - 2].end < t[k - 1].begin) && t[k - 1].end == t[k].begin);
    if (opens) return false;
  }
  return true;
}

/// Whether `w` is a hyphen or a dash ("-", "–", "—").
inline bool isDash(std::string_view w) { return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94"; }

/// Whether sentence `s` opens with the media-advisory label `label` (lower case: "who",
/// "what", "where", "when") and a colon: "WHO: International Center La Strada".
inline bool opensWithLabel(const Text& text, const Sentence& s, std::string_view label) {
  return s.endToken - s.firstToken > 2 && text.lower(s.firstToken) == label && text.token(s.firstToken + 1) == ":";
}

/// The code point at `s[i]` and its length in bytes (1 for invalid bytes).
std::pair<char32_t, int> decodeUtf8(std::string_view s, std::size_t i);

}  // namespace pressgraph
