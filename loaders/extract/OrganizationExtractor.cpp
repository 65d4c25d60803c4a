// SPDX-License-Identifier: MIT
// Organization rules, applied in order of confidence: definitions, gazetteer, offices, patterns.
#include "loaders/extract/OrganizationExtractor.h"
#include "loaders/extract/EventExtractor.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "graph/Names.h"
#include "loaders/extract/Lexicon.h"

namespace pressgraph {
namespace {

using lexicon::isConnector;

struct State {
  DocumentContext& ctx;
  std::map<std::string, std::uint32_t, std::less<>> byAcronym;  // acronym defined in this document -> organization node
  std::map<std::uint32_t, std::string> shortName;  // org node -> acronym for office names
  std::vector<std::uint32_t> matchedOrganizations = {};  // the gazetteer organizations the page names, sorted
};

bool looksLikeAcronym(const Text& text, std::uint32_t i) {
  const Token& t = text.tokens()[i];
  if (!t.word || t.number) return false;
  const std::string_view w = text.token(i);
  if (w.size() > 12) return false;
  if (t.allCaps) return true;
  // Mixed-case short forms: "Sida", "SDGs", "EUNAVFOR", "UNHCR's" is not one.
  int upper = 0;
  for (char c : w) upper += std::isupper(static_cast<unsigned char>(c)) != 0;
  return t.capitalized && (upper >= 2 || w.size() <= 5);
}

// Strips "the", "of", "and" ... from both ends of [first, end).
void trimConnectors(const Text& text, std::uint32_t& first, std::uint32_t& end) {
  while (first < end && (text.is(first, WordClass::Connector) || text.lowerIs(first, WordClass::Article))) ++first;
  while (end > first && text.is(end - 1, WordClass::Connector)) --end;
}

// The capitalized phrase ending just before token `end`: capitalized words, numbers, inner
// connectors and hyphens, within the sentence.
std::uint32_t phraseStartBefore(const Text& text, std::uint32_t end, std::uint32_t sentenceFirst) {
  std::uint32_t first = end;
  while (first > sentenceFirst) {
    const std::uint32_t i = first - 1;
    const Token& t = text.tokens()[i];
    const std::string_view w = text.token(i);
    if ((t.word && (t.capitalized || t.number)) || isConnector(w) || w == "-" || (possessiveLength(w) > 0 && possessiveLength(w) == w.size())) {
      first = i;
      continue;
    }
    break;
  }
  return first;
}

// Does the acronym fit the long form? Its first letter must start a capitalized word of the
// phrase; the phrase is cut to begin there. A word for the people of a body ("Experts of the
// EU ... (EUAM)") does not start it.
bool fitAcronym(const Text& text, std::string_view acronym, std::uint32_t& first, std::uint32_t end) {
  const char a0 = static_cast<char>(std::tolower(static_cast<unsigned char>(acronym[0])));
  for (std::uint32_t i = first; i < end; ++i) {
    const Token& t = text.tokens()[i];
    if (!t.word || !t.capitalized || text.is(i, WordClass::PeopleNoun)) continue;
    const char w0 = static_cast<char>(std::tolower(static_cast<unsigned char>(text.token(i)[0])));
    if (w0 == a0) {
      first = i;
      return true;
    }
  }
  return false;
}

// Whether a country or city starts at token `i`; with `everydayWords` false, not a city whose
// name is also an everyday English word ("University", a town in Florida).
bool isPlaceWord(const DocumentContext& ctx, std::uint32_t i, bool everydayWords = true) {
  const GazetteerMatch* m = ctx.matchAt(i);
  if (!m) return false;
  for (const auto& ref : m->entries)
    if (ref.kind == EntryKind::Country || (ref.kind == EntryKind::City && (everydayWords || !ctx.gazetteer.city(ref.index).commonWord)))
      return true;
  return false;
}

bool isMissionHead(std::string_view w) { return w == "Mission" || w == "Delegation" || w == "Embassy" || w == "Representation"; }

// Adjectives that open names ("Federal Service for ...", "State Council of ...").
bool isAdjectivalLead(std::string_view w) {
  return w == "Federal" || w == "State" || w == "National" || w == "Permanent" || w == "Supreme" || w == "Autonomous" ||
         w == "Republic" || w == "Joint" || w == "Regional" || w == "Central";
}

bool hasHeadWord(const Text& text, std::uint32_t first, std::uint32_t end) {
  for (std::uint32_t i = first; i < end; ++i)
    if (text.is(i, WordClass::TrailingHead) || (text.is(i, WordClass::LeadingHead) && !isAdjectivalLead(text.token(i))))
      return true;
  return false;
}

// A capitalized phrase names an organization when a head word stands where heads stand:
// first and followed by "of/for/on" ("Ministry of ..."), or last ("... Foundation"), or after
// an adjective that opens names ("Federal Service for ...").
bool isOrganizationPhrase(const DocumentContext& ctx, std::uint32_t first, std::uint32_t end) {
  const Text& text = ctx.text;
  if (end - first < 2) return false;
  std::uint32_t words = 0;
  for (std::uint32_t i = first; i < end; ++i) {
    const Token& t = text.tokens()[i];
    // A shouted headline ("MIGRATION AND DEVELOPMENT IN THE ...") is not a name.
    if (t.allCaps && (text.token(i) == "AND" || text.token(i) == "OF" || text.token(i) == "THE" || text.token(i) == "IN"))
      return false;
    words += t.word && t.capitalized;
  }
  if (words < 2) return false;
  // A headline's verb ("IOM Organizes First Training for ... Civil Society") or an event's noun
  // inside the phrase ("Counter-Trafficking Training for Officials and Civil Society") makes
  // it the name of an event or a headline, not of an organization.
  if (text.is(first, WordClass::HeadlineVerb)) return false;
  for (std::uint32_t i = first; i + 1 < end; ++i)
    if (text.is(i, WordClass::ActivityNoun)) return false;
  auto opensName = [&](std::uint32_t head) {
    // "Ministry of", "Directorate General of", "Centre for"
    // A programme that names its cause acts like a body ("Global Programme against the Smuggling of Migrants").
    const bool programme = text.token(head) == "Programme" || text.token(head) == "Program";
    if (head + 1 >= end || (!text.is(head, WordClass::LeadingHead) && !programme) || isAdjectivalLead(text.token(head)))
      return false;
    std::uint32_t n = head + 1;
    if (text.token(n) == "General" && n + 1 < end) ++n;
    // In a title-cased name too: "Network Against Child Trafficking, Abuse and Labour".
    return text.lowerIs(n, WordClass::HeadLink);
  };
  // The head may follow one word, or a state's name: "London School of ...", "Russian Union of
  // ...", "Sri Lanka Bureau of Foreign Employment".
  const GazetteerMatch* state = ctx.matchAt(first);
  const bool afterState = state && state->first == first && state->end < end && hasEntry(*state, EntryKind::Country);
  // Or a longer place's name: "Prince Edward Island Association for Newcomers to Canada" (two or
  // three capitalized words, none a title's or a body's people's, then the head and its link).
  auto afterLongName = [&](std::uint32_t head) {
    if (head >= end || end - head < 3) return false;
    for (std::uint32_t k = first; k < head; ++k)
      if (!text.tokens()[k].capitalized || text.is(k, WordClass::TitleNoun) || text.is(k, WordClass::PeopleNoun) ||
          text.is(k, WordClass::Honorific) || text.is(k, WordClass::NonNameWord) || text.lowerIs(k, WordClass::EventNoun))
        return false;
    return opensName(head);
  };
  const bool leadingHead = opensName(first) || (end - first >= 4 && opensName(first + 1)) || (afterState && opensName(state->end)) ||
                           afterLongName(first + 2) || afterLongName(first + 3);
  const bool adjectivalHead = isAdjectivalLead(text.token(first)) && hasHeadWord(text, first + 1, end);
  // "Fundación Madre Josefa", "Instituto Nacional de Derechos Humanos": in Spanish, Portuguese
  // and French the head opens the name and a proper name or an adjective may follow it directly.
  const bool romanceHead = end - first >= 3 && text.is(first, WordClass::RomanceHead);
  // "Russian Federation" ends in a head word that belongs to a place name; "University" (a town
  // in Florida) is an everyday word first, but "Chief of Mission" is a job.
  const bool trailingHead = text.is(end - 1, WordClass::TrailingHead) &&
                            !isPlaceWord(ctx, end - 1, /*everydayWords=*/isMissionHead(text.token(end - 1)));
  // "Private Employment Agencies Association of Zimbabwe": a head, "of" and a state end it.
  bool headOfState = false;
  if (const GazetteerMatch* last = ctx.matchAt(end - 1); last && last->end == end && hasEntry(*last, EntryKind::Country)) {
    std::uint32_t k = last->first;
    if (k > first && text.lower(k - 1) == "the") --k;
    headOfState = k >= first + 3 && text.token(k - 1) == "of" && text.is(k - 2, WordClass::TrailingHead);
  }
  return leadingHead || adjectivalHead || trailingHead || romanceHead || headOfState;
}

// The canonical name of the country `name` names ("Iran", "UK", "Japanese"), or "".
std::string countryNamed(const Gazetteer& gazetteer, std::string_view name) {
  if (auto c = gazetteer.countryByDemonym(name)) return gazetteer.country(*c).name;
  const Text text{std::string(name)};
  for (const auto& m : gazetteer.match(text))
    if (m.first == 0 && m.end == text.tokens().size())
      for (const auto& r : m.entries)
        if (r.kind == EntryKind::Country) return gazetteer.country(r.index).name;
  return {};
}

// A country's name as it follows "of": "the United Kingdom", "the Philippines", "Japan".
std::string afterOf(std::string_view country) {
  static constexpr std::string_view PLURAL_OR_TITLED[] = {"Netherlands", "Philippines", "Gambia", "Bahamas", "Maldives",
                                                          "Comoros", "Seychelles", "Holy See"};
  bool article = country.starts_with("United ");
  for (std::string_view w : {"Republic", "Kingdom", "Federation", "States", "Islands", "Emirates"})
    article = article || country.find(w) != std::string_view::npos;
  for (std::string_view w : PLURAL_OR_TITLED) article = article || country == w;
  return (article ? "the " : "") + std::string(country);
}

// Cuts a run of capitalized words into the names it holds: "X and the Ministry of Y",
// "Ministry of X- Directorate General of Y", "Department of X of the Ministry of Y".
std::vector<std::pair<std::uint32_t, std::uint32_t>> splitRun(const DocumentContext& ctx, std::uint32_t first,
                                                              std::uint32_t last) {
  const Text& text = ctx.text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  std::uint32_t start = first;
  for (std::uint32_t k = first + 1; k + 1 < last; ++k) {
    const std::string_view w = text.token(k);
    std::uint32_t next = k + 1;
    if (text.is(next, WordClass::Article)) ++next;
    if (next >= last) break;
    bool cut = false;
    if (w == "-") {
      cut = text.is(next, WordClass::LeadingHead);
    } else if (w == "at") {
      // "the Issam Fares Institute ... at the American University of Beirut": a body, "at", and
      // the body it belongs to.
      cut = k > start + 1 && isOrganizationPhrase(ctx, start, k) && isOrganizationPhrase(ctx, next, last);
    } else if (w == "of") {
      // A unit, then its parent; or a body named by its head, then the one it belongs to ("State
      // Migration Service of the Armenian Ministry of Territorial Administration").
      std::uint32_t head = next;
      if (head + 1 < last && ctx.gazetteer.countryByDemonym(text.token(head))) ++head;
      const GazetteerMatch* place = ctx.matchAt(head);
      const bool parentHead = text.is(head, WordClass::LeadingHead) && !text.is(head, WordClass::UnitHead) &&
                              !(place && hasEntry(*place, EntryKind::Country));
      cut = (text.is(start, WordClass::UnitHead) && text.is(next, WordClass::LeadingHead) && !text.is(next, WordClass::UnitHead)) ||
            (k > start + 1 && text.is(k - 1, WordClass::TrailingHead) && !isAdjectivalLead(text.token(head)) && parentHead &&
             head > next);
    } else if (text.is(k, WordClass::Conjunction)) {
      std::uint32_t segmentEnd = next;
      while (segmentEnd < last && !text.is(segmentEnd, WordClass::Conjunction) &&
             text.token(segmentEnd) != "of" && text.token(segmentEnd) != "-" && text.token(segmentEnd) != "at")
        ++segmentEnd;
      const bool bothNamed = isOrganizationPhrase(ctx, start, k) && hasHeadWord(text, next, segmentEnd);
      // "Global Programme against ... and Global Maritime Crime Programme": two names alike.
      const bool parallel = text.token(next) == text.token(start) && text.is(segmentEnd - 1, WordClass::TrailingHead) &&
                            hasHeadWord(text, start, k);
      // "X and the Y": an article after "and" starts a name when both sides are names.
      const bool articleNamed = next > k + 1 && isOrganizationPhrase(ctx, start, k) && isOrganizationPhrase(ctx, next, last);
      // "X and Members of the Y", "X and Mr Z": people after "and" start another phrase.
      const bool people = text.is(next, WordClass::PeopleNoun) || text.is(next, WordClass::TitleNoun) ||
                          text.is(next, WordClass::Honorific);
      // "X and Regional Office of ...": an adjective that opens names, then a head.
      const bool adjectivalNext = next + 1 < last && isAdjectivalLead(text.token(next)) &&
                                  (text.is(next + 1, WordClass::LeadingHead) || text.is(next + 1, WordClass::UnitHead));
      // "the University of Nottingham and PUC-Rio": an acronym after "and" is another body.
      const std::string_view n = text.token(next);
      const bool acronymFirst = n.size() >= 2 && std::isupper(static_cast<unsigned char>(n[0])) && std::isupper(static_cast<unsigned char>(n[1]));
      cut = text.is(next, WordClass::LeadingHead) || text.tokens()[next].allCaps || acronymFirst || bothNamed || parallel ||
            articleNamed || people || adjectivalNext;
    }
    if (cut) {
      out.emplace_back(start, k);
      start = k + 1;
    }
  }
  out.emplace_back(start, last);
  return out;
}

std::uint32_t addOrganization(State& s, std::string_view canonical, std::string_view surface, std::string_view wikidata) {
  const std::uint32_t node = s.ctx.graph.addNode(NodeKind::Organization, organizationKey(canonical), canonical);
  s.ctx.graph.addName(node, surface);
  if (!wikidata.empty()) s.ctx.graph.addLiteral(node, Property::SameAs, "http://www.wikidata.org/entity/" + std::string(wikidata));
  return node;
}

const OrganizationEntry* gazetteerOrganization(const DocumentContext& ctx, std::uint32_t first, std::uint32_t end) {
  if (const GazetteerMatch* m = ctx.matchOver(first, end))
    for (const auto& ref : m->entries)
      if (ref.kind == EntryKind::Organization) return &ctx.gazetteer.organization(ref.index);
  return nullptr;
}

std::string shortFormOf(const OrganizationEntry& e) { return e.acronyms.empty() ? std::string() : e.acronyms.front(); }

// "African Union Commission": a body of the gazetteer whose name is another's followed by unit
// words is a unit of that one (GUIDELINES: an office named by its organization plus a unit).
std::optional<std::uint32_t> gazetteerParentOf(const Gazetteer& gazetteer, std::string_view name) {
  for (std::size_t cut = name.rfind(' '); cut != std::string_view::npos && cut > 0; cut = name.rfind(' ', cut - 1)) {
    const std::string_view word = name.substr(cut + 1, name.find(' ', cut + 1) - cut - 1);
    if (!lexicon::is(word, WordClass::UnitHead)) return std::nullopt;
    if (auto parent = gazetteer.organizationByName(name.substr(0, cut))) return parent;
  }
  return std::nullopt;
}

// The parent a gazetteer body `e`, spelled `surface` here, is an office of on this page. Where
// the list gives `e` a parent: that parent if the page names it too, in the body's name ("OSCE
// Office for ...") or anywhere else (GUIDELINES: a unit named on its own whose parent the text
// gives), else none. Where it gives none: the body `e`'s name is made from ("African Union
// Commission").
std::optional<std::uint32_t> parentOnPage(const State& s, const OrganizationEntry& e, std::string_view surface) {
  if (e.parent.empty()) return gazetteerParentOf(s.ctx.gazetteer, e.name);
  const auto parent = s.ctx.gazetteer.organizationByName(e.parent);
  if (!parent) return std::nullopt;
  const OrganizationEntry& p = s.ctx.gazetteer.organization(*parent);
  bool named = surface.starts_with(p.name + " ") ||
               std::binary_search(s.matchedOrganizations.begin(), s.matchedOrganizations.end(), *parent);
  for (const std::string& acronym : p.acronyms) named = named || surface.starts_with(acronym + " ");
  return named ? parent : std::nullopt;
}

// The office a gazetteer unit stands for, under its parent organization.
std::uint32_t gazetteerUnit(State& s, const OrganizationEntry& unit, std::uint32_t parentIndex, std::string_view surface) {
  DocumentContext& ctx = s.ctx;
  const OrganizationEntry& p = ctx.gazetteer.organization(parentIndex);
  const std::uint32_t parent = addOrganization(s, p.name, p.name, p.wikidata);
  if (!shortFormOf(p).empty() && !s.shortName.contains(parent)) s.shortName[parent] = shortFormOf(p);
  const std::uint32_t office = ctx.graph.addNode(NodeKind::Office, officeKey(unit.name), unit.name);
  ctx.graph.addName(office, std::string(surface));
  for (const std::string& acronym : unit.acronyms) ctx.graph.addName(office, acronym);
  ctx.graph.addEdge(office, Relation::ParentOrganization, parent, DocumentGraph::NO_SENTENCE, "office.gazetteer-unit");
  return office;
}

std::uint32_t unitNameEnd(const DocumentContext& ctx, std::uint32_t j, std::uint32_t sentenceEnd);

// "EU Advisory Mission to Ukraine": the organization of the gazetteer (not an umbrella one) whose
// name or acronym opens the name [first, end) of a body of its own, as its node; or none.
std::optional<std::uint32_t> namedParentOf(State& s, std::uint32_t first, std::uint32_t end) {
  const GazetteerMatch* m = s.ctx.matchAt(first);
  if (!m || m->first != first || m->end + 1 >= end) return std::nullopt;
  if (!isOrganizationPhrase(s.ctx, m->end, end) && unitNameEnd(s.ctx, m->end, end) != end) return std::nullopt;
  for (const EntryRef& ref : m->entries) {
    if (ref.kind != EntryKind::Organization) continue;
    const OrganizationEntry& e = s.ctx.gazetteer.organization(ref.index);
    if (e.umbrella) return std::nullopt;
    const std::uint32_t parent = addOrganization(s, e.name, s.ctx.text.span(m->first, m->end), e.wikidata);
    if (!shortFormOf(e).empty() && !s.shortName.contains(parent)) s.shortName[parent] = shortFormOf(e);
    return parent;
  }
  return std::nullopt;
}

// 1. "Full Name (ACR)": the acronym names the organization for the rest of the document.
void acronymDefinitions(State& s) {
  const Text& text = s.ctx.text;
  const auto n = static_cast<std::uint32_t>(text.tokens().size());
  for (std::uint32_t i = 1; i + 2 < n; ++i) {
    if (text.token(i) != "(" || text.token(i + 2) != ")" || !looksLikeAcronym(text, i + 1)) continue;
    const std::string acronym(text.token(i + 1));
    const Sentence& sentence = text.sentences()[text.sentenceOf(i)];
    std::uint32_t first = phraseStartBefore(text, i, sentence.firstToken), end = i;
    trimConnectors(text, first, end);
    // Only the last of several names run together is defined: "Ministry X- Directorate Y (DY)".
    if (first < end) first = splitRun(s.ctx, first, end).back().first;
    trimConnectors(text, first, end);
    const std::uint32_t phraseFirst = first;
    if (first >= end || !fitAcronym(text, acronym, first, end)) continue;
    // An acronym of a name in another language ("Guatemalan Migration Institute (IGM)") fits no
    // English word order: keep the whole name rather than its last word.
    if (end - first == 1 && end - phraseFirst > 1 && acronym.size() >= 3) first = phraseFirst;
    const OrganizationEntry* known = gazetteerOrganization(s.ctx, first, end);
    if (!known) {
      // The acronym alone may be known ("... Agency (Sida)"); of several, the last listed.
      if (const GazetteerMatch* m = s.ctx.matchOver(i + 1, i + 2))
        for (const auto& ref : m->entries)
          if (ref.kind == EntryKind::Organization) known = &s.ctx.gazetteer.organization(ref.index);
    }
    if (!known && !isOrganizationPhrase(s.ctx, first, end) && !hasHeadWord(text, first, end)) continue;
    if (s.ctx.overlaps(first, end)) continue;
    const std::string surface(text.span(first, end));
    if (const auto parent = known ? parentOnPage(s, *known, surface) : std::nullopt) {
      const std::uint32_t office = gazetteerUnit(s, *known, *parent, surface);
      s.ctx.graph.addName(office, acronym);
      s.ctx.add(Mention{NodeKind::Office, first, end, office});
      s.ctx.add(Mention{NodeKind::Office, i + 1, i + 2, office});
      continue;
    }
    // "the EU Advisory Mission to Ukraine (EUAM)": a body named after its organization.
    if (const std::optional<std::uint32_t> parent = known ? std::nullopt : namedParentOf(s, first, end)) {
      const std::uint32_t office = s.ctx.graph.addNode(NodeKind::Office, officeKey(surface), surface);
      s.ctx.graph.addName(office, acronym);
      s.ctx.graph.addEdge(office, Relation::ParentOrganization, *parent, DocumentGraph::NO_SENTENCE, "office.org-then-body");
      s.ctx.add(Mention{NodeKind::Office, first, end, office});
      s.ctx.add(Mention{NodeKind::Office, i + 1, i + 2, office});
      s.byAcronym[acronym] = office;
      continue;
    }
    const std::uint32_t node = known ? addOrganization(s, known->name, surface, known->wikidata)
                                     : addOrganization(s, surface, surface, {});
    s.ctx.graph.addName(node, acronym);
    s.ctx.add(Mention{NodeKind::Organization, first, end, node});
    s.ctx.add(Mention{NodeKind::Organization, i + 1, i + 2, node});
    s.byAcronym[acronym] = node;
    s.shortName[node] = acronym;
  }
}

// "UN agencies", "UN 2030 Agenda", "UN DESA": an umbrella body's name before a noun for its
// parts, a number or another name's words is a modifier, not the body acting. Before a body's
// own name ("UN Statistics Division", "UN High Commission for Refugees") it stays, for the
// office and name rules to read.
bool isNamePart(const Text& text, std::uint32_t next) {
  const auto n = static_cast<std::uint32_t>(text.tokens().size());
  if (next >= n || !text.tokens()[next].word || text.is(next, WordClass::Connector)) return false;
  if (text.is(next, WordClass::SystemNoun)) return true;
  if (!text.tokens()[next].capitalized && !text.tokens()[next].number) return false;
  std::uint32_t end = next;
  while (end < n && text.tokens()[end].word && (text.tokens()[end].capitalized || text.tokens()[end].number || text.is(end, WordClass::Connector)))
    ++end;
  for (std::uint32_t i = next; i < end; ++i)
    if (text.is(i, WordClass::UnitHead)) return false;
  return true;
}

// 2. Names, aliases and acronyms from the curated list, and acronyms defined in this document.
void knownOrganizations(State& s) {
  const Text& text = s.ctx.text;
  for (const auto& m : s.ctx.matches) {
    for (const auto& ref : m.entries) {
      if (ref.kind != EntryKind::Organization) continue;
      const OrganizationEntry& e = s.ctx.gazetteer.organization(ref.index);
      if (ref.acronym && e.ambiguousAcronym) {
        // "ICC", "DRC": only with the full name somewhere in the document.
        const bool fullNamed = std::any_of(s.ctx.matches.begin(), s.ctx.matches.end(), [&](const GazetteerMatch& o) {
          return std::any_of(o.entries.begin(), o.entries.end(), [&](const EntryRef& r) {
            return r.kind == EntryKind::Organization && r.index == ref.index && !r.acronym;
          });
        });
        if (!fullNamed) continue;
      }
      if (s.ctx.overlaps(m.first, m.end)) break;
      if (e.umbrella && isNamePart(s.ctx.text, m.end)) break;
      // "WHO: International Center La Strada": a media advisory's label, not the WHO.
      if (const Sentence& in = text.sentences()[text.sentenceOf(m.first)]; m.first == in.firstToken && opensWithLabel(text, in, "who"))
        break;
      if (const auto parent = parentOnPage(s, e, text.span(m.first, m.end))) {
        const std::uint32_t office = gazetteerUnit(s, e, *parent, text.span(m.first, m.end));
        s.ctx.add(Mention{NodeKind::Office, m.first, m.end, office});
        break;
      }
      const std::uint32_t node = addOrganization(s, e.name, text.span(m.first, m.end), e.wikidata);
      s.ctx.add(Mention{NodeKind::Organization, m.first, m.end, node});
      if (!shortFormOf(e).empty() && !s.shortName.contains(node)) s.shortName[node] = shortFormOf(e);
      break;
    }
  }
  for (std::uint32_t i = 0; i < text.tokens().size(); ++i) {
    auto it = s.byAcronym.empty() ? s.byAcronym.end() : s.byAcronym.find(text.token(i));
    if (it != s.byAcronym.end() && !s.ctx.overlaps(i, i + 1))
      s.ctx.add(Mention{s.ctx.graph.node(it->second).kind, i, i + 1, it->second});
  }
}

// A country or a city at `first` that can name an office ("IOM Minsk"); a city that is also
// an everyday word ("IOM Central", "UNGA Summit") cannot.
const GazetteerMatch* placeMatchAt(const DocumentContext& ctx, std::uint32_t first) {
  const GazetteerMatch* m = ctx.matchAt(first);
  if (!m || m->first != first) return nullptr;
  bool country = false, city = false, common = false;
  for (const auto& ref : m->entries) {
    country = country || ref.kind == EntryKind::Country;
    if (ref.kind == EntryKind::City) city = true, common = common || ctx.gazetteer.city(ref.index).commonWord;
  }
  return country || (city && !common) ? m : nullptr;
}

std::string displayName(const State& s, std::uint32_t orgNode) {
  auto it = s.shortName.find(orgNode);
  return it != s.shortName.end() ? it->second : s.ctx.graph.node(orgNode).name;
}

// Replaces an organization mention by an office mention over [first, end).
// Its city, when the name gives one, is linked by the PlaceExtractor.
std::uint32_t makeOffice(State& s, const Mention& org, std::uint32_t end, const std::string& name, const std::string& alias,
                         std::string_view rule) {
  DocumentContext& ctx = s.ctx;
  const std::uint32_t parent = org.node;
  const std::uint32_t office = ctx.graph.addNode(NodeKind::Office, officeKey(name), name);
  ctx.graph.addName(office, alias);
  ctx.graph.addEdge(office, Relation::ParentOrganization, parent, DocumentGraph::NO_SENTENCE, rule);
  ctx.replace(Mention{NodeKind::Office, org.first, end, office});
  return office;
}

// "Permanent Mission of Italy to the UN", "EU Delegation to the UN in Geneva": a mission's
// name goes on with where it is accredited. Returns the new end of the name at `end`.
std::uint32_t accreditedTo(const DocumentContext& ctx, std::uint32_t end, std::uint32_t sentenceEnd) {
  const Text& text = ctx.text;
  if (end + 1 >= sentenceEnd || text.token(end) != "to") return end;
  std::uint32_t a = end + 1;
  if (text.token(a) == "the" && a + 1 < sentenceEnd) ++a;
  std::uint32_t out = end;
  if (const Mention* m = ctx.at(a); m && m->first == a && m->kind == NodeKind::Organization) {
    out = m->end;
  } else if (const GazetteerMatch* g = ctx.matchAt(a); g && g->first == a && hasEntry(*g, EntryKind::Country)) {
    out = g->end;
  } else {
    return end;
  }
  if (out + 1 < sentenceEnd && text.token(out) == "in")
    if (const GazetteerMatch* city = ctx.matchAt(out + 1); city && city->first == out + 1 && hasEntry(*city, EntryKind::City))
      out = city->end;
  return out;
}

// After an organization at `j`: "office in PLACE", "country office in PLACE" in lower case, as
// releases name an organization's office in a country or city; returns the end of the place,
// or `j`.
std::uint32_t officeInPlaceAfter(const DocumentContext& ctx, std::uint32_t j, std::uint32_t sentenceEnd) {
  const Text& text = ctx.text;
  std::uint32_t w = j;
  if (w < sentenceEnd && (text.token(w) == "country" || text.token(w) == "regional" || text.token(w) == "field")) ++w;
  if (w + 2 >= sentenceEnd || text.token(w) != "office" || text.token(w + 1) != "in") return j;
  const GazetteerMatch* place = placeMatchAt(ctx, w + 2);
  if (!place || ctx.overlaps(place->first, place->end)) return j;
  return place->end;
}

// "the Delegation of the European Union to Georgia": a mission of the organization.
bool missionOfOrg(State& s, const Mention& org, std::uint32_t sentenceEnd) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  if (org.first < 2) return false;
  std::uint32_t k = org.first - 1;
  if (text.token(k) == "the" && k > 0) --k;
  // ("Chief of Mission of IOM Nepal" is a job.)
  const bool job = k >= 2 && text.token(k - 2) == "of";
  if (!(text.token(k) == "of" && k > 0 && isMissionHead(text.token(k - 1)) && !ctx.overlaps(k - 1, k) && !job)) return false;
  const std::uint32_t first = k - 1;
  const std::uint32_t end = accreditedTo(ctx, org.end, sentenceEnd);
  const std::string name(text.span(first, end));
  const std::uint32_t office = ctx.graph.addNode(NodeKind::Office, officeKey(name), name);
  ctx.graph.addEdge(office, Relation::ParentOrganization, org.node, DocumentGraph::NO_SENTENCE, "office.mission-of-org");
  ctx.replace(Mention{NodeKind::Office, first, end, office});
  return true;
}

// The organization mention an office named after it belongs to, and what the office's name is
// built from.
struct OfficeParent {
  const Mention& org;
  std::uint32_t after;  ///< the first token after the organization and a closing "(IOM)"
  std::uint32_t sentenceEnd;
  std::string shortName;  ///< the organization's acronym or name, for the office's name
  std::string surface;  ///< the organization as the text spells it, for the office's alias
};

// "the UN Conference Center", "ECOWAS Fund Conference Center": an event noun, then at `k` a word
// for a place to hold it, name a venue.
bool namesVenueAt(const Text& text, std::uint32_t k) {
  return text.lowerIs(k - 1, WordClass::EventNoun) && text.lowerIs(k, WordClass::NotEventAfter);
}

// Unit words up to a unit head: "Central Asian Coordination Office", "Labour Migration Division".
// Returns the end of the unit words from `j`, or `j` when there are none.
std::uint32_t unitWordsEnd(const DocumentContext& ctx, std::uint32_t j, std::uint32_t sentenceEnd) {
  const Text& text = ctx.text;
  std::uint32_t k = j;
  std::uint32_t unitEnd = j;
  // "IOM Belarus Chief of Mission" is an office and a job title, not an office "... Mission".
  const bool title = j < sentenceEnd && text.is(j, WordClass::TitleNoun);
  while (!title && k < sentenceEnd && k < j + 6) {
    const Token& t = text.tokens()[k];
    if (!(t.word && t.capitalized) || ctx.overlaps(k, k + 1)) break;
    if (k > j && namesVenueAt(text, k)) return j;
    if (text.is(k, WordClass::UnitHead)) unitEnd = k + 1;
    ++k;
  }
  // Words after the unit word still name the unit when an area follows them: "Regional
  // Programme Security Dialogue for East Africa".
  if (unitEnd > j && k < sentenceEnd && (text.token(k) == "for" || text.token(k) == "in")) unitEnd = k;
  return unitEnd;
}

// One area phrase after `unitEnd` ("for West Africa", "in Skopje"); its end, or `unitEnd`.
std::uint32_t oneAreaEnd(const DocumentContext& ctx, std::uint32_t unitEnd, std::uint32_t sentenceEnd) {
  const Text& text = ctx.text;
  if (!(unitEnd + 1 < sentenceEnd &&
        (text.token(unitEnd) == "for" || text.token(unitEnd) == "in" || text.token(unitEnd) == "to" || text.token(unitEnd) == "of")))
    return unitEnd;
  std::uint32_t e = unitEnd + 1;
  while (e < sentenceEnd && !ctx.overlaps(e, e + 1) &&
         ((text.tokens()[e].word && text.tokens()[e].capitalized) || text.token(e) == "and" || text.token(e) == "the")) {
    // "... for Indonesia and Timor-Leste and the Indonesian ... Agency": "and the" starts another
    // name, unless a region follows ("Regional Office for Central America and the Caribbean").
    if (text.token(e) == "and" && e + 1 < sentenceEnd &&
        (text.token(e + 1) == "the" || text.is(e + 1, WordClass::LeadingHead)) &&
        !(text.token(e + 1) == "the" && e + 2 < sentenceEnd && text.is(e + 2, WordClass::Region)))
      break;
    ++e;
  }
  while (e > unitEnd + 1 && !(text.tokens()[e - 1].word && text.tokens()[e - 1].capitalized)) --e;
  return e > unitEnd + 1 ? e : unitEnd;
}

// The unit's area: "Regional Office for West Africa", "Office in Skopje"; an area may have its
// own ("Office of the Special Envoy for the Central and Western Mediterranean Situations").
// Returns the end of the areas after the unit ending at `unitEnd`, or `unitEnd` when none follows.
std::uint32_t unitAreaEnd(const DocumentContext& ctx, std::uint32_t unitEnd, std::uint32_t sentenceEnd) {
  std::uint32_t end = oneAreaEnd(ctx, unitEnd, sentenceEnd);
  // A further "for/of" area; "in Beirut" after one is where the office is, not its name.
  while (end > unitEnd && end + 1 < sentenceEnd && (ctx.text.token(end) == "for" || ctx.text.token(end) == "of")) {
    const std::uint32_t further = oneAreaEnd(ctx, end, sentenceEnd);
    if (further == end) break;
    end = further;
  }
  return end;
}

// The end of a unit named after its organization, with where a mission is accredited or the
// unit's area; `j` when no unit starts at `j`.
std::uint32_t unitNameEnd(const DocumentContext& ctx, std::uint32_t j, std::uint32_t sentenceEnd) {
  const std::uint32_t unitEnd = unitWordsEnd(ctx, j, sentenceEnd);
  const std::uint32_t accredited = unitEnd > j && isMissionHead(ctx.text.token(unitEnd - 1)) ? accreditedTo(ctx, unitEnd, sentenceEnd) : unitEnd;
  if (accredited > unitEnd) return accredited;
  if (unitEnd > j) return unitAreaEnd(ctx, unitEnd, sentenceEnd);
  return unitEnd;
}

// "IOM Central Asian Coordination Office", "... Regional Office for West Africa": a unit after
// the organization.
bool orgThenUnit(State& s, const OfficeParent& o) {
  const std::uint32_t j = o.after;
  const std::uint32_t unitEnd = unitNameEnd(s.ctx, j, o.sentenceEnd);
  if (unitEnd <= j) return false;
  const std::string unit(s.ctx.text.span(j, unitEnd));
  // "the African Union (AU) Commission" is the gazetteer's "African Union Commission" where it has one.
  const std::string& parentName = s.ctx.graph.node(o.org.node).name;
  const auto known = s.ctx.gazetteer.organizationByName(parentName + " " + unit);
  const std::string name = known ? s.ctx.gazetteer.organization(*known).name : o.shortName + " " + unit;
  const std::uint32_t office = makeOffice(s, o.org, unitEnd, name, o.surface + " " + unit, "office.org-then-unit");
  // The unit is also called by its own words ("Labour Migration Division").
  if (unitEnd - j >= 2) s.ctx.graph.addName(office, unit);
  return true;
}

std::uint32_t capitalizedRunEnd(const DocumentContext& ctx, std::uint32_t i, std::uint32_t sentenceEnd);

// "the Council of Europe Committee of Ministers", "OSCE Mediterranean Points of Contact
// Network": a body's own name right after the organization's is a body of that organization
// (GUIDELINES: an office named by its organization plus a unit). Not after an umbrella name
// (a council named after "UN" is a body of its own).
bool orgThenBody(State& s, const OfficeParent& o) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  const std::uint32_t j = o.after;
  if (j != o.org.end || !text.tokens()[j].capitalized || ctx.overlaps(j, j + 1)) return false;
  if (const GazetteerMatch* m = ctx.matchAt(o.org.first); m && m->first == o.org.first)
    for (const EntryRef& ref : m->entries)
      if (ref.kind == EntryKind::Organization && ctx.gazetteer.organization(ref.index).umbrella) return false;
  std::uint32_t end = capitalizedRunEnd(ctx, j, o.sentenceEnd);
  while (end > j && !text.tokens()[end - 1].capitalized) --end;
  if (end > j + 1) end = splitRun(ctx, j, end).front().second;
  if (end <= j + 1 || !isOrganizationPhrase(ctx, j, end)) return false;
  for (std::uint32_t k = j + 1; k < end; ++k)
    if (namesVenueAt(text, k)) return false;
  end = unitAreaEnd(ctx, end, o.sentenceEnd);  // "... Partnership Office in Brazil"
  const std::string body(text.span(j, end));
  const std::uint32_t office = makeOffice(s, o.org, end, o.shortName + " " + body, o.surface + " " + body, "office.org-then-body");
  ctx.graph.addName(office, body);
  return true;
}

