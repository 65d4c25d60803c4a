// SPDX-License-Identifier: MIT
// Event lists: filters by organization, place, type and dates; date order for partial dates.
#include "queries/Events.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "graph/Names.h"
#include "queries/Lookup.h"

namespace pressgraph {
namespace {

std::optional<unsigned> number(std::string_view digits) {
  unsigned value = 0;
  if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

unsigned daysIn(unsigned year, unsigned month) {
  static constexpr unsigned DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : DAYS[month - 1];
}

std::string twoDigits(unsigned n) { return {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)}; }

// Where an event sorts: dated ones by their days, then those whose date has no year, then
// those without a date.
struct DateOrder {
  int group;             // 0 dated, 1 year unknown, 2 undated
  std::string first, last;
  auto operator<=>(const DateOrder&) const = default;
};

std::optional<DateSpan> eventSpan(const EventRow& row) {
  const auto start = dateSpan(row.start), end = dateSpan(row.end);
  if (start && end) return DateSpan{start->first, std::max(start->last, end->last)};
  if (start) return start;
  return end;
}

DateOrder dateOrder(const EventRow& row) {
  if (auto span = eventSpan(row)) return {0, span->first, span->last};
  if (!row.start.empty() || !row.end.empty()) return {1, std::string(row.start), std::string(row.end)};
  return {2, {}, {}};
}

EventRow rowFor(const KnowledgeGraph& graph, NodeId event) {
  EventRow row{event, graph.literal(event, Property::StartDate).value_or(""),
               graph.literal(event, Property::EndDate).value_or(""),
               graph.literal(event, Property::EventType).value_or(""), {}, {}};
  for (const Edge& e : graph.outEdges(event)) {  // sorted by relation, then IRI
    if (e.relation == Relation::Location) row.places.push_back(e.to);
    if (e.relation == Relation::Organizer) row.organizers.push_back(e.to);
  }
  std::sort(row.organizers.begin(), row.organizers.end(), [&](NodeId a, NodeId b) {
    return std::pair(graph.name(a), graph.iriPath(a)) < std::pair(graph.name(b), graph.iriPath(b));
  });
  return row;
}

std::vector<EventRow> inDateOrder(const KnowledgeGraph& graph, const std::set<NodeId>& events) {
  std::vector<std::pair<DateOrder, EventRow>> keyed;
  for (NodeId event : events) {
    EventRow row = rowFor(graph, event);
    keyed.emplace_back(dateOrder(row), std::move(row));
  }
  std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    const NodeId x = a.second.event, y = b.second.event;
    return std::pair(graph.name(x), graph.iriPath(x)) < std::pair(graph.name(y), graph.iriPath(y));
  });
  std::vector<EventRow> rows;
  for (auto& [order, row] : keyed) rows.push_back(std::move(row));
  return rows;
}

// Whether `place` is `area` or lies in it (schema:containedInPlace*).
bool isWithin(const KnowledgeGraph& graph, NodeId place, NodeId area) {
  std::set<NodeId> seen;
  while (place != area) {
    if (!seen.insert(place).second) return false;
    std::optional<NodeId> up;
    for (const Edge& e : graph.outEdges(place))
      if (e.relation == Relation::ContainedInPlace) up = e.to;
    if (!up) return false;
    place = *up;
  }
  return true;
}

// Every event that has an edge (in any role but location) to the organization or an office under it.
std::set<NodeId> eventsOfOrganization(const KnowledgeGraph& graph, NodeId organization) {
  std::set<NodeId> out;
  for (NodeId x : withOffices(graph, organization))
    for (const Edge& in : graph.inEdges(x))
      if (graph.kind(in.from) == NodeKind::Event && in.relation != Relation::Location) out.insert(in.from);
  return out;
}

bool passes(const KnowledgeGraph& graph, const EventRow& row, const EventFilter& filter) {
  if (filter.type && asciiLower(row.type) != asciiLower(*filter.type)) return false;
  if (filter.place && std::none_of(row.places.begin(), row.places.end(),
                                   [&](NodeId p) { return isWithin(graph, p, *filter.place); }))
    return false;
  if (filter.from || filter.to) {
    const auto span = eventSpan(row);
    if (!span) return false;
    if (filter.from && span->last < *filter.from) return false;
    if (filter.to && span->first > *filter.to) return false;
  }
  return true;
}

}  // namespace

std::optional<DateSpan> dateSpan(std::string_view date) {
  const auto year = date.size() >= 4 ? number(date.substr(0, 4)) : std::nullopt;
  if (!year || (date.size() != 4 && date.size() != 7 && date.size() != 10)) return std::nullopt;
  const std::string y(date.substr(0, 4));
  if (date.size() == 4) return DateSpan{y + "-01-01", y + "-12-31"};
  const auto month = date[4] == '-' ? number(date.substr(5, 2)) : std::nullopt;
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  const std::string ym = y + "-" + twoDigits(*month);
  if (date.size() == 7) return DateSpan{ym + "-01", ym + "-" + twoDigits(daysIn(*year, *month))};
  const auto day = date[7] == '-' ? number(date.substr(8, 2)) : std::nullopt;
  if (!day || *day < 1 || *day > daysIn(*year, *month)) return std::nullopt;
  return DateSpan{std::string(date), std::string(date)};
}

std::vector<EventRow> events(const KnowledgeGraph& graph, const EventFilter& filter) {
  std::set<NodeId> candidates;
  if (filter.organization) {
    candidates = eventsOfOrganization(graph, *filter.organization);
  } else {
    for (NodeId id : graph.nodesByIri())
      if (graph.kind(id) == NodeKind::Event) candidates.insert(id);
  }
  std::vector<EventRow> rows = inDateOrder(graph, candidates);
  std::erase_if(rows, [&](const EventRow& row) { return !passes(graph, row, filter); });
  return rows;
}

std::vector<EventRow> timeline(const KnowledgeGraph& graph, NodeId entity) {
  std::set<NodeId> found;
  const auto eventsMentionedBy = [&](NodeId document) {
    for (const Edge& e : graph.outEdges(document))
      if (e.relation == Relation::Mentions && graph.kind(e.to) == NodeKind::Event) found.insert(e.to);
  };
  switch (graph.kind(entity)) {
    case NodeKind::Organization:
    case NodeKind::Office: return events(graph, EventFilter{.organization = entity});
    case NodeKind::City:
    case NodeKind::Country: return events(graph, EventFilter{.place = entity});
    case NodeKind::Event: found.insert(entity); break;
    case NodeKind::Document: eventsMentionedBy(entity); break;
    case NodeKind::Person:
      for (const Edge& e : graph.inEdges(entity))
        if (e.relation == Relation::Mentions) eventsMentionedBy(e.from);
      break;
  }
  return inDateOrder(graph, found);
}

}  // namespace pressgraph
