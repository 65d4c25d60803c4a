// SPDX-License-Identifier: MIT
// Date expressions as press releases write them.
#include <catch2/catch.hpp>

#include "loaders/extract/Dates.h"

using namespace pressgraph;

namespace {

std::vector<DateMention> datesIn(const std::string& s) {
  static std::vector<Text> keep;  // DateMentions refer to tokens; keep the text alive
  keep.emplace_back(s);
  return findDates(keep.back(), 0, static_cast<std::uint32_t>(keep.back().tokens().size()));
}

std::string startOf(const std::string& s) {
  const auto d = datesIn(s);
  return d.empty() ? "" : d.front().start.iso();
}

std::string endOf(const std::string& s) {
  const auto d = datesIn(s);
  return d.empty() ? "" : d.front().end_.iso();
}

}  // namespace

TEST_CASE("day-first dates, with and without a year, single and ranges", "[loaders][extract]") {
  CHECK(startOf("The seminar opens on 3 March 2022 in Accra.") == "2022-03-03");
  CHECK(startOf("launched on Monday, 29th day of May 2023.") == "2023-05-29");
  CHECK(startOf("held on 8-9 June") == "--06-08");
  CHECK(endOf("held on 8-9 June") == "--06-09");
  CHECK(startOf("on 4th and 5th December 2019") == "2019-12-04");
  CHECK(endOf("on 4th and 5th December 2019") == "2019-12-05");
  CHECK(startOf("on 17, 18 October 2011") == "2011-10-17");
  // A list of days runs from its first to its last.
  CHECK(startOf("a training in Tunisia on 26, 27 and 28 September 2016") == "2016-09-26");
  CHECK(endOf("a training in Tunisia on 26, 27 and 28 September 2016") == "2016-09-28");
  CHECK(startOf("the 2nd of April") == "--04-02");
}

TEST_CASE("day-first dates in Spanish, Portuguese and French, months in lower case", "[loaders][extract]") {
  CHECK(startOf("el seminario del 5 de agosto de 2019 en Temuco") == "2019-08-05");
  CHECK(startOf("Entre el 5 y 6 de agosto, la Fundación") == "--08-05");
  CHECK(endOf("Entre el 5 y 6 de agosto, la Fundación") == "--08-06");
  CHECK(startOf("realizado em 24 de março de 2017") == "2017-03-24");
  CHECK(startOf("le 12 d\u00e9cembre 2018 \u00e0 Paris") == "2018-12-12");
  CHECK(startOf("le 3 juin") == "--06-03");
  // A day before a word that is no month is no date.
  CHECK(startOf("a las 5 de la tarde") == "");
}

TEST_CASE("month-first dates", "[loaders][extract]") {
  CHECK(startOf("On June 30 2018 the office opened") == "2018-06-30");
  // The year first, as East Asian sites date: "2008 June 18 - 24".
  CHECK(startOf("2008 June 18 - 24 [ LABOR] Unions hold a symposium") == "2008-06-18");
  CHECK(endOf("2008 June 18 - 24 [ LABOR] Unions hold a symposium") == "2008-06-24");
  CHECK(startOf("Thursday, March 7th, 2019") == "2019-03-07");
  CHECK(startOf("from October 2-4, 2017") == "2017-10-02");
  CHECK(endOf("from October 2-4, 2017") == "2017-10-04");
  CHECK(startOf("In January 2020 the law") == "2020-01");
  // A range of months runs from the first to the second, in the year after them.
  CHECK(startOf("conducted between April and July 2016") == "2016-04");
  CHECK(endOf("conducted between April and July 2016") == "2016-07");
  CHECK(startOf("from May to June 2021") == "2021-05");
  CHECK(endOf("from May to June 2021") == "2021-06");
}

TEST_CASE("words that only look like months are not dates", "[loaders][extract]") {
  CHECK(datesIn("Migrants may 12 times apply").empty());
  CHECK(datesIn("He said 12 may be enough").empty());
  CHECK(datesIn("Room 12, third floor").empty());
}

TEST_CASE("ISO and free-text metadata dates", "[loaders][extract]") {
  REQUIRE(parseDate("2023-09-21T09:00:00Z").has_value());
  CHECK(parseDate("2023-09-21T09:00:00Z")->iso() == "2023-09-21");
  CHECK(parseDate("21 September 2023")->iso() == "2023-09-21");
  CHECK_FALSE(parseDate("yesterday").has_value());
}

namespace {
// Start and end of the relative date in `s`, against a page dated `anchor`.
std::pair<std::string, std::string> relativeIn(const std::string& s, Date anchor) {
  const Text text(s);
  const auto m = findRelativeDate(text, 0, static_cast<std::uint32_t>(text.tokens().size()), anchor);
  return m ? std::pair{m->start.iso(), m->end_.iso()} : std::pair<std::string, std::string>{};
}
}  // namespace

TEST_CASE("relative days resolve against the page's date", "[loaders][extract]") {
  const Date friday{2019, 10, 11};  // a Friday
  CHECK(relativeIn("The forum opened on Thursday.", friday).first == "2019-10-10");
  CHECK(relativeIn("The forum opened on Friday.", friday).first == "2019-10-11");
  CHECK(relativeIn("The forum will open on Thursday.", friday).first == "2019-10-17");
  CHECK(relativeIn("Partners met last Friday.", friday).first == "2019-10-04");
  CHECK(relativeIn("Partners will meet next Monday.", friday).first == "2019-10-14");
  CHECK(relativeIn("The campaign was launched yesterday.", friday).first == "2019-10-10");
  CHECK(relativeIn("The campaign starts today.", friday).first == "2019-10-11");
  CHECK(relativeIn("Delegates met on Tuesday and Wednesday.", friday) == std::pair<std::string, std::string>{"2019-10-08", "2019-10-09"});
  // Across a year's end and a leap day.
  CHECK(relativeIn("It opened on Monday.", Date{2020, 1, 1}).first == "2019-12-30");
  CHECK(relativeIn("It opened yesterday.", Date{2024, 3, 1}).first == "2024-02-29");
}

TEST_CASE("relative days need a full page date and a day word", "[loaders][extract]") {
  CHECK(relativeIn("The forum opened on Thursday.", Date{2019, 10, 0}).first.empty());
  CHECK(relativeIn("The forum opened this week.", Date{2019, 10, 11}).first.empty());
}

TEST_CASE("a page's numeric stamp: day and month in either order, or ISO", "[loaders][extract]") {
  CHECK(numericDate("Posted 15/02/2011 by admin")->iso() == "2011-02-15");
  CHECK(numericDate(" date 2024-11-08 Australia Hosts Annual Meeting")->iso() == "2024-11-08");
  CHECK_FALSE(numericDate("call 2024-11-081 now").has_value());
  CHECK_FALSE(numericDate("code 2024-1/-05").has_value());
  CHECK_FALSE(numericDate("about 150 people").has_value());
}
