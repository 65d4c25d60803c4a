// SPDX-License-Identifier: MIT
// Line-based chrome removal and paragraph joining.
#include "loaders/Cleaner.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <vector>

namespace pressgraph {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// "mailto:" residue of a broken link: `"mailto:a@b.org">a@b.org` keeps only the visible text;
// a bare `mailto:a@b.org` keeps the address.
std::string removeMailtoResidue(std::string_view line) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t m = line.find("mailto:", pos);
    if (m == std::string_view::npos) break;
    std::size_t start = m;
    if (start > pos && line[start - 1] == '"') --start;
    std::size_t end = m + 7;
    while (end < line.size() && line[end] != '"' && line[end] != '>' && line[end] != ' ') ++end;
    std::size_t close = end;
    if (close < line.size() && line[close] == '"') ++close;
    const bool linkResidue = close < line.size() && line[close] == '>';
    out.append(line.substr(pos, start - pos));
    if (linkResidue) {
      pos = close + 1;  // the visible text follows
    } else {
      out.append(line.substr(m + 7, end - m - 7));
      pos = close;
    }
  }
  out.append(line.substr(pos));
  return out;
}

// Tags left in text by a careless scraper: "<p>", "</a>", "<br/>".
std::string removeTags(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '<') {
      const std::size_t close = line.find('>', i);
      const bool tagLike = close != std::string_view::npos && close - i < 200 && i + 1 < line.size() &&
                           (std::isalpha(static_cast<unsigned char>(line[i + 1])) || line[i + 1] == '/' || line[i + 1] == '!');
      if (tagLike) {
        i = close;
        // "<p>a</p><p>b" must not glue words; "<b>IOM</b> Almaty" must not double the space.
        const bool spaceNext = i + 1 >= line.size() || line[i + 1] == ' ';
        if (!out.empty() && out.back() != ' ' && !spaceNext) out.push_back(' ');
        continue;
      }
    }
    out.push_back(line[i]);
  }
  return out;
}

bool endsSentence(std::string_view line) {
  if (line.empty()) return true;
  static constexpr std::string_view ENDS[] = {".", "!", "?", ":", ";", "\"", "\xE2\x80\x9D" /* ” */, ")"};
  for (auto e : ENDS)
    if (line.ends_with(e)) return true;
  return false;
}

bool startsLower(std::string_view line) { return !line.empty() && std::islower(static_cast<unsigned char>(line[0])); }

bool lastWordLower(std::string_view line) {
  const auto space = line.find_last_of(' ');
  const std::string_view word = space == std::string_view::npos ? line : line.substr(space + 1);
  return !word.empty() && std::islower(static_cast<unsigned char>(word[0]));
}

std::size_t wordCount(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool w = c != ' ' && c != '\t';
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// A menu item: a short bulleted or marked line ("- Where we work", ">> Newsletter").
bool isMenuItem(std::string_view line) {
  if (line == "-" || line == "|" || line == "\xE2\x80\xA2") return true;
  if ((line.starts_with("- ") || line.starts_with(">>") || line.starts_with("\xE2\x80\xA2 ")) && wordCount(line) <= 6 &&
      !endsSentence(line))
    return true;
  return false;
}

// The code points of a UTF-8 word if every one is a Latin-1 letter from À to ÿ (or Ё/ё's
// Latin-1 twins ¨/¸), as Windows-1251 Cyrillic read as Latin-1 looks; empty otherwise.
std::string latin1Bytes(std::string_view word) {
  std::string bytes;
  for (std::size_t i = 0; i < word.size(); i += 2) {
    const auto b0 = static_cast<unsigned char>(word[i]);
    if (i + 1 >= word.size() || (b0 != 0xC3 && b0 != 0xC2)) return {};
    const auto b1 = static_cast<unsigned char>(word[i + 1]);
    const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
    if (cp < 0xC0 && cp != 0xA8 && cp != 0xB8) return {};
    bytes.push_back(static_cast<char>(cp));
  }
  return bytes.size() >= 4 ? bytes : std::string();  // no Latin word is four accented letters
}

}  // namespace

std::string repairCp1251Mojibake(std::string_view text) {
  if (text.find('\xC3') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t') ++end;
    const std::string_view word = text.substr(i, end - i);
    const std::string bytes = latin1Bytes(word);
    bool repaired = false;
    if (!bytes.empty()) {
      UErrorCode status = U_ZERO_ERROR;
      std::string utf8(bytes.size() * 3 + 1, '\0');
      const int32_t n = ucnv_convert("UTF-8", "windows-1251", utf8.data(), static_cast<int32_t>(utf8.size()), bytes.data(),
                                     static_cast<int32_t>(bytes.size()), &status);
      if (U_SUCCESS(status)) {
        out.append(utf8.data(), static_cast<std::size_t>(n));
        repaired = true;
      }
    }
    if (!repaired) out.append(word);
    if (end < text.size()) out.push_back(text[end]);
    i = end + 1;
  }
  return out;
}

