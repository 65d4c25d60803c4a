// SPDX-License-Identifier: MIT
// How names compare: case-, accent- and punctuation-insensitive keys, and IRI slugs.
#pragma once

#include <string>
#include <string_view>

namespace pressgraph {

/// The comparison key of a name: lower case, accents removed, every run of other characters
/// one space, a leading "the " dropped. "The UN Migration Agency" and "un migration agency"
/// share a key.
std::string foldName(std::string_view name);

/// `s` with ASCII letters in lower case and every other byte as it is (file extensions, words
/// matched against English word lists).
std::string asciiLower(std::string_view s);

/// An IRI path segment for a name: its folded key, transliterated to ASCII (Cyrillic too),
/// spaces as '-'. Never empty.
std::string slug(std::string_view name);

}  // namespace pressgraph
