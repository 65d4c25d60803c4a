// SPDX-License-Identifier: MIT
// How names compare: case-, accent- and punctuation-insensitive keys, and IRI slugs.
#pragma once

#include <cstdint>
#include <span>
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
/// The same into `buffer`, which must hold `s`: for word lookups on every token, without
/// allocating.
std::string_view asciiLower(std::string_view s, std::span<char> buffer);

/// Whether every byte of `s` is ASCII.
bool isAscii(std::string_view s);

/// An IRI path segment for a name: its folded key, transliterated to ASCII (Cyrillic too),
/// spaces as '-'. Never empty.
std::string slug(std::string_view name);

/// The 64-bit FNV-1a hash of `bytes`, continuing from `hash` (so fields can be hashed one
/// after another): the published offset basis and prime, the same on every platform. Cheap and
/// stable, for identities and change detection, not against someone forging collisions.
constexpr std::uint64_t FNV1A64_BASIS = 14695981039346656037ULL;
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash = FNV1A64_BASIS);

/// `value` as 16 lower-case hex digits.
std::string hex64(std::uint64_t value);

}  // namespace pressgraph
