// SPDX-License-Identifier: MIT
// Events the article reports: type, name, dates, city, and who organized, partnered,
// sponsored and took part.
#pragma once

#include "loaders/extract/DocumentContext.h"

namespace pressgraph {

/// Finds event mentions ("a two-day workshop", "the VIII International ... Conference"),
/// groups them into events (a new date or a new kind of event starts a new one), and reads
/// the role phrases of the sentences that speak of each: "organized by", "X organizes",
/// "in cooperation with", "supported by", "funded by", "took part", ...
class EventExtractor {
 public:
  void run(DocumentContext& ctx) const;
};

/// The event type for an event noun ("workshop" -> "Workshop"), or "" for other words.
std::string_view eventTypeOf(std::string_view word);

}  // namespace pressgraph
