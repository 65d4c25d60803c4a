// SPDX-License-Identifier: MIT
// Gazetteer matching on a small hand-made gazetteer: names need capitals, acronyms their case.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "loaders/extract/Gazetteer.h"
#include "loaders/extract/Text.h"

using namespace pressgraph;

namespace {

std::vector<std::string> matched(const Gazetteer& g, const std::string& s) {
  const Text text{s};
  std::vector<std::string> out;
  for (const GazetteerMatch& m : g.match(text)) out.emplace_back(text.span(m.first, m.end));
  return out;
}

}  // namespace

TEST_CASE("gazetteer names match capitalized and acronyms in their exact case, lower-case ones too", "[loaders][extract]") {
  Gazetteer g;
  const auto lisa = g.addOrganization(OrganizationEntry{"European Union Agency for the Operational Management of Large-Scale IT Systems", {"eu-LISA"}, {}, {}, "eu", false});
  g.addName("eu-LISA", EntryRef{EntryKind::Organization, lisa, true});
  const auto iom = g.addOrganization(OrganizationEntry{"International Organization for Migration", {"IOM"}, {}, {}, "un", false});
  g.addName("International Organization for Migration", EntryRef{EntryKind::Organization, iom, false});
  g.addName("IOM", EntryRef{EntryKind::Organization, iom, true});

  CHECK(matched(g, "Experts from eu-LISA and the International Organization for Migration met in Tallinn.") ==
        std::vector<std::string>{"eu-LISA", "International Organization for Migration"});
  // Lower-case names and acronyms in another case are other words.
  CHECK(matched(g, "the international organization for migration, EU-LISA and iom staff").empty());
  // A name may end in a possessive.
  CHECK(matched(g, "the International Organization for Migration's mission") ==
        std::vector<std::string>{"International Organization for Migration's"});
  // So may an acronym, in its exact case still.
  CHECK(matched(g, "IOM's mission and IOM’s office, not iom's") == std::vector<std::string>{"IOM's", "IOM’s"});
}
