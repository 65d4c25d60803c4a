// SPDX-License-Identifier: MIT
// events() and timeline(): filters, partial dates, dates without a year, date order.
#include <catch2/catch.hpp>

#include "queries/Events.h"
#include "tests/queries/QueryTestHelpers.h"

using namespace pressgraph;
using test::QueryFixture;

namespace {

std::vector<NodeId> ids(const std::vector<EventRow>& rows) {
  std::vector<NodeId> out;
  for (const auto& r : rows) out.push_back(r.event);
  return out;
}

// The fixture, with dates: A on one day, B over a month, C without a year, and D undated.
struct DatedFixture : QueryFixture {
  NodeId eventD;
  DatedFixture() {
    g.addLiteral(eventA, Property::StartDate, "2016-05-12");
    g.addLiteral(eventA, Property::EndDate, "2016-05-13");
    g.addLiteral(eventA, Property::EventType, "Workshop");
    g.addLiteral(eventB, Property::StartDate, "2016-04");
    g.addLiteral(eventB, Property::EventType, "Conference");
    g.addLiteral(eventC, Property::StartDate, "--11-14");
    eventD = g.addNode(NodeKind::Event, "event/d", "Another forum");
    g.addEdge(eventD, Relation::Organizer, iom);
  }
  std::vector<NodeId> between(const char* from, const char* to) const {
    EventFilter filter;
    if (from) filter.from = dateSpan(from)->first;
    if (to) filter.to = dateSpan(to)->last;
    return ids(events(g, filter));
  }
};

}  // namespace

TEST_CASE("a whole or partial ISO date spans its days, and other text is no date", "[queries]") {
  const auto check = [](std::string_view date, std::string_view first, std::string_view last) {
    INFO(date);
    const auto span = dateSpan(date);
    REQUIRE(span.has_value());
    CHECK(span->first == first);
    CHECK(span->last == last);
  };
  check("2016", "2016-01-01", "2016-12-31");
  check("2016-02", "2016-02-01", "2016-02-29");  // a leap year
  check("1900-02", "1900-02-01", "1900-02-28");  // not one
  check("2000-02", "2000-02-01", "2000-02-29");
  check("2016-11", "2016-11-01", "2016-11-30");
  check("2016-05-12", "2016-05-12", "2016-05-12");
  for (std::string_view bad : {"", "16", "2016-5", "2016-13", "2016-00", "2016-02-30", "2016-05-00", "2016-05-12T10",
                               "--11-14", "20l6", "2016/05/12", "2016-05-1x"}) {
    INFO(bad);
    CHECK_FALSE(dateSpan(bad).has_value());
  }
}

TEST_CASE("events come in date order: dated, then without a year, then undated", "[queries]") {
  DatedFixture f;
  CHECK(ids(events(f.g, {})) == std::vector<NodeId>{f.eventB, f.eventA, f.eventC, f.eventD});
  const auto rows = events(f.g, {});
  CHECK(rows[1].start == "2016-05-12");
  CHECK(rows[1].end == "2016-05-13");
  CHECK(rows[1].type == "Workshop");
  CHECK(rows[1].places == std::vector<NodeId>{f.moscow});
  CHECK(f.names(rows[1].organizers) == std::vector<std::string_view>{"IOM Moscow", "International Labour Organization"});
  CHECK(rows[3].start.empty());
}

TEST_CASE("a date range keeps the events that overlap it, and leaves out those it cannot place", "[queries]") {
  DatedFixture f;
  CHECK(f.between("2016", nullptr) == std::vector<NodeId>{f.eventB, f.eventA});
  CHECK(f.between("2016-05", "2016-05") == std::vector<NodeId>{f.eventA});
  CHECK(f.between("2016-05-13", nullptr) == std::vector<NodeId>{f.eventA});  // its last day
  CHECK(f.between("2016-05-14", nullptr).empty());
  CHECK(f.between(nullptr, "2016-04-01") == std::vector<NodeId>{f.eventB});  // B's month began
  CHECK(f.between("2016-04-30", "2016-04-30") == std::vector<NodeId>{f.eventB});
  CHECK(f.between(nullptr, "2015").empty());
  // Without a year, 14 November cannot be placed in any year: left out whenever a bound is given.
  for (const auto& rows : {f.between("2000", "2030"), f.between("2016-11", "2016-11")}) {
    CHECK(std::find(rows.begin(), rows.end(), f.eventC) == rows.end());
    CHECK(std::find(rows.begin(), rows.end(), f.eventD) == rows.end());
  }
}

TEST_CASE("events filter by organization with its offices, place, country and type", "[queries]") {
  DatedFixture f;
  CHECK(ids(events(f.g, {.organization = f.iom})) == std::vector<NodeId>{f.eventB, f.eventA, f.eventD});
  CHECK(ids(events(f.g, {.organization = f.iomMinsk})) == std::vector<NodeId>{f.eventB});
  // Any role counts here, attending too (ILO attends B).
  CHECK(ids(events(f.g, {.organization = f.ilo})) == std::vector<NodeId>{f.eventB, f.eventA, f.eventC});
  CHECK(ids(events(f.g, {.place = f.minsk})) == std::vector<NodeId>{f.eventB});
  CHECK(ids(events(f.g, {.place = f.russia})) == std::vector<NodeId>{f.eventA});  // in Moscow
  CHECK(ids(events(f.g, {.type = "workshop"})) == std::vector<NodeId>{f.eventA});
  CHECK(ids(events(f.g, {.organization = f.iom, .place = f.belarus, .type = "Conference"})) == std::vector<NodeId>{f.eventB});
  CHECK(events(f.g, {.organization = f.iom, .type = "Festival"}).empty());
}

TEST_CASE("a timeline lists the events of an organization, a place, a person or a document", "[queries]") {
  DatedFixture f;
  CHECK(ids(timeline(f.g, f.iom)) == ids(events(f.g, {.organization = f.iom})));
  CHECK(ids(timeline(f.g, f.belarus)) == std::vector<NodeId>{f.eventB});
  // Tatyana is named in the release about event B.
  CHECK(ids(timeline(f.g, f.tatyana)) == std::vector<NodeId>{f.eventB});
  CHECK(ids(timeline(f.g, f.doc)) == std::vector<NodeId>{f.eventB});
  CHECK(ids(timeline(f.g, f.eventC)) == std::vector<NodeId>{f.eventC});
  CHECK(timeline(f.g, f.osce).size() == 1);
}
