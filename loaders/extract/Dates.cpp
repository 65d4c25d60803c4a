// SPDX-License-Identifier: MIT
// Date expressions over tokens: day-month, month-day, ranges, ordinals, optional year.
#include "loaders/extract/Dates.h"

#include <cctype>

#include "graph/Names.h"

#include <array>
#include <cstdio>

namespace pressgraph {
namespace {

// "22", "22nd", "1st", "3rd" -> 22, 1, 3; 0 if not a day of the month.
int dayNumber(std::string_view w) {
  std::size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  const std::string_view suffix = w.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  int d = 0;
  for (std::size_t i = 0; i < digits; ++i) d = d * 10 + (w[i] - '0');
  return d >= 1 && d <= 31 ? d : 0;
}

int yearNumber(std::string_view w) {
  if (w.size() != 4) return 0;
  int y = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return y >= 1900 && y <= 2100 ? y : 0;
}

bool isRangeWord(std::string_view w) {
  return isDash(w) || w == "and" || w == "to" || w == "," || w == "&" ||
         w == "through" || w == "until" || w == "y" || w == "e" || w == "et" || w == "al" || w == "au";
}

// "agosto", "août", "março": a month in Spanish, Portuguese or French, written in lower case
// after a day ("5 de agosto de 2019", "le 5 août 2019"); 0 if none.
int romanceMonthNumber(std::string_view w) {
  static constexpr std::array<std::array<std::string_view, 4>, 12> NAMES = {{
      {"enero", "janeiro", "janvier", ""},           {"febrero", "fevereiro", "f\xC3\xA9vrier", ""},
      {"marzo", "mar\xC3\xA7o", "mars", ""},         {"abril", "avril", "", ""},
      {"mayo", "maio", "mai", ""},                   {"junio", "junho", "juin", ""},
      {"julio", "julho", "juillet", ""},             {"agosto", "ao\xC3\xBBt", "", ""},
      {"septiembre", "setiembre", "setembro", "septembre"}, {"octubre", "outubro", "octobre", ""},
      {"noviembre", "novembro", "novembre", ""},     {"diciembre", "dezembro", "d\xC3\xA9" "cembre", ""},
  }};
  if (w.empty()) return 0;
  for (std::size_t i = 0; i < NAMES.size(); ++i)
    for (std::string_view name : NAMES[i])
      if (!name.empty() && w == name) return static_cast<int>(i) + 1;
  return 0;
}

// "14-15" tokenizes as one word joined by '-'? No: the tokenizer only joins '-' between
// letters/digits, so "14-15" is one token; split it here.
bool splitDayRange(std::string_view w, int& a, int& b) {
  const auto dash = w.find('-');
  if (dash == std::string_view::npos) return false;
  a = dayNumber(w.substr(0, dash));
  b = dayNumber(w.substr(dash + 1));
  return a && b && a < b;
}

}  // namespace

std::string Date::iso() const {
  char buf[16];
  if (year && month && day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (year && month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else if (month && day) std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  else if (year) std::snprintf(buf, sizeof buf, "%04d", year);
  else return {};
  return buf;
}

int monthNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 12> FULL = {"january", "february", "march",     "april",   "may",      "june",
                                                            "july",    "august",   "september", "october", "november", "december"};
  // Called for most capitalized tokens: lowered on the stack.
  if (w.size() < 3 || w.size() > 10) return 0;
  char buffer[10];
  std::string_view lower = asciiLower(w, buffer);
  if (lower.back() == '.') lower.remove_suffix(1);
  for (int i = 0; i < 12; ++i) {
    if (lower == FULL[static_cast<std::size_t>(i)]) return i + 1;
    if (lower.size() >= 3 && lower.size() < FULL[static_cast<std::size_t>(i)].size() && FULL[static_cast<std::size_t>(i)].starts_with(lower) &&
        (lower.size() == 3 || lower == "sept"))
      return i + 1;
  }
  return 0;
}

namespace {

// The tokens [.., end) of one findDates call, read as words and months.
struct DateTokens {
  const Text& text;
  std::uint32_t end;
  std::string_view word(std::uint32_t i) const { return i < end ? text.token(i) : std::string_view(); }
  // Month names must be capitalized ("may" is a verb); "March" at a sentence start is still a month.
  int month(std::uint32_t i) const { return i < end && text.tokens()[i].capitalized ? monthNumber(word(i)) : 0; }
};

// Day first at `i`: "14 November", "14-15 November", "21st and 22nd February", "21, 22 September
// 2016", "26, 27 and 28 September 2016", "5 de agosto de 2019".
std::optional<DateMention> dayFirstDate(const DateTokens& t, std::uint32_t i) {
  int a = 0, b = 0;
  if (!(a = dayNumber(t.word(i))) && !splitDayRange(t.word(i), a, b)) return std::nullopt;
  std::uint32_t j = i + 1;
  // "26, 27 and 28 September": a list of days runs from the first to the last.
  while (j + 1 < t.end && isRangeWord(t.word(j)) && dayNumber(t.word(j + 1)) > std::max(a, b)) {
    b = dayNumber(t.word(j + 1));
    j += 2;
  }
  if (t.word(j) == "day" && t.word(j + 1) == "of") ++j;  // "29th day of May 2023", as formal texts date
  if (t.word(j) == "of" || t.word(j) == "de") ++j;  // "14th of May", "5 de agosto"
  const int mo = t.month(j) ? t.month(j) : romanceMonthNumber(t.text.lower(std::min(j, t.end - 1)));
  if (!mo) return std::nullopt;
  DateMention m;
  m.first = i;
  m.start = Date{0, mo, a};
  if (b > a) m.end_ = Date{0, mo, b};
  j += 1;
  if (t.word(j) == ",") ++j;
  if (t.word(j) == "de" && yearNumber(t.word(j + 1))) ++j;  // "5 de agosto de 2019"
  if (int y = yearNumber(t.word(j))) {
    m.start.year = y;
    if (!m.end_.empty()) m.end_.year = y;
    ++j;
  } else if (t.word(j - 1) == ",") {
    --j;
  }
  m.end = j;
  return m;
}

// Month first at `i`: "May 22 2014", "May 22nd, 2014", "April 27", "September 26-27, 2016",
// "January 2024", "between April and July 2016".
std::optional<DateMention> monthFirstDate(const DateTokens& t, std::uint32_t i) {
  const int mo = t.month(i);
  if (!mo) return std::nullopt;
  DateMention m;
  m.first = i;
  std::uint32_t j = i + 1;
  int a = dayNumber(t.word(j)), b = 0;
  if (!a) splitDayRange(t.word(j), a, b);
  if (a) {
    ++j;
    const std::string_view joint = t.word(j);
    if (!b && j + 1 < t.end && (joint == "-" || joint == "\xE2\x80\x93" || joint == "and") && dayNumber(t.word(j + 1))) {
      b = dayNumber(t.word(j + 1));
      j += 2;
    }
    m.start = Date{0, mo, a};
    if (b > a) m.end_ = Date{0, mo, b};
    std::uint32_t k = j;
    if (t.word(k) == ",") ++k;
    if (int y = yearNumber(t.word(k))) {
      m.start.year = y;
      if (!m.end_.empty()) m.end_.year = y;
      j = k + 1;
    }
    m.end = j;
    return m;
  }
  if (int y = yearNumber(t.word(j))) {
    m.end = j + 1;
    m.start = Date{y, mo, 0};
    return m;
  }
  // "between April and July 2016", "from May to June 2021": a range of months.
  const std::string_view joint = t.word(j);
  if ((joint == "and" || joint == "to" || joint == "-" || joint == "\xE2\x80\x93" || joint == "through") && t.month(j + 1))
    if (int y = yearNumber(t.word(j + 2))) {
      m.end = j + 3;
      m.start = Date{y, mo, 0};
      m.end_ = Date{y, t.month(j + 1), 0};
      return m;
    }
  return std::nullopt;
}

// Year first at `i`: "2008 June 18 - 24", as East Asian sites date their pages.
std::optional<DateMention> yearFirstDate(const DateTokens& t, std::uint32_t i) {
  const int y = yearNumber(t.word(i));
  if (!y) return std::nullopt;
  std::optional<DateMention> m = monthFirstDate(t, i + 1);
  if (!m || m->start.year || !m->start.day) return std::nullopt;
  m->first = i;
  m->start.year = y;
  if (!m->end_.empty()) m->end_.year = y;
  return m;
}

}  // namespace

std::vector<DateMention> findDates(const Text& text, std::uint32_t first, std::uint32_t end) {
  std::vector<DateMention> out;
  const DateTokens tokens{text, end};
  for (std::uint32_t i = first; i < end; ++i) {
    std::optional<DateMention> m = dayFirstDate(tokens, i);
    if (!m) m = monthFirstDate(tokens, i);
    if (!m) m = yearFirstDate(tokens, i);
    if (!m) continue;
    out.push_back(*m);
    i = m->end - 1;
  }
  return out;
}

std::optional<Date> parseDate(std::string_view s) {
  if (s.size() >= 10 && yearNumber(s.substr(0, 4)) && s[4] == '-' && s[7] == '-') {
    Date d{yearNumber(s.substr(0, 4)), (s[5] - '0') * 10 + (s[6] - '0'), (s[8] - '0') * 10 + (s[9] - '0')};
    if (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) return d;
  }
  const Text text{std::string(s)};
  const auto dates = findDates(text, 0, static_cast<std::uint32_t>(text.tokens().size()));
  if (!dates.empty()) return dates.front().start;
  return std::nullopt;
}

namespace {

// Days since 1970-01-01 and back (H. Hinnant's civil calendar algorithms).
long daysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int weekdayNumber(std::string_view w) {  // 0 = Sunday
  static constexpr std::string_view DAYS[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (int i = 0; i < 7; ++i)
    if (w == DAYS[i]) return i;
  return -1;
}

}  // namespace

std::optional<DateMention> findRelativeDate(const Text& text, std::uint32_t first, std::uint32_t end, const Date& anchor) {
  if (!anchor.year || !anchor.month || !anchor.day) return std::nullopt;
  const long today = daysFromCivil(anchor.year, anchor.month, anchor.day);
  bool future = false;
  for (std::uint32_t i = first; i < end; ++i) {
    const std::string_view w = text.lower(i);
    future = future || w == "will" || w == "upcoming" || w == "tomorrow" || w == "next";
  }
  auto mention = [&](std::uint32_t a, std::uint32_t b, long day, long lastDay) {
    DateMention m{a, b, civilFromDays(day), {}};
    if (lastDay > day) m.end_ = civilFromDays(lastDay);
    return m;
  };
  for (std::uint32_t i = first; i < end; ++i) {
    const std::string_view w = text.lower(i);
    if (w == "today") return mention(i, i + 1, today, today);
    if (w == "yesterday") return mention(i, i + 1, today - 1, today - 1);
    if (w == "tomorrow") return mention(i, i + 1, today + 1, today + 1);
    const int wd = weekdayNumber(w);
    if (wd < 0) continue;
    const std::string_view before = i > first ? text.lower(i - 1) : std::string_view{};
    const int todayWd = static_cast<int>(((today % 7) + 11) % 7);  // 1970-01-01 was a Thursday
    long day;
    if (before == "last" || (!future && before != "next")) {
      const int back = (todayWd - wd + 7) % 7;
      day = today - (before == "last" && back == 0 ? 7 : back);
    } else {
      const int ahead = (wd - todayWd + 7) % 7;
      day = today + (before == "next" && ahead == 0 ? 7 : ahead);
    }
    // "on Tuesday and Wednesday": a two-day event.
    long lastDay = day;
    std::uint32_t last = i + 1;
    if (i + 2 < end && (text.lower(i + 1) == "and" || text.lower(i + 1) == "to" || text.token(i + 1) == "-")) {
      const int wd2 = weekdayNumber(text.lower(i + 2));
      if (wd2 >= 0) {
        lastDay = day + (wd2 - wd + 7) % 7;
        last = i + 3;
      }
    }
    return mention(i, last, day, lastDay);
  }
  return std::nullopt;
}

namespace {

// "2024-11-08": ten characters, digits but for the two dashes.
bool isIsoDate(std::string_view s) {
  if (s.size() != 10) return false;
  for (std::size_t k = 0; k < 10; ++k)
    if ((k == 4 || k == 7) ? s[k] != '-' : !std::isdigit(static_cast<unsigned char>(s[k]))) return false;
  return true;
}

}  // namespace

std::optional<Date> numericDate(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i])) || (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1]))))
      continue;
    // "date 2024-11-08", "Published: 2019-11-06": an ISO date, as scrapers and sites stamp pages.
    if (const std::string_view iso = s.substr(i, 10); isIsoDate(iso) && (i + 10 == s.size() || !std::isalnum(static_cast<unsigned char>(s[i + 10]))))
      if (const auto d = parseDate(iso); d && d->year >= 1900 && d->year <= 2100) return d;
    int parts[3] = {0, 0, 0};
    std::size_t j = i, digits = 0;
    int k = 0;
    char separator = 0;
    for (; j < s.size() && k < 3; ++j) {
      const char c = s[j];
      if (std::isdigit(static_cast<unsigned char>(c)) && digits < 4) {
        parts[k] = parts[k] * 10 + (c - '0');
        ++digits;
      } else if ((c == '/' || c == '.') && digits > 0 && digits <= 2 && k < 2 && (!separator || c == separator)) {
        separator = c;
        ++k;
        digits = 0;
      } else {
        break;
      }
    }
    if (k != 2 || (digits != 4 && digits != 2)) continue;
    if (digits == 2) parts[2] += parts[2] < 70 ? 2000 : 1900;  // "15/02/11": a page stamp of this century
    if (parts[2] < 1900 || parts[2] > 2100) continue;
    if (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) continue;
    const int a = parts[0], b = parts[1];
    if (a < 1 || b < 1 || a > 31 || b > 31) continue;
    if (a > 12 && b <= 12) return Date{parts[2], b, a};
    if (b > 12 && a <= 12) return Date{parts[2], a, b};
    return Date{parts[2], 0, 0};
  }
  return std::nullopt;
}

}  // namespace pressgraph
