// SPDX-License-Identifier: MIT
// Mention bookkeeping shared by the extractors.
#include "loaders/extract/DocumentContext.h"

#include <algorithm>

namespace pressgraph {

const GazetteerMatch* DocumentContext::matchAt(std::uint32_t token) const {
  auto it = std::lower_bound(matches.begin(), matches.end(), token,
                             [](const GazetteerMatch& m, std::uint32_t t) { return m.end <= t; });
  return it != matches.end() && it->first <= token ? &*it : nullptr;
}

const GazetteerMatch* DocumentContext::matchOver(std::uint32_t first, std::uint32_t end) const {
  const GazetteerMatch* m = matchAt(first);
  return m && m->first == first && m->end == end ? m : nullptr;
}

bool DocumentContext::overlaps(std::uint32_t first, std::uint32_t end) const {
  auto it = std::lower_bound(mentions.begin(), mentions.end(), first,
                             [](const Mention& m, std::uint32_t t) { return m.end <= t; });
  return it != mentions.end() && it->first < end;
}

bool DocumentContext::add(Mention m) {
  if (m.first >= m.end || overlaps(m.first, m.end)) return false;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), m.first,
                             [](const Mention& x, std::uint32_t t) { return x.first < t; });
  mentions.insert(it, m);
  mentionByTokenValid_ = false;
  askedSinceChange_ = 0;
  return true;
}

bool DocumentContext::replace(Mention m) {
  std::erase_if(mentions, [&](const Mention& x) { return x.first >= m.first && x.end <= m.end; });
  mentionByTokenValid_ = false;
  askedSinceChange_ = 0;
  return add(m);
}

const Mention* DocumentContext::at(std::uint32_t token) const {
  if (!mentionByTokenValid_ && ++askedSinceChange_ > text.tokens().size() / 16 + 64) {
    mentionByToken_.assign(text.tokens().size(), 0);
    for (std::uint32_t k = 0; k < mentions.size(); ++k)
      for (std::uint32_t i = mentions[k].first; i < mentions[k].end && i < mentionByToken_.size(); ++i) mentionByToken_[i] = k + 1;
    mentionByTokenValid_ = true;
  }
  if (mentionByTokenValid_) {
    if (token >= mentionByToken_.size() || mentionByToken_[token] == 0) return nullptr;
    return &mentions[mentionByToken_[token] - 1];
  }
  auto it = std::lower_bound(mentions.begin(), mentions.end(), token,
                             [](const Mention& m, std::uint32_t t) { return m.end <= t; });
  return it != mentions.end() && it->first <= token ? &*it : nullptr;
}

std::vector<const Mention*> DocumentContext::organizationsIn(std::uint32_t first, std::uint32_t end) const {
  std::vector<const Mention*> out;
  for (const Mention& m : mentions)
    if (m.first >= first && m.end <= end && (m.kind == NodeKind::Organization || m.kind == NodeKind::Office))
      out.push_back(&m);
  return out;
}

}  // namespace pressgraph