// "IOM Minsk", "IOM Belarus": a place right after the organization.
bool orgThenPlace(State& s, const OfficeParent& o) {
  DocumentContext& ctx = s.ctx;
  const GazetteerMatch* place = placeMatchAt(ctx, o.after);
  if (!(place && o.after == o.org.end && !ctx.overlaps(place->first, place->end))) return false;
  // "IOM Iraq’s initiative": the office's name, without the possessive.
  std::string where(ctx.text.span(place->first, place->end));
  if (const std::size_t suffix = possessiveLength(where); suffix && where.size() > suffix) where.resize(where.size() - suffix);
  makeOffice(s, o.org, place->end, o.shortName + " " + where, o.surface + " " + where, "office.org-then-place");
  return true;
}

// "IOM's office in Minsk", "the UNICEF country office in Tajikistan"
bool orgOfficeInPlace(State& s, const OfficeParent& o) {
  DocumentContext& ctx = s.ctx;
  const std::uint32_t end = officeInPlaceAfter(ctx, o.after, o.sentenceEnd);
  if (end <= o.after) return false;
  const GazetteerMatch* in = ctx.matchAt(end - 1);
  const std::string where(ctx.text.span(in->first, in->end));
  makeOffice(s, o.org, end, o.shortName + " " + where, std::string(ctx.text.span(o.org.first, end)), "office.org-office-in-place");
  return true;
}

