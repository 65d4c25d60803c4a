// SPDX-License-Identifier: MIT
// Loading the lexicon's data files.
#include "loaders/extract/Lexicon.h"

#include <algorithm>
#include <array>

#include "graph/Types.h"
#include "loaders/extract/DataFile.h"
#include "loaders/extract/Gazetteer.h"

namespace pressgraph {
namespace {

constexpr std::array<std::string_view, WORD_CLASS_COUNT> CLASS_NAMES = {
    "connector",   "leading-head",    "trailing-head",      "unit-head",         "legal-form",
    "honorific",   "role-word",       "title-noun",         "non-name-word",     "organizing-verb",
    "participating-verb", "passive-auxiliary", "list-word", "not-event-after",   "event-adjective",
    "name-stop",   "launched-thing",  "headline-verb",      "activity-noun",
    "launch-verb", "project-word", "region", "organizer-noun", "partner-noun", "sponsor-noun",
    "head-link",   "conjunction",     "article",            "speech-verb",       "sending-state-head", "people-noun", "system-noun", "kind-noun", "region-noun", "background-cue", "romance-head", "event-reference", "clause-opener", "gathering-verb", "role-modifier", "determiner", "city-state", "city-suffix", "verb-lead", "event-noun",
    "role-phrase-start"};

constexpr std::array<std::string_view, 12> EVENT_TYPES = {"Conference", "Roundtable", "Workshop", "Meeting",
                                                         "Training",   "Seminar",    "Forum",    "Festival",
                                                         "Presentation", "Launch",   "Course",   "Other"};

constexpr std::array<std::pair<std::string_view, EventRole>, 5> ROLES = {{{"organizer", EventRole::Organizer},
                                                                          {"partner", EventRole::Partner},
                                                                          {"sponsor", EventRole::Sponsor},
                                                                          {"funder", EventRole::Funder},
                                                                          {"participant", EventRole::Participant}}};

std::string at(const std::string& path, std::size_t line) { return path + ":" + std::to_string(line); }

}  // namespace

void Lexicon::addWord(std::string_view word, WordClass c) {
  const WordClassMask bit = Lexicon::bit(c);
  if (WordClassMask* mask = classes_.find(word)) {
    *mask |= bit;
    return;
  }
  classes_.insert(word, bit);
}

void Lexicon::addEventNoun(std::string_view word, std::string_view type) {
  eventTypes_.insert(word, std::string(type));
  if (!type.empty()) addWord(word, WordClass::EventNoun);
}

void Lexicon::addRolePhrase(RolePhrase phrase) {
  const auto index = static_cast<std::uint16_t>(rolePhrases_.size());
  const std::string first = phrase.words.empty() ? std::string() : phrase.words.front();
  rolePhrases_.push_back(std::move(phrase));
  addWord(first, WordClass::RolePhraseStart);
  if (std::vector<std::uint16_t>* list = byFirstWord_.find(first))
    list->push_back(index);
  else
    byFirstWord_.insert(first, {index});
}

Lexicon Lexicon::load(const std::string& dir) {
  Lexicon lexicon;
  const std::string classes = dir + "/word_classes.tsv";
  datafile::readTsv(classes, [&](const std::vector<std::string>& cols, std::size_t line) {
    const auto* name = std::find(CLASS_NAMES.begin(), CLASS_NAMES.end(), cols[0]);
    if (name == CLASS_NAMES.end()) throw IoError(at(classes, line), "unknown word class '" + cols[0] + "'");
    if (cols.size() < 2) return;
    const auto c = static_cast<WordClass>(name - CLASS_NAMES.begin());
    for (const std::string& word : datafile::splitOn(cols[1], ' '))
      if (!word.empty()) lexicon.addWord(word, c);
  });
  const std::string nouns = dir + "/event_nouns.tsv";
  datafile::readTsv(nouns, [&](const std::vector<std::string>& cols, std::size_t line) {
    const std::string type = cols.size() > 1 ? cols[1] : std::string();
    if (!type.empty() && std::find(EVENT_TYPES.begin(), EVENT_TYPES.end(), type) == EVENT_TYPES.end())
      throw IoError(at(nouns, line), "unknown event type '" + type + "'");
    lexicon.addEventNoun(cols[0], type);
  });
  const std::string phrases = dir + "/role_phrases.tsv";
  datafile::readTsv(phrases, [&](const std::vector<std::string>& cols, std::size_t line) {
    if (cols.size() < 3) throw IoError(at(phrases, line), "a role phrase needs a phrase, a role and a rule id");
    const auto* role = std::find_if(ROLES.begin(), ROLES.end(), [&](const auto& r) { return r.first == cols[1]; });
    if (role == ROLES.end()) throw IoError(at(phrases, line), "unknown role '" + cols[1] + "'");
    RolePhrase phrase{{}, role->second, cols[2]};
    for (const std::string& word : datafile::splitOn(cols[0], ' '))
      if (!word.empty()) phrase.words.push_back(word);
    lexicon.addRolePhrase(std::move(phrase));
  });
  return lexicon;
}

namespace {
std::string& standardDirectory() {
  static std::string dir;
  return dir;
}
}  // namespace

void Lexicon::useDirectory(std::string dir) { standardDirectory() = std::move(dir); }

Lexicon Lexicon::loadStandard() {
  return load(standardDirectory().empty() ? Gazetteer::defaultDataDir() + "/lexicon" : standardDirectory());
}

}  // namespace pressgraph
