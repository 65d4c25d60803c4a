// SPDX-License-Identifier: MIT
// Closed word classes the extractors share: connectors, organization head words, roles, titles.
#pragma once

#include <string_view>

namespace pressgraph::lexicon {

/// Lower-case words that may stand inside a proper name ("Ministry of Labour and Social Protection").
bool isConnector(std::string_view word);
/// Words that make a capitalized phrase an organization when it starts with them ("Ministry of ...").
bool isLeadingHead(std::string_view word);
/// Words that make a capitalized phrase an organization when it ends with them ("... Foundation").
bool isTrailingHead(std::string_view word);
/// Words that make a phrase a unit of an organization ("Coordination Office", "Labour Migration Division").
bool isUnitHead(std::string_view word);
/// Words that name a body's legal form before or after its quoted name: `Foundation "X"`, `"X" Fund`.
bool isLegalForm(std::string_view word);
/// Honorifics and ranks that precede a person's name and are not part of it.
bool isHonorific(std::string_view word);
/// Words of job titles ("Chief", "Director", "Head", "Coordinator").
bool isRoleWord(std::string_view word);
/// The nouns that make a phrase a job title ("Head", "Officer"), without the modifiers that also
/// name units and programmes ("Regional", "Programme", "Project").
bool isTitleNoun(std::string_view word);
/// Capitalized words that are never part of a person's name (months, weekdays, "The", ...).
bool isNonNameWord(std::string_view word);

}  // namespace pressgraph::lexicon
