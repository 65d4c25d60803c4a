// SPDX-License-Identifier: MIT
// Scraped text to article text: site chrome and HTML residue out, wrapped lines joined.
#pragma once

#include <string>
#include <string_view>

namespace pressgraph {

/// The article text of a scraped page, one paragraph per line: navigation items, repeated
/// menu headings, "Who we are" blurbs glued to their heading, and HTML residue ("mailto:"
/// fragments, stray tags, entities) removed; lines wrapped mid-sentence joined.
std::string cleanText(std::string_view text);

/// Repairs Cyrillic text that was Windows-1251 read as Latin-1 ("Èíòåãðàöèÿ" -> "Интеграция"):
/// words of four or more Latin-1 letters À-ÿ and nothing else are re-decoded with ICU's windows-1251 converter.
std::string repairCp1251Mojibake(std::string_view text);

/// Decodes HTML character references (&amp; &#8217; &nbsp; ...) left in plain text.
std::string decodeEntities(std::string_view text);

}  // namespace pressgraph
