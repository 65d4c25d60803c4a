// SPDX-License-Identifier: MIT
// Loading the reference data and matching it through a trie over folded tokens.
#include "loaders/extract/Gazetteer.h"
#include "loaders/extract/DataFile.h"
#include "loaders/extract/WordSet.h"

#include <rapidjson/document.h>
#include <rapidjson/istreamwrapper.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "graph/Names.h"
#include "graph/Types.h"

#ifndef PRESSGRAPH_DATA_DIR
#define PRESSGRAPH_DATA_DIR "ontology/data"
#endif
#ifndef PRESSGRAPH_ISO_CODES_DIR
#define PRESSGRAPH_ISO_CODES_DIR "/usr/share/iso-codes/json"
#endif

namespace pressgraph {
namespace {

using datafile::splitOn;

std::vector<std::string> splitList(std::string_view s) {
  std::vector<std::string> out;
  for (auto& item : splitOn(s, '|'))
    if (!item.empty()) out.push_back(std::move(item));
  return out;
}

// Reads a gazetteer file (see datafile::readTsv); rows by their columns.
template <typename OnRow>
void readTsv(const std::string& path, OnRow onRow) {
  datafile::readTsv(path, [&](const std::vector<std::string>& cols, std::size_t) { onRow(cols); });
}

bool isConnector(std::string_view w) {
  static const WordSet CONNECTORS = {
      "of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "del", "to", "against",
      "at", "el", "al", "und", "y", "da", "do", "das", "dos", "with", "an", "a", "&", "-", "’s", "'s"};
  return CONNECTORS.contains(w);
}

std::uint64_t refKey(EntryKind kind, std::uint32_t index) {
  return (static_cast<std::uint64_t>(kind) << 32) | index;
}

}  // namespace

namespace {

// American and British spellings of the words institutions are named with are one word:
// "Joint United Nations Program on HIV/AIDS", "Arab Labor Organisation".
std::string_view oneSpelling(std::string_view lowered) {
  static const WordMap<std::string_view> SPELLINGS = {
      {"program", "programme"}, {"programs", "programmes"}, {"organisation", "organization"},
      {"organisations", "organizations"}, {"center", "centre"}, {"centers", "centres"}, {"labor", "labour"},
      {"defense", "defence"}, {"harbor", "harbour"}, {"behavior", "behaviour"}};
  const std::string_view* spelling = SPELLINGS.find(lowered);
  return spelling ? *spelling : lowered;
}

}  // namespace

std::string foldToken(std::string_view token) {
  if (!isAscii(token)) return foldName(token);
  return std::string(oneSpelling(asciiLower(token)));
}

bool hasEntry(const GazetteerMatch& match, EntryKind kind) {
  return std::any_of(match.entries.begin(), match.entries.end(), [&](const EntryRef& r) { return r.kind == kind; });
}

std::string Gazetteer::defaultDataDir() {
  if (const char* env = std::getenv("PRESSGRAPH_DATA"); env && *env) return env;
  return PRESSGRAPH_DATA_DIR;
}

std::string Gazetteer::defaultIsoDir() { return PRESSGRAPH_ISO_CODES_DIR; }

std::uint32_t Gazetteer::addCountry(CountryEntry e) {
  const auto i = static_cast<std::uint32_t>(countries_.size());
  countryByCode_.emplace(e.alpha2, i);
  countries_.push_back(std::move(e));
  return i;
}

std::uint32_t Gazetteer::addCity(CityEntry e) {
  cities_.push_back(std::move(e));
  return static_cast<std::uint32_t>(cities_.size() - 1);
}

std::uint32_t Gazetteer::addOrganization(OrganizationEntry e) {
  const auto index = static_cast<std::uint32_t>(organizations_.size());
  organizationByName_.emplace(e.name, index);
  organizations_.push_back(std::move(e));
  return index;
}

std::optional<std::uint32_t> Gazetteer::organizationByName(std::string_view name) const {
  const auto it = organizationByName_.find(std::string(name));
  if (it == organizationByName_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Gazetteer::countryByCode(std::string_view alpha2) const {
  if (auto it = countryByCode_.find(std::string(alpha2)); it != countryByCode_.end()) return it->second;
  return std::nullopt;
}

std::optional<std::uint32_t> Gazetteer::countryByDemonym(std::string_view adjective) const {
  if (auto it = countryByDemonym_.find(std::string(adjective)); it != countryByDemonym_.end()) return it->second;
  return std::nullopt;
}

std::optional<std::uint32_t> Gazetteer::tokenId(std::string_view folded) const {
  if (const std::uint32_t* id = tokenIds_.find(folded)) return *id;
  return std::nullopt;
}

std::optional<std::uint32_t> Gazetteer::tokenIdOf(const Text& text, std::uint32_t i, std::size_t suffix) const {
  const std::string_view lowered = text.lower(i);
  // Most tokens are ASCII: Text has lowered them already, and that is their folded form.
  if (isAscii(lowered)) return tokenId(oneSpelling(lowered.substr(0, lowered.size() - suffix)));
  const std::string_view t = text.token(i);
  return tokenId(foldToken(t.substr(0, t.size() - suffix)));
}

void Gazetteer::addName(std::string_view name, EntryRef ref) {
  const Text text{std::string(name)};
  std::uint32_t node = 0;
  bool any = false;
  for (std::uint32_t i = 0; i < text.tokens().size(); ++i) {
    const std::string folded = foldToken(text.token(i));
    if (!tokenIds_.contains(folded)) tokenIds_.insert(folded, tokenCount_++);
    const std::uint64_t key = (static_cast<std::uint64_t>(node) << 32) | *tokenIds_.find(folded);
    auto child = children_.find(key);
    if (child == children_.end()) {
      const auto id = static_cast<std::uint32_t>(nodeEntries_.size());
      nodeEntries_.emplace_back();
      child = children_.emplace(key, id).first;
    }
    node = child->second;
    any = true;
  }
  if (!any) return;
  auto& entries = nodeEntries_[node];
  for (const auto& e : entries)
    if (e.kind == ref.kind && e.index == ref.index && e.acronym == ref.acronym) return;
  entries.push_back(ref);
  if (ref.acronym) {
    acronymForms_[refKey(ref.kind, ref.index)].emplace_back(name);
    const Token& first = text.tokens().front();
    if (!first.capitalized && !first.number) lowercaseAcronymStarts_.insert(text.token(0));
  }
}

bool Gazetteer::caseFits(const Text& text, std::uint32_t first, std::uint32_t end, const EntryRef& ref) const {
  if (ref.acronym) {
    std::string_view surface = text.span(first, end);
    // "IOM's", "UNHCR’s": the acronym with a possessive glued to it (the trie matched it without).
    if (const std::size_t suffix = possessiveLength(surface); suffix && surface.size() > suffix + 1)
      surface.remove_suffix(suffix);
    const auto it = acronymForms_.find(refKey(ref.kind, ref.index));
    return it != acronymForms_.end() && std::find(it->second.begin(), it->second.end(), surface) != it->second.end();
  }
  const auto& tokens = text.tokens();
  if (!tokens[first].capitalized && !tokens[first].number) return false;
  // A short all-caps word is an acronym ("UN", "IOM"), not a shouted city name ("MINSK");
  // countries do go by such short forms ("UK", "USA").
  // At the start of a line and before a comma or dash it is a dateline's ("SUVA, Fiji - ...").
  if (ref.kind == EntryKind::City && end == first + 1 && tokens[first].allCaps && tokens[first].end - tokens[first].begin < 5) {
    const bool lineStart = tokens[first].begin == 0 || text.str()[tokens[first].begin - 1] == '\n';
    const std::string_view next = end < tokens.size() ? text.token(end) : std::string_view();
    if (!lineStart || (next != "," && next != "-" && next != "\xE2\x80\x93")) return false;
  }
  for (std::uint32_t i = first; i < end; ++i) {
    if (!tokens[i].word || tokens[i].capitalized || tokens[i].number) continue;
    if (!isConnector(text.token(i))) return false;
  }
  return true;
}

std::vector<GazetteerMatch> Gazetteer::match(const Text& text) const {
  std::vector<GazetteerMatch> out;
  const auto& tokens = text.tokens();
  // Token ids, looked up when a walk of the trie reaches the token: most tokens start no name.
  enum : std::uint8_t { UNKNOWN, NONE, FOUND, POSSESSIVE };
  std::vector<std::uint8_t> state(tokens.size(), UNKNOWN);
  std::vector<std::uint32_t> ids(tokens.size());
  const auto idAt = [&](std::uint32_t i) {
    if (state[i] != UNKNOWN) return state[i];
    state[i] = NONE;
    if (const auto id = tokenIdOf(text, i, 0)) {
      ids[i] = *id;
      return state[i] = FOUND;
    }
    // "the US State Department's Bureau": a name may end in a possessive glued to its last word.
    const std::string_view t = text.token(i);
    if (const std::size_t suffix = possessiveLength(t); suffix && t.size() > suffix + 1)
      if (const auto id = tokenIdOf(text, i, suffix)) {
        ids[i] = *id;
        state[i] = POSSESSIVE;
      }
    return state[i];
  };
  for (std::uint32_t start = 0; start < tokens.size();) {
    // Names start with a capital or a digit (caseFits), and so do acronyms but a few.
    if (!tokens[start].capitalized && !tokens[start].number && !lowercaseAcronymStarts_.contains(text.token(start))) {
      ++start;
      continue;
    }
    // Walk the trie as far as the text allows; keep the longest span whose case fits.
    std::uint32_t node = 0;
    std::uint32_t bestEnd = start;
    std::vector<EntryRef> best;
    const std::uint32_t sentenceEnd = text.sentences()[text.sentenceOf(start)].endToken;
    for (std::uint32_t i = start; i < sentenceEnd && idAt(i) != NONE; ++i) {
      auto child = children_.find((static_cast<std::uint64_t>(node) << 32) | ids[i]);
      if (child == children_.end()) break;
      node = child->second;
      std::vector<EntryRef> fitting;
      for (const auto& ref : nodeEntries_[node])
        if (caseFits(text, start, i + 1, ref)) fitting.push_back(ref);
      if (!fitting.empty()) {
        bestEnd = i + 1;
        best = std::move(fitting);
      }
      if (state[i] == POSSESSIVE) break;
    }
    if (bestEnd > start) {
      out.push_back(GazetteerMatch{start, bestEnd, std::move(best)});
      start = bestEnd;
    } else {
      ++start;
    }
  }
  return out;
}

// The curated list of organizations: names, acronyms and aliases.
void Gazetteer::loadOrganizations(const std::string& dataDir) {
  readTsv(dataDir + "/organizations.tsv", [&](const std::vector<std::string>& cols) {
    if (cols.empty() || cols[0].empty()) return;
    OrganizationEntry e;
    e.name = cols[0];
    if (cols.size() > 1) e.acronyms = splitList(cols[1]);
    if (cols.size() > 2) e.aliases = splitList(cols[2]);
    if (cols.size() > 3) e.wikidata = cols[3];
    if (cols.size() > 4) e.category = cols[4];
    if (cols.size() > 5) e.ambiguousAcronym = cols[5].find("ambiguous") != std::string::npos;
    if (cols.size() > 5) e.umbrella = cols[5].find("umbrella") != std::string::npos;
    if (cols.size() > 6) e.parent = cols[6];
    const std::uint32_t i = addOrganization(e);
    addName(e.name, EntryRef{EntryKind::Organization, i, false});
    for (const auto& a : e.acronyms) addName(a, EntryRef{EntryKind::Organization, i, true});
    for (const auto& a : e.aliases) addName(a, EntryRef{EntryKind::Organization, i, false});
  });
}

Gazetteer Gazetteer::load(const std::string& dataDir, const std::string& isoDir) {
  Gazetteer g;
  // Countries: ISO 3166-1 from Debian's iso-codes, plus the common English names it lacks.
  const std::string isoPath = isoDir + "/iso_3166-1.json";
  std::ifstream isoIn(isoPath);
  if (!isoIn) throw IoError(isoPath, "cannot open ISO 3166 data (install Debian's iso-codes package)");
  rapidjson::IStreamWrapper isoStream(isoIn);
  rapidjson::Document iso;
  iso.ParseStream(isoStream);
  if (iso.HasParseError() || !iso.IsObject() || !iso.HasMember("3166-1")) throw IoError(isoPath, "not ISO 3166-1 JSON");
  for (const auto& c : iso["3166-1"].GetArray()) {
    auto str = [&](const char* key) { return c.HasMember(key) && c[key].IsString() ? std::string(c[key].GetString()) : std::string(); };
    const std::string name = str("name"), common = str("common_name"), official = str("official_name");
    // The canonical name is the one a reader expects: "Iran", not "Iran, Islamic Republic of".
    std::string canonical = !common.empty() ? common : name;
    if (canonical.find(',') != std::string::npos && !official.empty()) canonical = official;
    const std::uint32_t i = g.addCountry(CountryEntry{canonical, str("alpha_2")});
    for (const auto& n : {name, common, official})
      if (!n.empty() && n.find(',') == std::string::npos) g.addName(n, EntryRef{EntryKind::Country, i, false});
  }
  readTsv(dataDir + "/country_aliases.tsv", [&](const std::vector<std::string>& cols) {
    if (cols.size() < 2) return;
    auto i = g.countryByCode(cols[1]);
    if (!i) i = g.addCountry(CountryEntry{cols[0], cols[1]});  // Kosovo: not in ISO 3166-1
    g.addName(cols[0], EntryRef{EntryKind::Country, *i, false});
  });

  // Adjectives of states: not names of places (no trie entry), only for governments and ministries.
  readTsv(dataDir + "/demonyms.tsv", [&](const std::vector<std::string>& cols) {
    if (cols.size() < 2) return;
    if (auto i = g.countryByCode(cols[1])) g.countryByDemonym_.emplace(cols[0], *i);
  });

  // Cities: GeoNames, reduced (see ontology/data/README.md).
  std::unordered_map<std::uint32_t, std::uint32_t> cityByGeonameId;
  readTsv(dataDir + "/cities.tsv", [&](const std::vector<std::string>& cols) {
    if (cols.size() < 6) return;
    CityEntry e;
    e.geonameId = static_cast<std::uint32_t>(std::strtoul(cols[0].c_str(), nullptr, 10));
    e.name = cols[1];
    e.countryCode = cols[3];
    e.population = static_cast<std::uint32_t>(std::strtoul(cols[4].c_str(), nullptr, 10));
    e.capital = cols[5] == "PPLC";
    const std::uint32_t i = g.addCity(e);
    cityByGeonameId.emplace(e.geonameId, i);
    g.addName(cols[1], EntryRef{EntryKind::City, i, false});
    if (cols[2] != cols[1] && !cols[2].empty()) g.addName(cols[2], EntryRef{EntryKind::City, i, false});
    if (cols.size() > 6)
      for (const auto& alt : splitList(cols[6])) g.addName(alt, EntryRef{EntryKind::City, i, false});
  });
  readTsv(dataDir + "/city_aliases.tsv", [&](const std::vector<std::string>& cols) {
    if (cols.size() < 2) return;
    const auto id = static_cast<std::uint32_t>(std::strtoul(cols[1].c_str(), nullptr, 10));
    if (auto it = cityByGeonameId.find(id); it != cityByGeonameId.end())
      g.addName(cols[0], EntryRef{EntryKind::City, it->second, false});
  });
  // Everyday words that are also city names need context ("Chief of Mission", "Police").
  if (std::ifstream words("/usr/share/dict/words"); words) {
    std::unordered_set<std::string> lower;
    for (std::string w; std::getline(words, w);)
      if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') lower.insert(w);
    for (auto& c : g.cities_) {
      std::string folded = foldToken(c.name);
      c.commonWord = lower.contains(folded);
    }
  }

  g.loadOrganizations(dataDir);
  return g;
}

}  // namespace pressgraph