std::string decodeEntities(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  struct Named {
    std::string_view name;
    std::uint32_t cp;
  };
  static constexpr Named NAMED[] = {{"amp", '&'},       {"lt", '<'},         {"gt", '>'},        {"quot", '"'},
                                    {"apos", '\''},     {"nbsp", ' '},       {"ndash", 0x2013},  {"mdash", 0x2014},
                                    {"rsquo", 0x2019},  {"lsquo", 0x2018},   {"rdquo", 0x201D},  {"ldquo", 0x201C},
                                    {"hellip", 0x2026}, {"laquo", 0xAB},     {"raquo", 0xBB},    {"eacute", 0xE9},
                                    {"copy", 0xA9},     {"bull", 0x2022},    {"middot", 0xB7},   {"uuml", 0xFC}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      const std::size_t semi = text.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) {
        const std::string_view ref = text.substr(i + 1, semi - i - 1);
        std::uint32_t cp = 0;
        bool ok = false;
        if (ref.size() > 1 && ref[0] == '#') {
          const bool hex = ref[1] == 'x' || ref[1] == 'X';
          const std::string_view digits = ref.substr(hex ? 2 : 1);
          ok = !digits.empty();
          for (char c : digits) {
            const int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                          : hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10)
                                                                               : -1;
            if (v < 0 || cp > 0x10FFFF) {
              ok = false;
              break;
            }
            cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
          }
          ok = ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        } else {
          for (const auto& n : NAMED)
            if (n.name == ref) cp = n.cp, ok = true;
        }
        if (ok) {
          appendUtf8(out, cp == 0xA0 ? ' ' : cp);
          i = semi;
          continue;
        }
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

// "WHATPress conference ...", "WHOInternational Center ...": a media advisory's label glued to
// its value where the page set the label in bold. Writes "WHAT: Press conference ...".
std::string separateAdvisoryLabel(std::string line) {
  for (std::string_view label : {"WHO", "WHAT", "WHERE", "WHEN", "WHY"}) {
    if (!line.starts_with(label) || line.size() < label.size() + 2) continue;
    const auto a = static_cast<unsigned char>(line[label.size()]), b = static_cast<unsigned char>(line[label.size() + 1]);
    if (std::isupper(a) && std::islower(b)) line.insert(label.size(), ": ");
    break;
  }
  return line;
}

std::string cleanText(std::string_view text) {
  std::vector<std::string> lines;
  std::string previous;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line = separateAdvisoryLabel(
        std::string(trim(removeMailtoResidue(removeTags(repairCp1251Mojibake(decodeEntities(text.substr(pos, end - pos))))))));
    pos = end + 1;
    if (line.empty()) {
      if (!lines.empty() && !lines.back().empty()) lines.emplace_back();
      previous.clear();
      continue;
    }
    if (isMenuItem(line)) continue;
    // "Who we are" followed by "WHO WE AREThe International ...": a blurb glued to its heading.
    if (!previous.empty() && line.size() > previous.size() && equalsIgnoreCase(std::string_view(line).substr(0, previous.size()), previous) &&
        std::isalpha(static_cast<unsigned char>(line[previous.size()]))) {
      if (!lines.empty() && lines.back() == previous) lines.pop_back();
      previous.clear();
      continue;
    }
    // A menu heading repeated on the next line ("What We Do" / "What We Do").
    if (line == previous && !endsSentence(line)) {
      if (!lines.empty() && lines.back() == line) lines.pop_back();
      continue;
    }
    previous = line;
    lines.push_back(std::move(line));
  }

  // Hard-wrapped text: lines of nearly one width continue on the next line. The width is that
  // of lines that visibly continue (the next starts in lower case); a line that long, without
  // final punctuation, continues too, even before a capital ("the Swedish / International").
  std::size_t wrapWidth = 0;
  int wrapped = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i)
    if (!lines[i].empty() && !endsSentence(lines[i]) && startsLower(lines[i + 1]) && lines[i].size() >= 40) {
      wrapWidth = std::max(wrapWidth, lines[i].size());
      ++wrapped;
    }
  if (wrapped < 2) wrapWidth = 0;

  // Join lines wrapped inside a sentence into one paragraph line.
  std::string out;
  bool paragraphOpen = false;
  std::string_view last;
  for (const std::string& line : lines) {
    if (line.empty()) {
      if (paragraphOpen) out.push_back('\n');
      paragraphOpen = false;
      continue;
    }
    // Contact lines ("..., restrepo@unhcr.org, +57 1 546 3666") are lines of their own.
    const bool contactLine = (!last.empty() && (last.find('@') != std::string_view::npos || std::isdigit(static_cast<unsigned char>(last.back())))) ||
                             line.starts_with("Tel") || line.starts_with("Phone") || line.starts_with("E-mail") ||
                             line.starts_with("Email") || line.starts_with("Mobile") || line.starts_with("Fax");
    const bool nearWidth = wrapWidth && !contactLine && last.size() * 10 >= wrapWidth * 7 && last.size() <= wrapWidth + 8;
    const bool join = paragraphOpen && !endsSentence(last) &&
                      (startsLower(line) || (last.size() >= 40 && lastWordLower(last)) || nearWidth);
    if (join) {
      out.push_back(' ');
    } else if (paragraphOpen) {
      out.push_back('\n');
    }
    out += line;
    paragraphOpen = true;
    last = line;
  }
  if (paragraphOpen) out.push_back('\n');
  return out;
}

}  // namespace pressgraph
