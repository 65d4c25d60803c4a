// SPDX-License-Identifier: MIT
// The extractors' vocabulary, read once at start-up from ontology/data/lexicon/: word classes
// (connectors, organization head words, titles, organizing verbs, ...), event nouns with their
// type, and role phrases with their role and rule id. See ontology/data/lexicon/README.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/WordSet.h"

namespace pressgraph {

/// The classes of word_classes.tsv, by the name the file gives each.
enum class WordClass : std::uint8_t {
  Connector,          // connector
  LeadingHead,        // leading-head
  TrailingHead,       // trailing-head
  UnitHead,           // unit-head
  LegalForm,          // legal-form
  Honorific,          // honorific
  RoleWord,           // role-word
  TitleNoun,          // title-noun
  NonNameWord,        // non-name-word
  OrganizingVerb,     // organizing-verb
  ParticipatingVerb,  // participating-verb
  PassiveAuxiliary,   // passive-auxiliary
  ListWord,           // list-word
  NotEventAfter,      // not-event-after
  EventAdjective,     // event-adjective
  NameStop,           // name-stop
  LaunchedThing,      // launched-thing
  HeadlineVerb,       // headline-verb
  ActivityNoun,       // activity-noun
  LaunchVerb,         // launch-verb
  ProjectWord,        // project-word
  Region,             // region
  OrganizerNoun,      // organizer-noun
  PartnerNoun,        // partner-noun
  SponsorNoun,        // sponsor-noun
  HeadLink,           // head-link
  Conjunction,        // conjunction
  Article,            // article
  SpeechVerb,         // speech-verb
  SendingStateHead,   // sending-state-head
  PeopleNoun,         // people-noun
  SystemNoun,         // system-noun
  KindNoun,           // kind-noun
  RegionNoun,         // region-noun
  BackgroundCue,      // background-cue
  RomanceHead,        // romance-head
  EventReference,     // event-reference
  ClauseOpener,       // clause-opener
  GatheringVerb,      // gathering-verb
  RoleModifier,       // role-modifier
  Determiner,         // determiner
  CityState,          // city-state
  CitySuffix,         // city-suffix
  VerbLead,           // verb-lead
  EventNoun,          // event-noun: set from event_nouns.tsv (the nouns with a type)
  RolePhraseStart,    // role-phrase-start: set from role_phrases.tsv (their first words)
};
inline constexpr std::size_t WORD_CLASS_COUNT = 46;
static_assert(WORD_CLASS_COUNT == static_cast<std::size_t>(WordClass::RolePhraseStart) + 1, "a class without a name");

/// A set of word classes: bit 1 << WordClass for each.
using WordClassMask = std::uint64_t;
static_assert(WORD_CLASS_COUNT <= 64, "the classes are bits of a 64-bit mask");

/// The part an organization plays in an event (GUIDELINES: organizers, partners, sponsors,
/// participants); funders are sponsors written as schema:funder.
enum class EventRole : std::uint8_t { Organizer, Partner, Sponsor, Funder, Participant };

/// "organized by", "in cooperation with": the words, the role of the organizations named
/// after them, and the id of the rule in the provenance of the facts it makes.
struct RolePhrase {
  std::vector<std::string> words;
  EventRole role;
  std::string rule;
};

/// Read-only after loading; one instance serves every thread.
class Lexicon {
 public:
  /// Reads word_classes.tsv, event_nouns.tsv and role_phrases.tsv from `dir`. Throws IoError
  /// naming the file and line of a missing file, an unknown class, role or event type.
  static Lexicon load(const std::string& dir);
  /// The lexicon under the data directory (Gazetteer::defaultDataDir() + "/lexicon"), loaded
  /// on first use. Call it once before starting threads so that a load error is reported there.
  static const Lexicon& standard() {
    // Inline: the extractors ask for it at every token, and an out-of-line call cost 1.5% of a build.
    static const Lexicon lexicon = loadStandard();
    return lexicon;
  }
  /// Where standard() reads from (a data directory's `lexicon/`, as `build --data` gives); to be
  /// called before the first standard(), which it makes no difference to after.
  static void useDirectory(std::string dir);

  bool is(std::string_view word, WordClass c) const noexcept { return (classesOf(word) >> static_cast<unsigned>(c) & 1u) != 0; }
  /// Every class of `word` at once, as a mask of bits 1 << WordClass: one lookup for a rule
  /// that asks several.
  WordClassMask classesOf(std::string_view word) const noexcept {
    const WordClassMask* mask = classes_.find(word);
    return mask ? *mask : 0;
  }
  static constexpr WordClassMask bit(WordClass c) { return WordClassMask{1} << static_cast<unsigned>(c); }
  /// The event type a lower-case noun names ("workshop" -> "Workshop"), or "" for other words.
  std::string_view eventType(std::string_view lowerWord) const noexcept {
    const std::string* type = eventTypes_.find(lowerWord);
    return type ? std::string_view(*type) : std::string_view();
  }
  const std::vector<RolePhrase>& rolePhrases() const { return rolePhrases_; }
  /// Indexes into rolePhrases() of the phrases that start with this lower-case word, or nullptr.
  const std::vector<std::uint16_t>* rolePhrasesStartingWith(std::string_view word) const { return byFirstWord_.find(word); }

  /// For load(), and for tests that build a small lexicon by hand.
  void addWord(std::string_view word, WordClass c);
  void addEventNoun(std::string_view word, std::string_view type);
  void addRolePhrase(RolePhrase phrase);

 private:
  static Lexicon loadStandard();
  WordMap<WordClassMask> classes_;  // word -> bit mask of WordClass
  WordMap<std::string> eventTypes_;
  std::vector<RolePhrase> rolePhrases_;
  WordMap<std::vector<std::uint16_t>> byFirstWord_;
};

/// The word classes of the standard lexicon, for code that holds a word rather than a token
/// (Text::is answers for a token, from its per-document cache).
namespace lexicon {
inline bool is(std::string_view word, WordClass c) { return Lexicon::standard().is(word, c); }
inline bool isConnector(std::string_view w) { return is(w, WordClass::Connector); }
inline bool isTitleNoun(std::string_view w) { return is(w, WordClass::TitleNoun); }
}  // namespace lexicon

}  // namespace pressgraph
