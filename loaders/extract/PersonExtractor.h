// SPDX-License-Identifier: MIT
// People named in the body, with honorifics stripped and their job title and organization kept.
#pragma once

#include <optional>

#include "loaders/extract/DocumentContext.h"

namespace pressgraph {

/// Finds persons after an honorific ("Dr. Rasul Baghirov"), in apposition with a title
/// ("Marta Pardavi, director of Programs, Hungarian Helsinki Committee"; "IOM Belarus Chief of
/// Mission, Mahym Orazmuhammedova,") and before "of the ORG". Adds Person nodes with
/// schema:jobTitle and schema:worksFor.
class PersonExtractor {
 public:
  void run(DocumentContext& ctx) const;
};

/// The end of a person's name starting at token `first` (two to four name words, initials and
/// particles such as "de" allowed), or nullopt.
std::optional<std::uint32_t> personNameEnd(const DocumentContext& ctx, std::uint32_t first, std::uint32_t limit);

/// Adds (or finds) the person node for the name at [first, end) and records the mention.
std::uint32_t addPerson(DocumentContext& ctx, std::uint32_t first, std::uint32_t end);

}  // namespace pressgraph
