// SPDX-License-Identifier: MIT
// The working state of one extraction: the text, the gazetteer matches, the mentions found so
// far, and the DocumentGraph being filled. Each extractor reads what the earlier ones found.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/DocumentGraph.h"
#include "loaders/extract/Dates.h"
#include "loaders/extract/Gazetteer.h"
#include "loaders/extract/Text.h"

namespace pressgraph {

/// A named thing at a token span, resolved to a node of the document graph.
struct Mention {
  NodeKind kind;
  std::uint32_t first;
  std::uint32_t end;
  std::uint32_t node;  ///< in DocumentContext::graph
};

struct DocumentContext {
  DocumentContext(const Text& t, const Gazetteer& g, DocumentGraph& dg) : text(t), gazetteer(g), graph(dg) {}

  const Text& text;
  const Gazetteer& gazetteer;
  DocumentGraph& graph;
  std::vector<GazetteerMatch> matches;
  /// Mentions in token order, non-overlapping (see add()).
  std::vector<Mention> mentions;
  /// The country the document is about (ISO alpha-2), when it is clear.
  std::string mainCountry;
  /// The dateline or publication date, for years the text leaves out.
  Date documentDate;
  /// The dateline city node, when the page opens with one ("Minsk - On 19 July ...").
  std::optional<std::uint32_t> datelineCity;
  /// The sentence that opens with the dateline.
  std::optional<std::uint32_t> datelineSentence;
  /// The dateline carries its own date ("Astana, June 24, 2014 -"): when the page was written,
  /// not when the event is ("Minsk - On 19 July ..." dates the event).
  bool datelineDated = false;

  /// The gazetteer match covering token `i`, if any (matches never overlap).
  const GazetteerMatch* matchAt(std::uint32_t token) const;
  /// The gazetteer match over exactly [first, end), if any.
  const GazetteerMatch* matchOver(std::uint32_t first, std::uint32_t end) const;

  /// Records a mention unless it overlaps one already recorded; returns whether it was added.
  bool add(Mention m);
  /// Records a mention in place of those it covers ("IOM" inside "IOM Minsk"); returns whether
  /// it was added (not when it overlaps one only partly).
  bool replace(Mention m);
  /// The mention covering token `i`, if any.
  const Mention* at(std::uint32_t token) const;
  /// Mentions of organizations and offices whose span lies in [first, end).
  std::vector<const Mention*> organizationsIn(std::uint32_t first, std::uint32_t end) const;
  bool overlaps(std::uint32_t first, std::uint32_t end) const;

 private:
  // By token: 1 + the index in `mentions` of the mention covering it, or 0. at() is asked
  // for every token of a sentence many times over. After a change it searches `mentions`
  // until it has been asked often enough to pay for rebuilding this over the whole text, so
  // that extractors that add a mention after every few questions stay linear.
  mutable std::vector<std::uint32_t> mentionByToken_;
  mutable bool mentionByTokenValid_ = false;
  mutable std::size_t askedSinceChange_ = 0;
};

}  // namespace pressgraph