// "(the office of) the International Organization for Migration (IOM) in Belarus"
bool orgInPlace(State& s, const OfficeParent& o) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  const Mention& org = o.org;
  const std::uint32_t j = o.after;
  if (!((j == org.end || text.token(org.end) == "(") && j + 1 < o.sentenceEnd && text.token(j) == "in")) return false;
  const GazetteerMatch* in = placeMatchAt(ctx, j + 1);
  if (!(in && !ctx.overlaps(in->first, in->end) && org.first > 0 && text.token(org.first - 1) == "the" &&
        org.first > 1 && text.token(org.first - 2) == "of"))
    return false;
  const std::string where(text.span(in->first, in->end));
  makeOffice(s, org, in->end, o.shortName + " " + where, o.surface + " in " + where, "office.org-in-place");
  return true;
}

// 3. Offices: "IOM Minsk", "IOM Belarus", "IOM Central Asian Coordination Office",
//    "International Organization for Migration in Belarus".
void offices(State& s) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  const auto n = static_cast<std::uint32_t>(text.tokens().size());
  const std::vector<Mention> orgs = ctx.mentions;
  for (const Mention& org : orgs) {
    if (org.kind != NodeKind::Organization || org.end >= n) continue;
    const std::uint32_t sentenceEnd = text.sentences()[text.sentenceOf(org.first)].endToken;
    if (missionOfOrg(s, org, sentenceEnd)) continue;
    std::uint32_t j = org.end;
    // A closing "(IOM)" after the long form belongs to it: "... Migration (IOM) Central Asian ...".
    if (j + 2 < sentenceEnd && text.token(j) == "(" && text.token(j + 2) == ")") j += 3;
    if (j >= sentenceEnd) continue;
    const OfficeParent o{org, j, sentenceEnd, displayName(s, org.node), std::string(text.span(org.first, org.end))};
    if (orgThenUnit(s, o)) continue;
    if (orgThenBody(s, o)) continue;
    if (orgThenPlace(s, o)) continue;
    if (orgOfficeInPlace(s, o)) continue;
    orgInPlace(s, o);
  }
}

