// SPDX-License-Identifier: MIT
// Events: filtered lists, and the timeline of an organization, place or person.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// The days a date stands for, both ends included, as "YYYY-MM-DD" strings, which sort as
/// dates do. `last` may name a day a month lacks ("2016-02-31"): it only ever bounds.
struct DateSpan {
  std::string first;
  std::string last;
};

/// The span of an ISO date, whole or partial: "2016" is the year, "2016-05" the month,
/// "2016-05-12" the day. nullopt for anything else, including dates without a year
/// (xsd:gMonthDay, "--11-14") and impossible ones ("2016-13", "2016-02-30").
std::optional<DateSpan> dateSpan(std::string_view date);

/// Which events to list; every condition given must hold.
struct EventFilter {
  std::optional<NodeId> organization{};  ///< took part in any role, itself or an office under it
  std::optional<NodeId> place{};         ///< held in this city, or in a city of this country
  std::optional<std::string> type{};     ///< pg:eventType, compared case-insensitively
  /// Only events that overlap these days. An event's days run from its start date to its end
  /// date (or the start again); an event with no date, or whose date lacks the year
  /// (gMonthDay), cannot be placed and is left out whenever a bound is given.
  std::optional<std::string> from{};
  std::optional<std::string> to{};
};

struct EventRow {
  NodeId event;
  std::string_view start;           ///< schema:startDate as written ("2016-05-12", "2016-05", "--11-14"), or empty
  std::string_view end;             ///< schema:endDate, or empty
  std::string_view type;            ///< pg:eventType, or empty
  std::vector<NodeId> places;       ///< schema:location: cities (or a country), sorted by IRI
  std::vector<NodeId> organizers;   ///< schema:organizer, sorted by name
};

/// The events that pass `filter`, in date order: dated events by start (then end), then events
/// whose date has no year by month and day, then undated ones; ties by name, then IRI.
std::vector<EventRow> events(const KnowledgeGraph& graph, const EventFilter& filter);

/// The events of one entity, in the order of events(): for an organization or office those it
/// took part in (any role, offices under it included), for a city or country those held there,
/// for a person those named in the same press releases (persons are not linked to events
/// directly), for a document those it mentions, for an event the event itself.
std::vector<EventRow> timeline(const KnowledgeGraph& graph, NodeId entity);

}  // namespace pressgraph
