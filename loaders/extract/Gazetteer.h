// SPDX-License-Identifier: MIT
// Known names from reference data (ISO 3166, GeoNames, a curated organization list), matched
// against a document's tokens in one pass through a token trie.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "loaders/extract/Text.h"
#include "loaders/extract/WordSet.h"

namespace pressgraph {

struct CountryEntry {
  std::string name;    ///< canonical English short name ("Russian Federation")
  std::string alpha2;  ///< ISO 3166-1 alpha-2
};

struct CityEntry {
  std::string name;
  std::string countryCode;  ///< ISO alpha-2
  std::uint32_t geonameId = 0;
  std::uint32_t population = 0;
  bool capital = false;
  bool commonWord = false;  ///< also an everyday English word ("Mission", "Police"): needs context
};

struct OrganizationEntry {
  std::string name;
  std::vector<std::string> acronyms;
  std::vector<std::string> aliases;
  std::string wikidata;  ///< Q-id, or empty
  std::string category;
  bool ambiguousAcronym = false;  ///< the acronym names other things too: needs the full name nearby
  bool umbrella = false;          ///< its name prefixes its agencies', venues' and documents' names ("UN agencies")
  std::string parent = {};        ///< the body it is an institution or department of ("OSCE" for ODIHR), or empty
};

enum class EntryKind : std::uint8_t { Country, City, Organization };

struct EntryRef {
  EntryKind kind;
  std::uint32_t index;
  bool acronym;  ///< matched through an acronym: case must match exactly
};

/// A span of tokens [first, end) that names one or more gazetteer entries.
struct GazetteerMatch {
  std::uint32_t first;
  std::uint32_t end;
  std::vector<EntryRef> entries;
};

/// Loaded once per run and shared read-only by all extraction threads.
class Gazetteer {
 public:
  /// Reads `dataDir` (cities.tsv, city_aliases.tsv, country_aliases.tsv, organizations.tsv)
  /// and `isoDir`/iso_3166-1.json; the English word list (/usr/share/dict/words) when present.
  /// Throws IoError naming a missing or unreadable file.
  static Gazetteer load(const std::string& dataDir, const std::string& isoDir = defaultIsoDir());
  /// $PRESSGRAPH_DATA, or the directory configured at build time.
  static std::string defaultDataDir();
  static std::string defaultIsoDir();

  /// Longest non-overlapping matches, left to right, with the case rules applied: names need
  /// capitalized words, acronyms the exact case.
  std::vector<GazetteerMatch> match(const Text& text) const;

  const CountryEntry& country(std::uint32_t i) const { return countries_[i]; }
  const CityEntry& city(std::uint32_t i) const { return cities_[i]; }
  const OrganizationEntry& organization(std::uint32_t i) const { return organizations_[i]; }
  std::optional<std::uint32_t> countryByCode(std::string_view alpha2) const;
  /// The organization entry with exactly this canonical name.
  std::optional<std::uint32_t> organizationByName(std::string_view name) const;
  /// The state an adjective names ("Japanese" -> Japan), from demonyms.tsv.
  std::optional<std::uint32_t> countryByDemonym(std::string_view adjective) const;
  std::size_t countryCount() const { return countries_.size(); }
  std::size_t cityCount() const { return cities_.size(); }
  std::size_t organizationCount() const { return organizations_.size(); }

  /// Adds a name for an entry (used by load(), and by tests that build a small gazetteer).
  void addName(std::string_view name, EntryRef ref);
  std::uint32_t addCountry(CountryEntry e);
  std::uint32_t addCity(CityEntry e);
  std::uint32_t addOrganization(OrganizationEntry e);

 private:
  void loadOrganizations(const std::string& dataDir);
  std::optional<std::uint32_t> tokenId(std::string_view folded) const;
  /// The id of token `i` without its last `suffix` bytes (a possessive).
  std::optional<std::uint32_t> tokenIdOf(const Text& text, std::uint32_t i, std::size_t suffix) const;
  bool caseFits(const Text& text, std::uint32_t first, std::uint32_t end, const EntryRef& ref) const;

  std::vector<CountryEntry> countries_;
  std::vector<CityEntry> cities_;
  std::vector<OrganizationEntry> organizations_;
  WordMap<std::uint32_t> tokenIds_;  // folded token -> id
  std::uint32_t tokenCount_ = 0;
  std::vector<std::vector<EntryRef>> nodeEntries_{1};                    // node 0 is the root
  std::unordered_map<std::uint64_t, std::uint32_t> children_;            // (node, token) -> node
  std::unordered_map<std::string, std::uint32_t> countryByCode_;
  std::unordered_map<std::string, std::uint32_t> organizationByName_;
  std::unordered_map<std::string, std::uint32_t> countryByDemonym_;
  // The first words of acronyms that start with neither a capital nor a digit ("eu-LISA"):
  // the only such tokens a match can start at.
  WordSet lowercaseAcronymStarts_;
  // Exact surface forms of acronyms, to check case on a match.
  std::unordered_map<std::uint64_t, std::vector<std::string>> acronymForms_;  // (kind,index) -> forms
};

/// Whether the match names an entry of this kind.
bool hasEntry(const GazetteerMatch& match, EntryKind kind);

/// A token folded for gazetteer lookup: lower case, accents dropped ("Lomé" -> "lome").
std::string foldToken(std::string_view token);

}  // namespace pressgraph