// 4. Bodies named in quotes with their legal form, as is usual in the CIS and elsewhere:
//    `Autonomous Non-profit Organization "New Century"`, `Foundation "AIDS Infoshare"`,
//    `"Safe House" Foundation`. A one-word form stays in the name ("Safe House Foundation",
//    also for `Foundation "Safe House"`, so both spellings are one node); a longer one is a
//    legal description, and the name is the quoted words.
void quotedNames(State& s) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  const auto n = static_cast<std::uint32_t>(text.tokens().size());
  for (std::uint32_t open = 0; open + 2 < n; ++open) {
    if (!isOpenQuote(text.token(open))) continue;
    const std::uint32_t sentenceFirst = text.sentences()[text.sentenceOf(open)].firstToken;
    std::uint32_t close = open + 1;
    bool names = true;
    while (close < n && close < open + 8 && !isCloseQuote(text.token(close))) {
      const Token& t = text.tokens()[close];
      names = names && ((t.word && t.capitalized) || text.is(close, WordClass::Connector)) && !ctx.overlaps(close, close + 1);
      ++close;
    }
    if (!names || close >= n || close == open + 1 || !isCloseQuote(text.token(close))) continue;
    const std::string quoted(text.span(open + 1, close));
    std::uint32_t first = open, end = close + 1;
    std::string canonical;
    if (open > sentenceFirst && text.is(open - 1, WordClass::LegalForm) && !ctx.overlaps(open - 1, open)) {
      first = phraseStartBefore(text, open, sentenceFirst);
      std::uint32_t trimmedEnd = open;
      trimConnectors(text, first, trimmedEnd);
      canonical = open - first == 1 ? quoted + " " + std::string(text.token(open - 1)) : quoted;
    } else if (end < n && text.is(end, WordClass::LegalForm) && !ctx.overlaps(end, end + 1)) {
      canonical = quoted + " " + std::string(text.token(end));
      ++end;
    } else {
      continue;
    }
    if (ctx.overlaps(first, end)) continue;
    const std::uint32_t node = addOrganization(s, canonical, quoted, {});
    if (first < open) ctx.graph.addName(node, std::string(text.span(first, open)) + " " + quoted);
    ctx.add(Mention{NodeKind::Organization, first, end, node});
    open = close;
  }
}

