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
  CHECK(startOf("held on 8-9 June") == "--06-08");
  CHECK(endOf("held on 8-9 June") == "--06-09");
  CHECK(startOf("on 4th and 5th December 2019") == "2019-12-04");
  CHECK(endOf("on 4th and 5th December 2019") == "2019-12-05");
  CHECK(startOf("on 17, 18 October 2011") == "2011-10-17");
  CHECK(startOf("the 2nd of April") == "--04-02");
}

TEST_CASE("month-first dates", "[loaders][extract]") {
  CHECK(startOf("On June 30 2018 the office opened") == "2018-06-30");
  CHECK(startOf("Thursday, March 7th, 2019") == "2019-03-07");
  CHECK(startOf("from October 2-4, 2017") == "2017-10-02");
  CHECK(endOf("from October 2-4, 2017") == "2017-10-04");
  CHECK(startOf("In January 2020 the law") == "2020-01");
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
