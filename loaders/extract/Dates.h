// SPDX-License-Identifier: MIT
// Dates as press releases write them: "14-15 November", "May 22nd 2014", "21, 22 September 2016".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "loaders/extract/Text.h"

namespace pressgraph {

/// A calendar date as precise as the text is; 0 means "not given".
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  bool empty() const { return month == 0 && year == 0; }
  /// ISO 8601 as precise as known: "2016-09-26", "2016-09", "--11-14", "2014"; "" when empty.
  std::string iso() const;
  bool operator==(const Date&) const = default;
};

/// A date expression found in the text, with the token span it covers.
struct DateMention {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  Date start;
  Date end_;  ///< the last day of a range, or empty
};

/// Every date expression in tokens [first, end), left to right.
std::vector<DateMention> findDates(const Text& text, std::uint32_t first, std::uint32_t end);

/// "on Thursday", "last Tuesday", "yesterday", "today", "on Tuesday and Wednesday" in tokens
/// [first, end), resolved against `anchor`, the page's full date (GUIDELINES: relative dates
/// are resolved against the dateline or publication date). A bare weekday is the last one on
/// or before the anchor, or the next one on or after it when the sentence speaks of the
/// future ("will", "upcoming"). Nothing without a full anchor.
std::optional<DateMention> findRelativeDate(const Text& text, std::uint32_t first, std::uint32_t end, const Date& anchor);

/// A page's stamp in numbers, the first in `s`: "4/23/2004 12:57:00 PM", "23.04.2004",
/// "15/02/11" (two-digit years are 1970-2069). Which number is the month is known only when
/// the other one is above 12; else only the year is kept.
std::optional<Date> numericDate(std::string_view s);

/// 1-12 for an English month name or its abbreviation ("Sept", "Nov"), else 0.
int monthNumber(std::string_view word);

/// A date from a metadata string: ISO ("2016-09-26", "2016-09-26T10:00Z"), or anything
/// findDates() understands.
std::optional<Date> parseDate(std::string_view s);

}  // namespace pressgraph