// 5. Capitalized phrases with an organization head word: "Ministry of Internal Affairs",
//    "Institute of European Studies", "Safe House Foundation". A unit followed by "of the"
//    and an organization ("Department for Citizenship and Migration of the Ministry of
//    Interior") is an office of it.
struct Candidate {
  std::uint32_t first;
  std::uint32_t end;
  std::string canonical;
  std::string alias;  ///< the text's spelling with the state's adjective ("Vietnamese Ministry of Labour")
  bool needsParent = false;  ///< a unit ("Social Affairs Sector") that names nothing without its parent
};

// "Labour Migration Branch", "Social Affairs Sector": words ending in a unit head, no title in
// them ("Chief of Mission" is a job).
bool isUnitPhrase(const Text& text, std::uint32_t first, std::uint32_t end) {
  if (end - first < 2 || !text.is(end - 1, WordClass::UnitHead)) return false;
  for (std::uint32_t i = first; i < end; ++i) {
    const std::string_view w = text.token(i);
    if (lexicon::isTitleNoun(w) || (w != "and" && !text.tokens()[i].capitalized)) return false;
  }
  return true;
}

// "Ministry of Labour, Invalids and Social Affairs", "Bureau of Population, Refugees, and
// Migration": a name whose area is a list. At the comma at `comma`, returns where the list
// ends (after its "and" item), or `comma` when what follows is no such list: items are plain
// capitalized words, not names of their own (a head word, a mention, a place).
std::uint32_t areaListEnd(const DocumentContext& ctx, std::uint32_t comma, std::uint32_t sentenceEnd) {
  const Text& text = ctx.text;
  std::uint32_t k = comma;
  bool sawAnd = false;
  while (k < sentenceEnd && text.token(k) == ",") {
    ++k;
    if (k < sentenceEnd && text.token(k) == "and") {
      ++k;
      sawAnd = true;
    }
    const std::uint32_t itemStart = k;
    while (k < sentenceEnd && text.tokens()[k].word && text.tokens()[k].capitalized && !text.tokens()[k].number &&
           !ctx.overlaps(k, k + 1) && !isPlaceWord(ctx, k) && !text.is(k, WordClass::LeadingHead) &&
           !monthNumber(text.token(k)))
      ++k;
    if (k == itemStart || k - itemStart > 3) return comma;
    if (sawAnd) return k;
    if (k < sentenceEnd && text.token(k) == "and") {
      const std::uint32_t last = k + 1;
      std::uint32_t e = last;
      while (e < sentenceEnd && text.tokens()[e].word && text.tokens()[e].capitalized && !text.tokens()[e].number &&
             !ctx.overlaps(e, e + 1) && !isPlaceWord(ctx, e) && !text.is(e, WordClass::LeadingHead))
        ++e;
      if (e == last || e - last > 3) return comma;
      return e;
    }
  }
  return comma;
}

// The name's head word: first, or after "The" or a state's adjective ("Vietnamese Ministry of ...").
// After a job title too: "Director of the Department of Refugees, Expatriates and ...".
std::uint32_t runHeadWord(const Text& text, std::uint32_t i, std::uint32_t end) {
  std::uint32_t head = i;
  while (head < i + 2 && head + 1 < end && !text.is(head, WordClass::LeadingHead)) ++head;
  if (!text.is(head, WordClass::LeadingHead) && text.is(i, WordClass::TitleNoun))
    for (std::uint32_t k = i + 2; k + 1 < end && k <= i + 3; ++k)
      if (text.is(k, WordClass::LeadingHead) && text.is(k - 1, WordClass::Connector)) {
        head = k;
        break;
      }
  return head;
}

// The maximal run of capitalized words and inner connectors from `i`, not crossing a mention.
std::uint32_t capitalizedRunEnd(const DocumentContext& ctx, std::uint32_t i, std::uint32_t sentenceEnd) {
  const Text& text = ctx.text;
  std::uint32_t end = i;
  while (end < sentenceEnd && !ctx.overlaps(end, end + 1)) {
    const Token& u = text.tokens()[end];
    const std::string_view w = text.token(end);
    if (monthNumber(w) && u.capitalized) break;  // "the League on 11-12 September"
    if (end > i && text.is(end, WordClass::HeadlineVerb)) break;  // "Government of Canada Supports ..."
    const std::uint32_t head = runHeadWord(text, i, end);
    // "the Ministry of Health in Lusaka": the place is where it is, not its name; a
    // mission's is ("Embassy of Japan in Kazakhstan").
    // "a delegation from the Government of Zimbabwe at Waajiri House": after a place, "at" leads
    // to a venue.
    if (w == "at" && end > i && isPlaceWord(ctx, end - 1)) break;
    if (w == "in" && end + 1 < sentenceEnd && isPlaceWord(ctx, end + 1) &&
        !(end > i && isMissionHead(text.token(end - 1))) && !(end > i + 2 && isMissionHead(text.token(end - 3))))
      break;
    if ((u.word && u.capitalized && !u.number) || isConnector(w) || w == "-" || isPluralPossessiveMark(text, end)) {
      ++end;
      continue;
    }
    if (w == "," && end > head + 1 && text.is(head, WordClass::LeadingHead) && text.lowerIs(head + 1, WordClass::HeadLink)) {
      const std::uint32_t listEnd = areaListEnd(ctx, end, sentenceEnd);
      // "Ministry of Labour, Social Security and Migration of the Kyrgyz Republic"
      const bool goesOn = listEnd > end && listEnd < sentenceEnd && text.token(listEnd) == "of";
      end = listEnd;
      if (goesOn) continue;
    }
    break;
  }
  return end;
}

// Words around a name: a headline's ("Upcoming Migration Policy Institute Briefings"), a kind
// of body's ("NGO ...").
void dropHeadlineWords(const Text& text, std::uint32_t& first, std::uint32_t& last) {
  if (first < last && (text.token(first) == "Upcoming" || text.token(first) == "Latest")) ++first;
  // "the NGO Human Resources Without Borders": the kind of body, not its name.
  if (last - first >= 3 && text.tokens()[first].allCaps && text.is(first, WordClass::KindNoun)) ++first;
  if (last - first >= 3 && !eventTypeOf(text.token(last - 1)).empty() && text.is(last - 2, WordClass::TrailingHead))
    --last;
}

// "Head of the Department for ...": the name starts at the head word after "of the". Returns
// where the name in [first, last) starts.
std::uint32_t nameStartAtHeadAfterOf(const Text& text, std::uint32_t first, std::uint32_t last) {
  if (first < last && !text.is(first, WordClass::LeadingHead) && !isAdjectivalLead(text.token(first)))
    for (std::uint32_t k = first + 1; k + 1 < last; ++k)
      if (text.is(k, WordClass::LeadingHead) && !isAdjectivalLead(text.token(k)) && text.is(k - 1, WordClass::Connector) &&
          text.is(k + 1, WordClass::Connector))
        return k;
  return first;
}

// "Iran’s Ministry of Interior": the possessor is the state, not part of the name. Moves `first`
// past a possessive word and returns the state it names, or "".
std::string takePossessor(const DocumentContext& ctx, std::uint32_t& first, std::uint32_t last) {
  std::string possessor;
  if (first + 1 < last) {
    const std::string_view w = ctx.text.token(first);
    if (const std::size_t s = possessiveLength(w); s && w.size() > s) {
      possessor = countryNamed(ctx.gazetteer, w.substr(0, w.size() - s));
      ++first;
    }
  }
  return possessor;
}

// "Deputy Head of the Patrol Police Department", "Permanent Secretary of the Ministry of X",
// "Officials from the Border Police":
// a job title before the name; the name starts after the "of"/"at" that leads to one. Returns
// where the name in [first, last) starts.
std::uint32_t nameStartAfterTitle(const DocumentContext& ctx, std::uint32_t first, std::uint32_t last) {
  const Text& text = ctx.text;
  if (first + 1 < last && (text.is(first, WordClass::TitleNoun) || text.is(first + 1, WordClass::TitleNoun) ||
                           text.is(first, WordClass::Honorific) || text.is(first, WordClass::PeopleNoun) ||
                           text.is(first + 1, WordClass::PeopleNoun)))
    for (std::uint32_t k = first + 1; k + 1 < last; ++k) {
      const std::string_view w = text.token(k);
      if (w != "of" && w != "at" && w != "in" && w != "from") continue;
      std::uint32_t a = k + 1, b = last;
      trimConnectors(text, a, b);
      if (a < b && (isOrganizationPhrase(ctx, a, b) || isUnitPhrase(text, a, b))) return a;
    }
  return first;
}

// The names in a capitalized run: [first, last) without the words around them, and the state
// a possessor before them names.
struct NameRun {
  std::uint32_t first;
  std::uint32_t last;
  std::uint32_t sentenceEnd;
  std::string possessor;
};

NameRun nameRunIn(const DocumentContext& ctx, std::uint32_t runFirst, std::uint32_t runEnd, std::uint32_t sentenceEnd) {
  NameRun run{runFirst, runEnd, sentenceEnd, {}};
  // "While the Italian Navy ...": a clause's opening word; "... Service and Regional" before a
  // name found otherwise: an adjective with no head after it.
  if (run.first < run.last && ctx.text.is(run.first, WordClass::ClauseOpener)) ++run.first;
  trimConnectors(ctx.text, run.first, run.last);
  while (run.last > run.first + 1 && isAdjectivalLead(ctx.text.token(run.last - 1))) --run.last;
  trimConnectors(ctx.text, run.first, run.last);
  dropHeadlineWords(ctx.text, run.first, run.last);
  run.first = nameStartAtHeadAfterOf(ctx.text, run.first, run.last);
  run.possessor = takePossessor(ctx, run.first, run.last);
  run.first = nameStartAfterTitle(ctx, run.first, run.last);
  return run;
}

// "the Vietnamese Ministry of Labour": the adjective names the state. Moves `a` past the
// adjective and returns the state, or "".
std::string stateOfAdjective(const DocumentContext& ctx, std::uint32_t& a, std::uint32_t b) {
  std::string state;
  for (std::uint32_t words : {2u, 1u}) {
    if (!state.empty() || a + words >= b) continue;
    const std::string_view next = ctx.text.token(a + words);
    if (next != "Ministry" && next != "Embassy" && next != "Parliament") continue;
    if (auto c = ctx.gazetteer.countryByDemonym(ctx.text.span(a, a + words))) {
      state = ctx.gazetteer.country(*c).name;
      a += words;
    }
  }
  return state;
}

// "Chief of Mission in Viet Nam", "Head of Mission": a job, not a mission.
bool isChiefOfMission(const Text& text, std::uint32_t a, std::uint32_t b) {
  return a < b && a >= 2 && text.token(a) == "Mission" && text.token(a - 1) == "of" &&
         (text.token(a - 2) == "Chief" || text.token(a - 2) == "Head") && b - a <= 4;
}

// The name the organization in [a, b) goes by, with `state` its state or "".
std::string canonicalName(const DocumentContext& ctx, std::uint32_t a, std::uint32_t b, const std::string& state) {
  const Text& text = ctx.text;
  std::string canonical(text.span(a, b));
  // "UK Government", "the Japanese ... Government" read as "Government of X".
  if (text.token(b - 1) == "Government" && b - a >= 2) {
    const std::string country = countryNamed(ctx.gazetteer, text.span(a, b - 1));
    if (!country.empty()) canonical = "Government of " + afterOf(country);
  }
  if (!state.empty()) {
    canonical += " of " + afterOf(state);
  } else if (text.token(a) == "Ministry" && !ctx.mainCountry.empty()) {
    // A ministry named without its state gets the state the document is about.
    bool namesCountry = false;
    for (const auto& m : ctx.matches)
      if (m.first >= a && m.end <= b)
        for (const auto& r : m.entries) namesCountry = namesCountry || r.kind == EntryKind::Country;
    if (!namesCountry)
      if (auto c = ctx.gazetteer.countryByCode(ctx.mainCountry)) canonical += " of " + afterOf(ctx.gazetteer.country(*c).name);
  }
  return canonical;
}

// The candidate one name [a, b) of the run holds, if it names an organization or a unit.
std::optional<Candidate> candidateIn(const DocumentContext& ctx, const NameRun& run, std::uint32_t a, std::uint32_t b) {
  const Text& text = ctx.text;
  trimConnectors(text, a, b);
  if (a != run.first) a = nameStartAfterTitle(ctx, a, b);
  std::string state = a == run.first ? run.possessor : std::string();
  const std::uint32_t spelledFrom = a;
  if (state.empty()) state = stateOfAdjective(ctx, a, b);
  const GazetteerMatch* exact = ctx.matchOver(a, b);
  const bool isPlace = exact && exact->entries.front().kind != EntryKind::Organization;
  if (isChiefOfMission(text, a, b)) return std::nullopt;
  // "the UN Conference Centre", "Exhibition Centre": an event noun and a word for where it is
  // held name a venue (GUIDELINES: venues are not organizations).
  if (b - a >= 2 && namesVenueAt(text, b - 1)) return std::nullopt;
  // "Member of Parliament", "Director Public Service", "Minister Shrestha's Secretariat": a
  // title or a body's people before the rest is a person's title, not a body's name.
  if (a < b && (text.is(a, WordClass::TitleNoun) || text.is(a, WordClass::PeopleNoun))) return std::nullopt;
  // "the Labour Migration Branch at the ILO": a unit named before its parent.
  const bool unitBeforeParent = a < b && isUnitPhrase(text, a, b) && b < run.sentenceEnd &&
                                (text.token(b) == "at" || text.token(b) == "of" || text.token(b) == ",");
  if (!(a < b && !isPlace && (isOrganizationPhrase(ctx, a, b) || unitBeforeParent))) return std::nullopt;
  if (b == run.last && (isMissionHead(text.token(b - 1)) || isMissionHead(text.token(a)) ||
                        (a + 1 < b && isMissionHead(text.token(a + 1)))))
    b = accreditedTo(ctx, b, run.sentenceEnd);
  std::string canonical = canonicalName(ctx, a, b, state);
  return Candidate{a, b, std::move(canonical), std::string(text.span(spelledFrom, b)), !isOrganizationPhrase(ctx, a, b)};
}

std::vector<Candidate> candidatePhrases(const DocumentContext& ctx) {
  const Text& text = ctx.text;
  std::vector<Candidate> out;
  for (const Sentence& sentence : text.sentences()) {
    std::uint32_t i = sentence.firstToken;
    while (i < sentence.endToken) {
      const Token& t = text.tokens()[i];
      if (!(t.word && t.capitalized) || ctx.overlaps(i, i + 1)) {
        ++i;
        continue;
      }
      const std::uint32_t end = capitalizedRunEnd(ctx, i, sentence.endToken);
      const NameRun run = nameRunIn(ctx, i, end, sentence.endToken);
      for (auto [a, b] : splitRun(ctx, run.first, run.last))
        if (std::optional<Candidate> c = candidateIn(ctx, run, a, b)) out.push_back(std::move(*c));
      i = std::max(end, i + 1);
    }
  }
  return out;
}

void patternOrganizations(State& s) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  const std::vector<Candidate> candidates = candidatePhrases(ctx);
  // Where a unit's parent would start: after "of"/"at", or "of the"/"at the". A unit is named
  // by its head word first ("Department for Citizenship ... of the Ministry of Interior") or
  // last ("the Labour Migration Branch at the ILO").
  // "under the Supreme Court" too, and "the Centre for Migration Studies (University of Ghana)".
  auto parentStart = [&](const Candidate& c) -> std::optional<std::uint32_t> {
    // The head first, second ("Research Centre for ...") or last.
    const bool unitHead = text.is(c.first, WordClass::UnitHead) || text.is(c.end - 1, WordClass::UnitHead) ||
                          (c.first + 2 < c.end && text.is(c.first + 1, WordClass::UnitHead) &&
                           text.is(c.first + 2, WordClass::HeadLink));
    if (!unitHead) return std::nullopt;
    std::uint32_t j = c.end;
    const auto n = static_cast<std::uint32_t>(text.tokens().size());
    if (j >= n || (text.token(j) != "of" && text.token(j) != "at" && text.token(j) != "under" && text.token(j) != "("))
      return std::nullopt;
    const bool parenthesized = text.token(j) == "(";
    ++j;
    if (j < n && text.token(j) == "the") ++j;
    if (parenthesized) {
      std::uint32_t close = j;
      while (close < n && close < j + 12 && text.token(close) != ")") ++close;
      if (close >= n || text.token(close) != ")" || close - j < 2) return std::nullopt;  // not "(IOM)"
    }
    return j;
  };
  std::vector<std::optional<std::uint32_t>> parentOf(candidates.size());
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const auto j = parentStart(candidates[k]);
    if (!j) continue;
    const Mention* m = ctx.at(*j);
    const bool candidateParent = k + 1 < candidates.size() && candidates[k + 1].first == *j;
    if ((m && m->first == *j && (m->kind == NodeKind::Organization || m->kind == NodeKind::Office)) || candidateParent)
      parentOf[k] = j;
  }
  // "the Social Affairs Sector, the Department of Refugees ... at the League": units listed
  // before one parent share it.
  for (std::size_t k = candidates.size(); k-- > 1;) {
    const Candidate& before = candidates[k - 1];
    if (!parentOf[k] || parentOf[k - 1] || !text.is(before.end - 1, WordClass::UnitHead)) continue;
    bool listed = true;
    for (std::uint32_t t = before.end; t < candidates[k].first; ++t)
      listed = listed && (text.token(t) == "," || text.token(t) == "and" || text.token(t) == "the");
    if (listed && before.end < candidates[k].first) parentOf[k - 1] = parentOf[k];
  }
  std::vector<bool> isUnit(candidates.size(), false);
  for (std::size_t k = 0; k < candidates.size(); ++k) isUnit[k] = parentOf[k].has_value();
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    if (isUnit[k] || candidates[k].needsParent) continue;
    const Candidate& c = candidates[k];
    const std::uint32_t node = addOrganization(s, c.canonical, text.span(c.first, c.end), {});
    ctx.graph.addName(node, c.alias);
    ctx.replace(Mention{NodeKind::Organization, c.first, c.end, node});  // over "the UN" in "... Italy to the UN"
  }
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    if (!isUnit[k]) continue;
    const Candidate& c = candidates[k];
    const Mention* parent = ctx.at(*parentOf[k]);
    const std::string name(text.span(c.first, c.end));
    // "Regional Office" names many bodies: the office is its parent's ("UNHCR Regional Office"),
    // also by the words "Regional Office of the United Nations High Commissioner for Refugees".
    const std::string parentName = parent ? displayName(s, parent->node) : std::string();
    const std::uint32_t office =
        ctx.graph.addNode(NodeKind::Office, officeKey(parent ? parentName + " " + name : name), name);
    if (parent) {
      ctx.graph.addEdge(office, Relation::ParentOrganization, parent->node, DocumentGraph::NO_SENTENCE, "office.unit-of-parent");
      ctx.graph.addName(office, parentName + " " + name);
      if (parent->first > c.end) ctx.graph.addName(office, text.span(c.first, parent->end));
    }
    ctx.replace(Mention{NodeKind::Office, c.first, c.end, office});
  }
}

// 5b. "the NGO Human Resources Without Borders", "non-profit organization Justice Without Border
//     (JWB)", "X (ACR), the government agency": a noun for a kind of body next to a capitalized
//     name says it is one, whatever its words. Runs after the head-word rules, to fill gaps.
void namedByKindNoun(State& s) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  const auto n = static_cast<std::uint32_t>(text.tokens().size());
  auto isKind = [&](std::uint32_t i) { return i < n && text.is(i, WordClass::KindNoun); };
  auto addNamed = [&](std::uint32_t first, std::uint32_t end) {
    trimConnectors(text, first, end);
    if (end - first < 2 || end - first > 8 || ctx.overlaps(first, end) || ctx.matchOver(first, end)) return;
    for (std::uint32_t i = first; i < end; ++i)
      if (text.is(i, WordClass::EventNoun) || isPlaceWord(ctx, i, false)) return;
    const std::uint32_t node = addOrganization(s, text.span(first, end), text.span(first, end), {});
    ctx.add(Mention{NodeKind::Organization, first, end, node});
    // "... Border (JWB)": the acronym names it from here on.
    if (end + 2 < n && text.token(end) == "(" && text.token(end + 2) == ")" && looksLikeAcronym(text, end + 1)) {
      const std::string_view acronym = text.token(end + 1);
      ctx.graph.addName(node, acronym);
      for (std::uint32_t i = end + 1; i < n; ++i)
        if (text.token(i) == acronym && !ctx.overlaps(i, i + 1)) ctx.add(Mention{NodeKind::Organization, i, i + 1, node});
    }
  };
  for (const Sentence& sentence : text.sentences())
    for (std::uint32_t i = sentence.firstToken; i + 1 < sentence.endToken; ++i) {
      // Before the name: "association X", and "the NGO X" (an acronym of a kind after "the").
      const Token& kind = text.tokens()[i];
      if (isKind(i) && text.tokens()[i + 1].capitalized && text.tokens()[i + 1].word &&
          (!kind.capitalized || (kind.allCaps && i > sentence.firstToken && text.lowerIs(i - 1, WordClass::Article)))) {
        addNamed(i + 1, capitalizedRunEnd(ctx, i + 1, sentence.endToken));
        continue;
      }
      // After it: "X (ACR), the government agency", "X, an NGO".
      if (text.token(i) != "," || !text.lowerIs(i + 1, WordClass::Article)) continue;
      std::uint32_t k = i + 2;
      while (k < sentence.endToken && k < i + 5 && !isKind(k) && text.tokens()[k].word && !text.tokens()[k].capitalized) ++k;
      // "In April, the NGO Human Resources ...": the kind noun opens the next name instead.
      if (!isKind(k) || (k + 1 < sentence.endToken && text.tokens()[k + 1].capitalized)) continue;
      std::uint32_t end = i;
      if (end >= 3 && text.token(end - 1) == ")" && text.token(end - 3) == "(") end -= 3;
      std::uint32_t first = phraseStartBefore(text, end, sentence.firstToken);
      if (first < end) addNamed(first, end);
    }
}

// 5c. "PBI organized a virtual seminar", "JaCER held the 2nd Practical Training": an acronym the
//     page never expands, as the subject of an active organizing verb, names the organization
//     that organizes; the acronym names it wherever the page uses it.
void acronymsThatOrganize(State& s) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  const auto n = static_cast<std::uint32_t>(text.tokens().size());
  std::map<std::string, std::uint32_t, std::less<>> found;  // acronym -> its organization
  for (const Sentence& sentence : text.sentences())
    for (std::uint32_t i = sentence.firstToken; i + 1 < sentence.endToken; ++i) {
      const std::string_view w = text.token(i);
      const bool twoCapitals = w.size() >= 2 && w.size() <= 8 && std::isupper(static_cast<unsigned char>(w[0])) &&
                               std::count_if(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) >= 2;
      if (!twoCapitals || text.tokens()[i].number || ctx.overlaps(i, i + 1) || ctx.matchAt(i) || s.byAcronym.contains(w) ||
          found.contains(w))
        continue;
      std::uint32_t verb = i + 1;
      while (verb < sentence.endToken && verb < i + 3 && text.lowerIs(verb, WordClass::VerbLead)) ++verb;
      if (verb >= sentence.endToken || !text.lowerIs(verb, WordClass::OrganizingVerb) ||
          (verb + 1 < sentence.endToken && text.lower(verb + 1) == "by"))
        continue;
      found.emplace(std::string(w), addOrganization(s, w, w, {}));
    }
  if (found.empty()) return;
  // One pass names them all wherever the page uses them.
  for (std::uint32_t k = 0; k < n; ++k)
    if (const auto it = found.find(text.token(k)); it != found.end() && !ctx.overlaps(k, k + 1))
      ctx.add(Mention{NodeKind::Organization, k, k + 1, it->second});
  s.byAcronym.insert(found.begin(), found.end());
}

// 5d. "IOM's African Capacity Building Center (ACBC)", "the European Commission's Knowledge
//     Centre on Migration and Demography": a body named by a unit's head word after another's
//     possessive is its unit, however the rules above found it.
void unitsAfterPossessive(State& s) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  for (const Mention& m : ctx.mentions) {
    if (m.kind != NodeKind::Organization || m.first < 1) continue;
    // The possessive is a token of its own ("IOM" "'s") or the end of the name's last one ("IOM’s").
    const std::string_view before = text.token(m.first - 1);
    const std::size_t possessive = possessiveLength(before);
    const bool apart = possessive && possessive == before.size();
    const bool glued = possessive && possessive < before.size();
    if ((!apart && !glued) || (apart && m.first < 2)) continue;
    bool unit = false;
    for (std::uint32_t i = m.first; i < m.end; ++i) unit = unit || text.is(i, WordClass::UnitHead);
    const Mention* parent = ctx.at(apart ? m.first - 2 : m.first - 1);
    if (!unit || !parent || parent->end != (apart ? m.first - 1 : m.first) || parent->node == m.node ||
        (parent->kind != NodeKind::Organization && parent->kind != NodeKind::Office) ||
        ctx.graph.hasEdge(m.node, Relation::ParentOrganization, parent->node))
      continue;
    ctx.graph.addEdge(m.node, Relation::ParentOrganization, parent->node, DocumentGraph::NO_SENTENCE, "office.unit-after-possessive");
  }
}

// 6. "UNICEF and the Ministry conducted a training": a bare "the Ministry" is the one ministry
//    the page names. With several, which one is unclear, and nothing is added.
void bareMinistry(State& s) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  std::optional<std::uint32_t> ministry;
  for (const Mention& m : ctx.mentions) {
    if (m.kind != NodeKind::Organization || !ctx.graph.node(m.node).name.starts_with("Ministry ")) continue;
    if (ministry && *ministry != m.node) return;
    ministry = m.node;
  }
  if (!ministry) return;
  const auto n = static_cast<std::uint32_t>(text.tokens().size());
  for (std::uint32_t i = 1; i < n; ++i) {
    if (text.token(i) != "Ministry" || text.lower(i - 1) != "the" || ctx.overlaps(i, i + 1)) continue;
    if (i + 1 < n && (text.token(i + 1) == "of" || text.tokens()[i + 1].capitalized)) continue;
    ctx.add(Mention{NodeKind::Organization, i, i + 1, *ministry});
  }
}

// 7. "the Armenian government", "Trinidad and Tobago government officials": a state's name or
//    adjective before "government" names the Government of that state (GUIDELINES: a
//    government acting is "Government of X").
void statesGovernments(State& s) {
  DocumentContext& ctx = s.ctx;
  const Text& text = ctx.text;
  const auto n = static_cast<std::uint32_t>(text.tokens().size());
  for (std::uint32_t i = 1; i < n; ++i) {
    // "the Australian Government's programme" too.
    const std::string_view w = text.lower(i);
    const bool government = w.substr(0, w.size() - possessiveLength(w)) == "government";
    if (!government || ctx.overlaps(i, i + 1)) continue;
    std::string country;
    std::uint32_t first = i;
    if (const GazetteerMatch* m = ctx.matchAt(i - 1); m && m->end == i && hasEntry(*m, EntryKind::Country)) {
      for (const auto& r : m->entries)
        if (r.kind == EntryKind::Country && country.empty()) country = ctx.gazetteer.country(r.index).name;
      first = m->first;
    } else if (const auto c = ctx.gazetteer.countryByDemonym(text.token(i - 1))) {
      country = ctx.gazetteer.country(*c).name;
      first = i - 1;
    }
    if (country.empty() || ctx.overlaps(first, i)) continue;
    const std::uint32_t node = addOrganization(s, "Government of " + afterOf(country), text.span(first, i + 1), {});
    ctx.add(Mention{NodeKind::Organization, first, i + 1, node});
  }
}

}  // namespace

std::string organizationKey(std::string_view canonical) { return "org/" + slug(canonical); }
std::string officeKey(std::string_view canonical) { return "office/" + slug(canonical); }

void OrganizationExtractor::run(DocumentContext& ctx) const {
  State s{ctx, {}, {}};
  for (const GazetteerMatch& m : ctx.matches)
    for (const EntryRef& ref : m.entries)
      if (ref.kind == EntryKind::Organization) s.matchedOrganizations.push_back(ref.index);
  std::sort(s.matchedOrganizations.begin(), s.matchedOrganizations.end());
  acronymDefinitions(s);
  knownOrganizations(s);
  offices(s);
  quotedNames(s);
  patternOrganizations(s);
  namedByKindNoun(s);
  acronymsThatOrganize(s);
  unitsAfterPossessive(s);
  bareMinistry(s);
  statesGovernments(s);
}

}  // namespace pressgraph
