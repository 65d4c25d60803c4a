// SPDX-License-Identifier: MIT
// Event rules: triggers, grouping by date and type, names, places, dates and role phrases.
#include "loaders/extract/EventExtractor.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "graph/Names.h"
#include "loaders/extract/Lexicon.h"

namespace pressgraph {
namespace {

struct Event {
  std::string type;
  std::uint32_t node = 0;
  std::uint32_t sentence = 0;  // where it was introduced
  Date start;
  Date end;
  bool hasCity = false;
  bool hasOrganizer = false;
  bool hasRole = false;  // any organization said to organize, partner, sponsor or attend it
  // Dated by the line under a headline ("Round table on X" / "Tuesday, 23 June 2009, 22:08"),
  // which is often when the page was posted: the body's own date for it wins.
  bool datedByHeadline = false;
  std::string_view thing;  // what a launch launched ("campaign"): "The campaign is funded by X" is about it
  bool recalled = false;   // introduced after a background cue: "The event follows the meeting organized by X"
  // Organizations named as the event's owners ("the IOM workshop", "the Conference of the
  // Alliance"): its organizers unless
  // the text names others.
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::string_view>> owners;  // (organization node, sentence id, rule)
};

using Role = EventRole;

Relation relationOf(Role r) {
  switch (r) {
    case Role::Organizer: return Relation::Organizer;
    case Role::Partner: return Relation::Contributor;
    case Role::Sponsor: return Relation::Sponsor;
    case Role::Funder: return Relation::Funder;
    case Role::Participant: return Relation::Attendee;
  }
  return Relation::Attendee;
}

bool isOrganizingVerb(std::string_view w) { return lexicon::is(w, WordClass::OrganizingVerb); }
bool isParticipatingVerb(std::string_view w) { return lexicon::is(w, WordClass::ParticipatingVerb); }

// Is the verb at `i` passive ("was organized", "will be held")? A present participle after
// the auxiliary is active: "UNFPA is organizing", "IOM is co-hosting".
bool isPassive(const Text& text, std::uint32_t i, std::uint32_t sentenceFirst) {
  // "..., organized by the Episcopal Conference": a participle with its agent is passive too.
  const std::uint32_t sentenceEnd = text.sentences()[text.sentenceOf(i)].endToken;
  if (i + 1 < sentenceEnd && text.lower(i + 1) == "by" && text.lower(i).ends_with("ed")) return true;
  return i > sentenceFirst && text.lowerIs(i - 1, WordClass::PassiveAuxiliary) && !text.lower(i).ends_with("ing");
}

// A role phrase at token i: its length in tokens, or 0; `role` and `rule` say what it found.
std::uint32_t rolePhraseAt(const Text& text, std::uint32_t i, std::uint32_t end, Role& role, std::string_view& rule) {
  const Lexicon& lex = Lexicon::standard();
  const std::string_view w = text.lower(i);
  const bool organizingVerb = text.lowerIs(i, WordClass::OrganizingVerb);
  if (!organizingVerb && !text.lowerIs(i, WordClass::RolePhraseStart)) return 0;
  const std::vector<std::uint16_t>* phrases = lex.rolePhrasesStartingWith(w);
  // "in close co-operation with" reads as "in cooperation with": an intensifier after "in"
  // is skipped, and both spellings of cooperation are one.
  auto wordAt = [&](std::uint32_t k) -> std::string_view {
    const std::string_view t = text.lower(k);
    return t == "co-operation" ? std::string_view("cooperation") : t;
  };
  const bool intensified = w == "in" && i + 2 < end &&
                           (text.lower(i + 1) == "close" || text.lower(i + 1) == "full" || text.lower(i + 1) == "active");
  static const std::vector<std::uint16_t> NONE;
  for (std::uint16_t index : phrases ? *phrases : NONE) {
    const RolePhrase& p = lex.rolePhrases()[index];
    const std::uint32_t skipped = intensified && p.words.size() > 1 ? 1 : 0;
    std::uint32_t k = 0;
    while (k < p.words.size()) {
      const std::uint32_t at = i + k + (k > 0 ? skipped : 0);
      if (at >= end || wordAt(at) != p.words[k]) break;
      ++k;
    }
    if (k == p.words.size()) {
      role = p.role;
      rule = p.rule;
      return k + skipped;
    }
  }
  // "organised in Istanbul on 17-18 February by": a participle, a place or date phrase, then
  // "by" (not one of another participle: "hosted a meeting chaired by").
  if (organizingVerb && (w.ends_with("ed") || w == "held")) {
    for (std::uint32_t k = i + 1; k < end && k < i + 10; ++k) {
      const std::string_view t = text.token(k);
      if (t == "," || t == "." || t == ";" || (!text.tokens()[k].capitalized && t.ends_with("ed"))) break;
      if (t == "by") {
        role = Role::Organizer;
        rule = "role.participle-then-by";
        return k - i + 1;
      }
    }
  }
  return 0;
}

bool allowedInList(const Text& text, std::uint32_t i) {
  const Token& t = text.tokens()[i];
  return text.is(i, WordClass::ListWord) || (t.word && t.capitalized);
}

// The organizations named from token `first` on, as a list: stops at a clause boundary.
std::vector<const Mention*> listAfter(const DocumentContext& ctx, std::uint32_t first, std::uint32_t end) {
  std::vector<const Mention*> out;
  const Text& text = ctx.text;
  for (std::uint32_t i = first; i < end; ++i) {
    Role ignored;
    std::string_view ignoredRule;
    if (rolePhraseAt(text, i, end, ignored, ignoredRule)) break;
    if (const Mention* m = ctx.at(i)) {
      if (m->kind == NodeKind::Organization || m->kind == NodeKind::Office) out.push_back(m);
      i = m->end - 1;
      continue;
    }
    // "with the Ministry of Justice, which coordinates ..., and the Agency": a clause about
    // one item, then the list goes on.
    if (!out.empty() && (text.token(i) == "which" || text.token(i) == "who") && i > first && text.token(i - 1) == ",") {
      std::uint32_t k = i + 1;
      while (k < end && k < i + 30 && text.token(k) != ",") ++k;
      if (k + 1 < end && text.token(k) == "," && text.token(k + 1) == "and") {
        i = k + 1;
        continue;
      }
      break;
    }
    if (!allowedInList(text, i)) break;
  }
  return out;
}

// The organizations that are the subject of the verb at `verb`: the first organization of
// the clause and those joined to it by "and" or commas.
std::vector<const Mention*> subjectBefore(const DocumentContext& ctx, std::uint32_t clauseFirst, std::uint32_t verb) {
  std::vector<const Mention*> out;
  const Text& text = ctx.text;
  std::uint32_t i = clauseFirst;
  while (i < verb) {
    const Mention* m = ctx.at(i);
    if (m && (m->kind == NodeKind::Organization || m->kind == NodeKind::Office)) break;
    ++i;
  }
  for (; i < verb; ++i) {
    Role ignored;
    std::string_view ignoredRule;
    if (rolePhraseAt(text, i, verb, ignored, ignoredRule)) break;  // "IOM, in collaboration with X, will ..."
    if (const Mention* m = ctx.at(i)) {
      if (m->kind == NodeKind::Organization || m->kind == NodeKind::Office) out.push_back(m);
      i = m->end - 1;
      continue;
    }
    // Capitalized words go on the subject's names ("The African Union (AU) Commission").
    const std::string_view w = text.token(i);
    const Token& t = text.tokens()[i];
    // "SUVA, Fiji (ILO News) - The IOM and the ILO launched ...": the dateline's dash ends
    // what came before; the subject starts after it.
    if (isDash(w) && ctx.datelineSentence &&
        text.sentenceOf(i) == *ctx.datelineSentence) {
      out.clear();
      continue;
    }
    if (w != "," && w != "and" && w != "the" && w != "&" && w != "(" && w != ")" && w != "jointly" && w != "together" &&
        !(t.word && t.capitalized))
      break;
  }
  return out;
}

// "ESCAP and the Thai National Assembly are the local co-hosts", "UNICEF was a partner": after
// a form of "be" at `i`, a role noun ends the clause; returns its role.
std::optional<Role> copularRoleAfter(const Text& text, std::uint32_t i, std::uint32_t end) {
  const std::string_view be = text.lower(i);
  if (be != "is" && be != "are" && be != "was" && be != "were") return std::nullopt;
  for (std::uint32_t k = i + 1; k < end && k <= i + 4; ++k) {
    const std::string_view w = text.lower(k);
    std::optional<Role> role;
    if (lexicon::is(w, WordClass::OrganizerNoun)) role = Role::Organizer;
    else if (lexicon::is(w, WordClass::PartnerNoun)) role = Role::Partner;
    else if (lexicon::is(w, WordClass::SponsorNoun)) role = Role::Sponsor;
    if (role) {
      const std::string_view next = k + 1 < end ? text.token(k + 1) : std::string_view(".");
      const bool clauseEnds = next == "." || next == "," || next == ";" || next == "of" || next == "for" || next == "and";
      return clauseEnds ? role : std::nullopt;
    }
    if (!text.tokens()[k].word || text.tokens()[k].capitalized) return std::nullopt;  // "is the UN's ..."
  }
  return std::nullopt;
}

// "Together, they facilitated a workshop": "they" just before the verb (an adverb between).
bool pronounSubjectBefore(const Text& text, std::uint32_t clauseFirst, std::uint32_t verb) {
  for (std::uint32_t k = verb; k > clauseFirst && k + 3 > verb; --k)
    if (text.lower(k - 1) == "they") return true;
  return false;
}

// The organizations and offices a sentence names, in order, each once: what "they" stands for
// in the next sentence ("Officials met with their IOM and ILO counterparts. Together, they ...").
std::vector<const Mention*> organizationsOf(const DocumentContext& ctx, const Sentence& s) {
  std::vector<const Mention*> out;
  for (const Mention* m : ctx.organizationsIn(s.firstToken, s.endToken))
    if (std::none_of(out.begin(), out.end(), [&](const Mention* o) { return o->node == m->node; })) out.push_back(m);
  return out;
}

// Is the event noun at `i` a reference to an event (not "meeting the needs", "training materials")?
bool isEventMention(const DocumentContext& ctx, std::uint32_t i, const Sentence& s) {
  const Text& text = ctx.text;
  if (const Mention* m = ctx.at(i); m && m->kind != NodeKind::City) return false;  // "Migrant Forum in Asia"
  const std::string w = std::string(text.lower(i));
  if (i + 1 < s.endToken) {
    const std::string next = std::string(text.lower(i + 1));
    if (text.lowerIs(i + 1, WordClass::NotEventAfter)) return false;
    if ((w == "meeting" || w == "training") && (next == "the" || next == "their" || next == "its" || next == "our"))
      return false;
  }
  if (i > s.firstToken) {
    // "delivered a presentation" is taking part; "a round of training" is no event of its own.
    for (std::uint32_t k = i; k > s.firstToken && k + 3 > i; --k) {
      const std::string_view v = text.lower(k - 1);
      if (v == "delivered" || v == "made" || v == "gave" || v == "give" || v == "deliver") return false;
    }
    if (text.lower(i - 1) == "of" && i >= s.firstToken + 2 && text.tokens()[i - 2].word && !text.tokens()[i - 2].capitalized &&
        !text.tokens()[i - 2].number)
      return false;
  }
  return true;
}

// "under the auspices of the Astana Economic Forum, a Roundtable ...": the forum frames the
// event the sentence reports; it is not that event.
// Background events are not reported events either: "the results of the UN General Assembly
// Summit", "adopted at the conference", "ahead of the forum".
bool isFrame(const Text& text, std::uint32_t noun, const Sentence& s) {
  for (std::uint32_t k = noun; k > s.firstToken && k + 10 > noun; --k) {
    const std::string_view w = text.lower(k - 1);
    if (w == "," || w == "." || w == ";") return false;
    if (k >= 2 + s.firstToken) {
      const std::string_view before = text.lower(k - 2);
      if (w == "of" && (before == "auspices" || before == "framework" || before == "margins" || before == "sidelines" ||
                        before == "occasion" || before == "results" || before == "outcome" || before == "outcomes" ||
                        before == "recommendations" || before == "ahead" || before == "conclusions"))
        return true;
      if ((w == "at" && before == "adopted") || (w == "to" && before == "follow-up") || (w == "for" && before == "preparations"))
        return true;
    }
  }
  return false;
}

// The quote that closes the one opened at `open`, or where the search gave up: the end of the
// sentence, or 40 tokens on (a quote left open).
std::uint32_t closingQuote(const Text& text, std::uint32_t open, std::uint32_t sentenceEnd) {
  std::uint32_t close = open + 1;
  while (close < sentenceEnd && close < open + 40 && !isCloseQuote(text.token(close))) ++close;
  return close;
}

// Is the event noun at `noun` the object of the verb at `verb`: a noun phrase after it, no
// clause boundary between ("organized an inter-regional knowledge and experience sharing forum")?
bool objectOf(const Text& text, std::uint32_t verb, std::uint32_t noun) {
  if (noun <= verb || noun > verb + 12) return false;
  for (std::uint32_t k = verb + 1; k < noun; ++k) {
    const std::string_view w = text.token(k);
    if (w == "," || w == ";" || w == ":" || w == "." || w == "which" || w == "that" || w == "to") return false;
  }
  return true;
}

// "This took place from 7 to 10 November in Arusha", "It was held at ...": the sentence goes
// on about the event just reported.
bool refersBack(const Text& text, const Sentence& s) {
  if (s.endToken - s.firstToken < 3) return false;
  const std::string_view first = text.lower(s.firstToken);
  if (first != "this" && first != "it") return false;
  const std::string_view verb = text.lower(s.firstToken + 1);
  const std::string_view next = text.lower(s.firstToken + 2);
  const bool takesPlace = (verb == "took" || verb == "takes" || verb == "will") && (next == "place" || next == "take");
  const bool held = (verb == "was" || verb == "is" || verb == "will") && (next == "held" || next == "be");
  return takesPlace || held;
}

// "a multicultural human rights forum", "the annual labour migration conference": lower-case
// words between a determiner and the name belong to it. Returns where the
// name starting at `first` starts with them.
std::uint32_t withCommonPremodifiers(const DocumentContext& ctx, std::uint32_t first, const Sentence& s) {
  const Text& text = ctx.text;
  std::uint32_t k = first;
  while (k > s.firstToken && first - k < 5) {
    const Token& t = text.tokens()[k - 1];
    // "the business against slavery forum", "a training of trainers workshop": a connector
    // between two such words.
    const bool inner = text.is(k - 1, WordClass::Connector) && !text.is(k - 1, WordClass::Article) && k < first &&
                       k - 1 > s.firstToken && text.tokens()[k - 2].word && !text.tokens()[k - 2].capitalized &&
                       !text.is(k - 2, WordClass::Determiner) && !text.is(k - 2, WordClass::Connector);
    if (inner) {
      --k;
      continue;
    }
    if (!t.word || t.capitalized || t.number || ctx.at(k - 1) || text.is(k - 1, WordClass::Connector) ||
        text.is(k - 1, WordClass::Conjunction) || text.is(k - 1, WordClass::Article) || text.is(k - 1, WordClass::Determiner) ||
        text.is(k - 1, WordClass::OrganizingVerb) || text.is(k - 1, WordClass::ParticipatingVerb) ||
        text.is(k - 1, WordClass::PassiveAuxiliary))
      break;
    --k;
  }
  // After a name, a lower-case word may be a headline's verb ("OSCE Mission supports training").
  return k < first && k > s.firstToken && text.lowerIs(k - 1, WordClass::Determiner) ? k : first;
}

// The event's name: the words before the noun that belong to it ("VIII International Scientific
// and Practical Conference", "two-day workshop") and its topic ("on migration and ...") or
// quoted title.
std::uint32_t eventNameStart(const DocumentContext& ctx, std::uint32_t noun, const Sentence& s) {
  const Text& text = ctx.text;
  std::uint32_t first = noun;
  while (first > s.firstToken) {
    const std::uint32_t p = first - 1;
    const Token& t = text.tokens()[p];
    const std::string w = std::string(text.lower(p));
    const Mention* m = ctx.at(p);
    if (m && m->kind != NodeKind::City) break;
    if (text.is(p, WordClass::HeadlineVerb)) break;  // "Government of Canada Supports Immigration Conference"
    if ((t.word && t.capitalized && p != s.firstToken) || text.lowerIs(p, WordClass::EventAdjective) || (t.number && t.word && !text.token(p).empty() && w.size() <= 4 && w.find_first_not_of("0123456789") != std::string::npos)) {
      first = p;
      continue;
    }
    if (t.word && t.capitalized && p == s.firstToken && w != "the" && w != "an" && w != "a" && w != "on" && w != "this") {
      first = p;
      continue;
    }
    // "Counter Trafficking in Persons Awareness Session": a connector inside a capitalized name.
    if (text.lowerIs(p, WordClass::Connector) && p > s.firstToken && text.tokens()[p - 1].word && text.tokens()[p - 1].capitalized &&
        text.tokens()[p + 1].capitalized && !ctx.at(p - 1)) {
      first = p;
      continue;
    }
    break;
  }
  return withCommonPremodifiers(ctx, first, s);
}

// The organizations whose name stands before the event's as its owner: "the IOM workshop",
// "the OAU/UNHCR Regional Meeting", "the Solidarity Center labor migration conference".
std::vector<const Mention*> ownersBefore(const DocumentContext& ctx, std::uint32_t nameFirst, const Sentence& s) {
  std::vector<const Mention*> out;
  std::uint32_t k = nameFirst;
  while (k > s.firstToken) {
    const Mention* m = ctx.at(k - 1);
    if (!m || (m->kind != NodeKind::Organization && m->kind != NodeKind::Office)) break;
    out.push_back(m);
    k = m->first;
    if (k <= s.firstToken) break;
    const std::string_view joint = ctx.text.token(k - 1);
    if (joint != "/" && joint != "-" && joint != "and" && joint != "&") break;
    --k;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// "the 23rd Conference of the Alliance against Trafficking in Persons", "Meeting of the Council of
// European Bishops' Conferences": a body's own meeting, named by "of" and the body's whole name.
const Mention* ownerAfterOf(const DocumentContext& ctx, std::uint32_t noun, const Sentence& s) {
  const Text& text = ctx.text;
  std::uint32_t k = noun + 1;
  if (k >= s.endToken || text.token(k) != "of") return nullptr;
  ++k;
  if (k < s.endToken && text.lower(k) == "the") ++k;
  const Mention* m = ctx.at(k);
  if (!m || m->first != k || (m->kind != NodeKind::Organization && m->kind != NodeKind::Office)) return nullptr;
  // "the launch of the ILO report": the body names what follows it, not the event.
  if (m->end < s.endToken) {
    const Token& after = text.tokens()[m->end];
    if (after.word && (after.capitalized || text.lowerIs(m->end, WordClass::LaunchedThing) ||
                       text.lowerIs(m->end, WordClass::ProjectWord) || text.lowerIs(m->end, WordClass::EventNoun)))
      return nullptr;
  }
  return m;
}

std::string eventName(const DocumentContext& ctx, std::uint32_t noun, const Sentence& s) {
  const Text& text = ctx.text;
  std::uint32_t first = eventNameStart(ctx, noun, s);
  std::uint32_t last = noun + 1;
  if (isOpenQuote(text.token(noun))) {  // a launched title
    return "Launch of " + std::string(text.span(noun + 1, closingQuote(text, noun, s.endToken)));
  }
  if (last < s.endToken) {
    const std::string_view next = text.token(last);
    if (isOpenQuote(next)) {
      last = std::min(closingQuote(text, last, s.endToken) + 1, s.endToken);
    } else if ((next == "on" || next == "of" || next == "for" || next == "about" || next == "entitled" || next == "titled" ||
                // "study linking migrant workers' rights with the care economy": what it is about
                (next.ends_with("ing") && !text.tokens()[last].capitalized && !text.lowerIs(last, WordClass::NameStop))) &&
               !(next == "on" && last + 1 < s.endToken &&
                 (text.tokens()[last + 1].number || monthNumber(text.token(last + 1))))) {  // "forum on 3 May"
      std::uint32_t k = last + 1;
      while (k < s.endToken && k < last + 16) {
        const std::string w = std::string(text.lower(k));
        if (w == "," || w == "." || w == "(" || w == ";" || lexicon::is(w, WordClass::NameStop)) break;
        // "... for 20 officials in Tunisia on 26 September": the place and date are not the name.
        if (w == "in" && k + 1 < s.endToken && ctx.at(k + 1) &&
            (ctx.at(k + 1)->kind == NodeKind::City || ctx.at(k + 1)->kind == NodeKind::Country))
          break;
        if (w == "on" && k + 1 < s.endToken && (text.tokens()[k + 1].number || monthNumber(text.token(k + 1)))) break;
        ++k;
      }
      last = k;
    }
  }
  // "the event “Combating Human Trafficking ...”" is named by its title alone.
  if (text.lower(noun) == "event" && last > noun + 2) first = noun + 2, last -= 1;
  std::string name(text.span(first, last));
  while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

// Does a determiner that points back stand before the name starting at `first` ("the
// training", "this workshop")?
bool isDefinite(const Text& text, std::uint32_t first, const Sentence& s) {
  if (first <= s.firstToken) return false;
  const std::string_view w = text.lower(first - 1);
  return w == "the" || w == "this" || w == "that";
}

// "The conference will be held", "the workshop took place": right after the event's noun at
// `noun`, auxiliaries and then an organizing verb, or "take/took/takes place".
bool isHeldRightAfter(const Text& text, std::uint32_t noun, const Sentence& s) {
  std::uint32_t k = noun + 1;
  while (k < s.endToken && k < noun + 4 && (text.lowerIs(k, WordClass::PassiveAuxiliary) || text.lowerIs(k, WordClass::VerbLead))) ++k;
  if (k >= s.endToken) return false;
  if (text.lowerIs(k, WordClass::OrganizingVerb)) return true;
  const std::string_view w = text.lower(k);
  return (w == "take" || w == "took" || w == "takes") && k + 1 < s.endToken && text.lower(k + 1) == "place";
}

// Does `name` have `word` (lower case) as one of its words, in any case?
bool nameHasWord(std::string_view name, std::string_view word) {
  const std::string lowered = asciiLower(name);
  name = lowered;
  for (std::size_t at = 0; (at = name.find(word, at)) != std::string_view::npos; at += word.size()) {
    const bool startsWord = at == 0 || !std::isalnum(static_cast<unsigned char>(name[at - 1]));
    const bool endsWord = at + word.size() == name.size() || !std::isalnum(static_cast<unsigned char>(name[at + word.size()]));
    if (startsWord && endsWord) return true;
  }
  return false;
}

bool isOrganizationAt(const DocumentContext& ctx, std::uint32_t i) {
  const Mention* m = ctx.at(i);
  return m && (m->kind == NodeKind::Organization || m->kind == NodeKind::Office);
}

// The first city named in the sentence as a place of the event (not inside an office name).
std::optional<std::uint32_t> cityIn(const DocumentContext& ctx, const Sentence& s) {
  bool origins = false;  // in "from Gyumri and Vanadzor": where participants come from
  for (std::uint32_t i = s.firstToken; i < s.endToken; ++i) {
    const Mention* m = ctx.at(i);
    if (!m || m->kind != NodeKind::City || m->first != i) {
      const std::string_view w = ctx.text.lower(i);
      origins = origins && (w == "and" || w == "," || (m && m->first != i));
      continue;
    }
    if (ctx.datelineSentence && i == ctx.text.sentences()[*ctx.datelineSentence].firstToken) continue;  // the dateline
    origins = origins || (i > s.firstToken && ctx.text.lower(i - 1) == "from");
    // "a specialist based in Bangkok who attended the launch": where a person works; "the
    // Centre for Social Innovation in Vienna": where an organization is.
    const bool based = i >= s.firstToken + 2 && ctx.text.lower(i - 1) == "in" &&
                       (ctx.text.lower(i - 2) == "based" || isOrganizationAt(ctx, i - 2));
    // "the Archbishop of Tegucigalpa", "the State of Rio de Janeiro": a title's see or a
    // region named after its capital, not where the event is.
    const bool ofTitle = i >= s.firstToken + 2 && ctx.text.lower(i - 1) == "of" &&
                         (ctx.text.is(i - 2, WordClass::TitleNoun) || ctx.text.is(i - 2, WordClass::RoleWord) ||
                          ctx.text.is(i - 2, WordClass::Honorific) || ctx.text.is(i - 2, WordClass::RegionNoun));
    if (origins || based || ofTitle) continue;
    // "in Kandy, Colombo, Kurunegala and Trincomalee": events in several cities have no one city.
    const bool listed = m->end + 1 < s.endToken &&
                        (ctx.text.token(m->end) == "," || ctx.text.token(m->end) == "and") && ctx.at(m->end + 1) &&
                        ctx.at(m->end + 1)->kind == NodeKind::City;
    return listed ? std::nullopt : std::optional<std::uint32_t>(m->node);
  }
  return std::nullopt;
}

}  // namespace

std::string_view eventTypeOf(std::string_view word) {
  // Called for every token: lowered on the stack (no event noun is longer than the buffer).
  char lowered[24];
  if (word.size() > sizeof lowered) return {};
  return Lexicon::standard().eventType(asciiLower(word, lowered));
}

// An event of a media advisory's "WHEN: / WHAT: / WHERE:" block.
struct AdvisoryEvent {
  std::string type;
  std::string name;
  DateMention date;
  std::optional<std::uint32_t> organizer;
  std::optional<std::uint32_t> who;    // the "WHO:" line: the organizer, then partners and sponsors by their phrases
  std::optional<std::uint32_t> where;  // the "WHERE:" line
  std::optional<std::uint32_t> title;  // the "WHAT:" line, or the line after the date
};

// The sentence of the advisory block around the "WHEN:" line `si` that opens with `label`.
std::optional<std::uint32_t> labelledSentence(const Text& text, std::uint32_t si, std::string_view label) {
  const auto& sentences = text.sentences();
  for (std::uint32_t k = si > 4 ? si - 4 : 0; k < std::min<std::size_t>(si + 5, sentences.size()); ++k)
    if (opensWithLabel(text, sentences[k], label)) return k;
  return std::nullopt;
}

// Media advisories give each event as a block: "WHEN:" and a date, a title ("WHAT:" and a
// line, or the line after the date), a place and speakers. The events are the advisory's
// organization's: the first organization the page names. The type comes from the first event
// noun of the page ("Upcoming MPI Briefings").
std::optional<AdvisoryEvent> advisoryEvent(const DocumentContext& ctx, std::uint32_t si) {
  const Text& text = ctx.text;
  const auto& sentences = text.sentences();
  const Sentence& s = sentences[si];
  if (s.endToken - s.firstToken < 2 || text.lower(s.firstToken) != "when" || text.token(s.firstToken + 1) != ":") return std::nullopt;
  AdvisoryEvent out;
  // The date: on the "WHEN:" line or the lines after it ("Tues., April 27" splits at "Tues.").
  std::uint32_t dateSentence = si;
  std::vector<DateMention> dates = findDates(text, s.firstToken + 2, s.endToken);
  while (dates.empty() && dateSentence < si + 2 && dateSentence + 1 < sentences.size()) {
    ++dateSentence;
    dates = findDates(text, sentences[dateSentence].firstToken, sentences[dateSentence].endToken);
  }
  if (dates.empty()) return std::nullopt;
  out.date = dates.front();
  // The title: after "WHAT:" in the block (before or after "WHEN:"), else the next line, cut at
  // its first dozen words.
  std::uint32_t titleSentence = labelledSentence(text, si, "what").value_or(dateSentence + 1);
  if (titleSentence < sentences.size() && text.lower(sentences[titleSentence].firstToken) == "what" &&
      sentences[titleSentence].endToken - sentences[titleSentence].firstToken <= 2)
    ++titleSentence;
  if (titleSentence < sentences.size()) {
    out.title = titleSentence;
    const Sentence& t = sentences[titleSentence];
    std::uint32_t first = t.firstToken;
    if (text.lower(first) == "what" && first + 1 < t.endToken && text.token(first + 1) == ":") first += 2;
    out.name = std::string(text.span(first, std::min(t.endToken, first + 12)));
  }
  out.type = "Meeting";
  for (std::uint32_t i = 0; i < text.tokens().size(); ++i)
    if (const std::string_view type = eventTypeOf(text.lower(i)); !type.empty()) {
      out.type = std::string(type);
      if (out.name.empty()) out.name = std::string(text.token(i));
      break;
    }
  out.who = labelledSentence(text, si, "who");
  out.where = labelledSentence(text, si, "where");
  const std::uint32_t from = out.who ? sentences[*out.who].firstToken : 0;
  for (const Mention& m : ctx.mentions)
    if (m.first >= from && (m.kind == NodeKind::Organization || m.kind == NodeKind::Office)) {
      out.organizer = m.node;
      break;
    }
  return out;
}

// What organizations launch at an event of its own: "launched a practical guide".
bool isLaunchedThing(std::string_view w) { return lexicon::is(w, WordClass::LaunchedThing); }

// Can an event dated `e` be the one a sentence dates `d`: the same day, or a day within the
// other's range ("the meeting on 8-9 May ... On 9 May, the participants ...")? A date without
// a year takes the event's year.
bool datesMeet(const Event& e, const DateMention& d) {
  if (e.start.empty() || d.start.empty()) return true;
  Date start = d.start, end = d.end_;
  if (!start.year) start.year = e.start.year;
  if (!end.empty() && !end.year) end.year = e.start.year;
  if (start == e.start) return true;
  if (!start.day || !e.start.day) return false;
  const auto day = [](const Date& x) { return x.year * 372 + x.month * 31 + x.day; };
  const int eFirst = day(e.start), eLast = e.end.empty() ? eFirst : day(e.end);
  const int dFirst = day(start), dLast = end.empty() ? dFirst : day(end);
  return (dFirst >= eFirst && dFirst <= eLast) || (eFirst >= dFirst && eFirst <= dLast);
}

// "launched a joint programme ... The project is funded by X": a project by any of its names.
bool sameThing(std::string_view a, std::string_view b) {
  return a == b || (lexicon::is(a, WordClass::ProjectWord) && lexicon::is(b, WordClass::ProjectWord));
}

// A short line that gives a date and nothing else of an event: "Chisinau 29-30 November".
bool isDateHeader(const DocumentContext& ctx, const Sentence& s) {
  if (s.endToken - s.firstToken > 8) return false;
  for (std::uint32_t i = s.firstToken; i < s.endToken; ++i)
    if (!eventTypeOf(ctx.text.lower(i)).empty()) return false;
  return !findDates(ctx.text, s.firstToken, s.endToken).empty();
}

// The thing launched at `k`: the word itself ("guide"), or for a title the noun that follows
// it ("launched “Beat the Heat”, a campaign to ...").
std::string_view thingAfter(const Text& text, std::uint32_t k, std::uint32_t sentenceEnd) {
  if (!isOpenQuote(text.token(k))) return text.lower(k);
  const std::uint32_t close = closingQuote(text, k, sentenceEnd);
  for (std::uint32_t j = close + 1; j < sentenceEnd && j <= close + 5; ++j)
    if (isLaunchedThing(text.lower(j))) return text.lower(j);
  return {};
}

// The launch a sentence is about: "The campaign is funded by the EU" after "launched a campaign".
template <typename Events>
std::optional<std::size_t> launchAbout(const Events& events, const Text& text, const Sentence& s) {
  for (std::uint32_t i = s.firstToken + 1; i < s.endToken; ++i) {
    const std::string_view before = text.lower(i - 1);
    if (before != "the" && before != "this") continue;
    for (std::size_t k = events.size(); k-- > 0;)
      if (!events[k].thing.empty() && sameThing(events[k].thing, text.lower(i))) return k;
  }
  return std::nullopt;
}

// "its European Union (EU)-funded HIJRA AMINA Programme", "an EU-funded project": the funder
// of a project, named in a compound. The organization is a mention before "-funded", or a
// name the page gives an organization written before it in one token ("EU-funded").
std::vector<std::tuple<Relation, std::uint32_t, std::string_view>> compoundFundersOf(const DocumentContext& ctx) {
  const Text& text = ctx.text;
  std::vector<std::tuple<Relation, std::uint32_t, std::string_view>> out;
  const auto relationFor = [](std::string_view participle) -> std::optional<Relation> {
    if (participle == "funded" || participle == "financed" || participle == "co-funded") return Relation::Funder;
    if (participle == "supported" || participle == "sponsored") return Relation::Sponsor;
    return std::nullopt;
  };
  const auto n = static_cast<std::uint32_t>(text.tokens().size());
  for (std::uint32_t i = 1; i < n; ++i) {
    const std::string_view w = text.lower(i);
    if (const auto dash = w.find('-'); dash != std::string_view::npos && dash > 0) {  // "EU-funded"
      const auto relation = relationFor(w.substr(dash + 1));
      if (!relation) continue;
      const std::string_view prefix = text.token(i).substr(0, dash);
      for (const Mention& m : ctx.mentions)
        if ((m.kind == NodeKind::Organization || m.kind == NodeKind::Office) && text.span(m.first, m.end) == prefix) {
          out.emplace_back(*relation, m.node, "role.compound-funded");
          break;
        }
      continue;
    }
    // "(EU)-funded": the mention, a closing parenthesis perhaps, a dash, the participle.
    if (text.token(i - 1) != "-") continue;
    const auto relation = relationFor(w);
    if (!relation || i < 2) continue;
    std::uint32_t k = i - 2;
    if (text.token(k) == ")" && k > 0) --k;
    if (const Mention* m = ctx.at(k); m && (m->kind == NodeKind::Organization || m->kind == NodeKind::Office))
      out.emplace_back(*relation, m->node, "role.compound-funded");
  }
  return out;
}

namespace {

// What a sentence says of an event: the noun that names it (or the thing launched), and
// words that refer to events already introduced.
struct SentenceTrigger {
  std::optional<std::uint32_t> trigger;
  std::string type;
  bool genericReference = false;  // "the event", "events"
  bool allEvents = false;         // "Both activities were funded by X": every event of the page
  std::string_view launched;      // what a launch launched ("campaign")
  bool background = false;        // "The event follows the meeting organized in December 2014 by X": an earlier event
};

// The event nouns of a sentence. The event it reports is the object of its organizing verb,
// when it has one ("Building on the training, IOM ... held a provincial roundtable"); else its first.
void findEventNoun(const DocumentContext& ctx, const Sentence& s, SentenceTrigger& out) {
  const Text& text = ctx.text;
  std::optional<std::uint32_t> verbAt;
  bool recalls = false;  // "The event follows the meeting organized by X": another event, recalled
  for (std::uint32_t i = s.firstToken; i < s.endToken; ++i) {
    recalls = recalls || text.lowerIs(i, WordClass::BackgroundCue);
    if (!verbAt && text.lowerIs(i, WordClass::OrganizingVerb) && !isPassive(text, i, s.firstToken)) verbAt = i;
  }
  for (std::uint32_t i = s.firstToken; i < s.endToken; ++i) {
    const std::string_view w = text.lower(i);
    std::string_view t = text.lowerIs(i, WordClass::EventNoun) ? eventTypeOf(w) : std::string_view();
    const std::uint32_t at = i;
    if (w == "round" && i + 1 < s.endToken && text.lower(i + 1) == "table") t = "Roundtable", ++i;
    if (w == "press" && i + 1 < s.endToken && text.lower(i + 1) == "conference") t = "Other", ++i;
    // "Training Workshop", "training course": the last noun heads the name.
    while (!t.empty() && i + 1 < s.endToken && text.lowerIs(i + 1, WordClass::EventNoun) &&
           text.lower(i + 1) != "session" && text.lower(i + 1) != "event" && !ctx.at(i + 1))
      t = eventTypeOf(text.lower(++i));
    // "UNODC organized the event “Combating Human Trafficking in the Americas”": a titled event.
    if (w == "event" && i + 1 < s.endToken && isOpenQuote(text.token(i + 1)))
      t = "Other";
    else if (text.lowerIs(i, WordClass::EventReference)) {
      out.genericReference = true;
      // "The event will feature the presentation and debate of two papers": in a sentence about
      // the event introduced, event nouns name its parts, not events of their own (but "The
      // event follows the meeting organized by X" names another; a launch is read as ever).
      if (i == s.firstToken + 1 && isDefinite(text, i, s) && !out.trigger && !recalls) return;
    }
    if ((w == "activities" || w == "events") && at > s.firstToken &&
        (text.lower(at - 1) == "both" || text.lower(at - 1) == "all" || text.lower(at - 1) == "two"))
      out.allEvents = true;
    if (t.empty() || !isEventMention(ctx, i, s) || isFrame(text, i, s)) continue;
    if (!out.trigger || (verbAt && *out.trigger < *verbAt && at > *verbAt && objectOf(text, *verbAt, at))) {
      out.trigger = i;
      out.type = std::string(t);
      out.background = false;
      for (std::uint32_t k = at; k > s.firstToken && k + 3 > at; --k) out.background = out.background || text.lowerIs(k - 1, WordClass::BackgroundCue);
    }
    if (!verbAt || at > *verbAt) break;
  }
}

// "UNHCR, jointly with the ILO, today launched a practical guide ...": a launch is an event
// even when no event noun names it; the thing launched stands for it.
void findLaunch(const DocumentContext& ctx, const Sentence& s, SentenceTrigger& out) {
  const Text& text = ctx.text;
  for (std::uint32_t i = s.firstToken; i + 1 < s.endToken && !out.trigger; ++i) {
    if (!text.lowerIs(i, WordClass::LaunchVerb) || isPassive(text, i, s.firstToken)) continue;
    // "will unveil the findings of a first study": the thing within a short noun phrase.
    for (std::uint32_t k = i + 1; k < s.endToken && k <= i + 8; ++k)
      // "launched “Beat the Heat”, a campaign ...": the title stands for the thing.
      if (isLaunchedThing(text.lower(k)) ||
          (k == i + 1 && isOpenQuote(text.token(k)) && isCloseQuote(text.token(std::min(closingQuote(text, k, s.endToken), s.endToken - 1))))) {
        // A project launched with no date or place is background ("launched a five-year
        // project which aims ..."); a report or guide launched is the news itself.
        if (text.lowerIs(k, WordClass::ProjectWord) && findDates(text, s.firstToken, s.endToken).empty() &&
            !cityIn(ctx, s))
          break;
        out.trigger = k;
        out.type = "Launch";
        out.launched = thingAfter(text, k, s.endToken);
        break;
      }
  }
}

SentenceTrigger findTrigger(const DocumentContext& ctx, const Sentence& s) {
  SentenceTrigger out;
  findEventNoun(ctx, s, out);
  if (!out.trigger) findLaunch(ctx, s, out);
  return out;
}

// Organizations a sentence gives a role, and the rule that found them.
struct Found {
  Role role;
  std::string_view rule;
  std::vector<const Mention*> orgs;
};

struct SentenceRoles {
  std::vector<Found> roles;
  bool organizingVerb = false;
  bool copular = false;  // "X and Y are the co-hosts": about the event being reported
};

// "X attended", "X participated", "X took part": an active participating verb at `i` ("took" only with "part").
bool takesPartAt(const Text& text, std::uint32_t i, const Sentence& s) {
  const std::string_view w = text.lower(i);
  return isParticipatingVerb(w) && !isPassive(text, i, s.firstToken) &&
         (w != "took" || (i + 1 < s.endToken && text.lower(i + 1) == "part"));
}

// The role cues at the verb `i` (not a role phrase): its subject organizes, hosts or takes part.
void rolesAtVerb(const DocumentContext& ctx, std::uint32_t si, std::uint32_t i, const std::optional<std::uint32_t>& trigger,
                 SentenceRoles& out) {
  const Text& text = ctx.text;
  const Sentence& s = text.sentences()[si];
  const std::string_view w = text.lower(i);
  // Most tokens are none of these words: one lookup rules them out.
  constexpr WordClassMask VERBS = Lexicon::bit(WordClass::OrganizingVerb) | Lexicon::bit(WordClass::ParticipatingVerb) |
                                  Lexicon::bit(WordClass::PassiveAuxiliary) | Lexicon::bit(WordClass::LaunchVerb);
  if (!(text.classes(i, true) & VERBS)) return;
  const bool passive = isPassive(text, i, s.firstToken);
  if (isOrganizingVerb(w)) out.organizingVerb = true;
  if (isOrganizingVerb(w) && !passive && trigger && *trigger > i) {
    auto subject = subjectBefore(ctx, s.firstToken, i);
    if (!subject.empty())
      out.roles.push_back(Found{Role::Organizer, "role.active-subject", std::move(subject)});
    else if (si > 0 && pronounSubjectBefore(text, s.firstToken, i))
      out.roles.push_back(Found{Role::Organizer, "role.pronoun-subject", organizationsOf(ctx, text.sentences()[si - 1])});
  }
  // "The ILO and the Institute will unveil the findings of a first study": who launches the
  // thing the event is the launch of organizes it.
  if (text.lowerIs(i, WordClass::LaunchVerb) && !isOrganizingVerb(w) && !passive && trigger && *trigger > i &&
      *trigger <= i + 8 && !text.lowerIs(*trigger, WordClass::EventNoun)) {
    auto subject = subjectBefore(ctx, s.firstToken, i);
    if (!subject.empty()) out.roles.push_back(Found{Role::Organizer, "role.launch-subject", std::move(subject)});
  }
  // "experts joined IOM Viet Nam and the Ministry ... at a two-day workshop": the hosts.
  if (w == "joined" && !passive && trigger) {
    const auto hosts = listAfter(ctx, i + 1, s.endToken);
    const std::uint32_t after = hosts.empty() ? i : hosts.back()->end;
    if (!hosts.empty() && after + 1 < s.endToken && (text.token(after) == "at" || text.token(after) == "for") &&
        *trigger > after && *trigger <= after + 4) {
      out.roles.push_back(Found{Role::Organizer, "role.joined-hosts", hosts});
      return;
    }
  }
  if (takesPartAt(text, i, s))
    out.roles.push_back(Found{Role::Participant, "role.participating-subject", subjectBefore(ctx, s.firstToken, i)});
  if (const auto role = copularRoleAfter(text, i, s.endToken)) {
    auto subject = subjectBefore(ctx, s.firstToken, i);
    if (!subject.empty()) {
      out.roles.push_back(Found{*role, "role.copular-noun", std::move(subject)});
      out.copular = true;
    }
  }
}

// Role phrases and participle/verb cues of sentence `si`.
SentenceRoles findRoles(const DocumentContext& ctx, std::uint32_t si, const std::optional<std::uint32_t>& trigger) {
  const Text& text = ctx.text;
  const Sentence& s = text.sentences()[si];
  SentenceRoles out;
  bool tookPart = false;  // an active participating verb so far: "X attended the meeting"
  for (std::uint32_t i = s.firstToken; i < s.endToken; ++i) {
    Role role;
    std::string_view rule;
    if (const std::uint32_t len = rolePhraseAt(text, i, s.endToken, role, rule)) {
      // "X attended the meeting together with Y": Y took part beside X, it did not organize
      // (but "organized and delivered in coordination with Y": Y helped organize).
      if (role == Role::Partner && tookPart && !out.organizingVerb) {
        role = Role::Participant;
        rule = "role.participant-alongside";
      }
      out.roles.push_back(Found{role, rule, listAfter(ctx, i + len, s.endToken)});
      i += len - 1;
      continue;
    }
    tookPart = tookPart || takesPartAt(text, i, s);
    rolesAtVerb(ctx, si, i, trigger, out);
  }
  return out;
}

// The dates of sentence `si`, the event's first.
std::vector<DateMention> sentenceDates(const DocumentContext& ctx, std::uint32_t si, const std::optional<std::uint32_t>& trigger) {
  const Text& text = ctx.text;
  const Sentence& s = text.sentences()[si];
  std::vector<DateMention> dates = findDates(text, s.firstToken, s.endToken);
  // The dateline's date ("Astana, May 14, 2014 -") is when the page was written.
  if (ctx.datelineDated && ctx.datelineSentence == si && !dates.empty() && dates.front().first <= s.firstToken + 4)
    dates.erase(dates.begin());
  // So is a line under the headline that gives that same date and nothing else.
  if (ctx.datelineDated && ctx.datelineSentence != si && dates.size() == 1 && dates.front().start == ctx.documentDate &&
      isDateHeader(ctx, s))
    dates.clear();
  // Of several dates, the event's is the one nearest its noun ("Mon, 19 Apr 2021 ... On 15-16
  // April 2021, ICMPD facilitated a two-day conference").
  if (trigger && dates.size() > 1) {
    const auto distance = [&](const DateMention& d) {
      return d.end <= *trigger ? *trigger - d.end : d.first > *trigger ? d.first - *trigger : 0;
    };
    const auto nearest = std::min_element(dates.begin(), dates.end(),
                                          [&](const DateMention& a, const DateMention& b) { return distance(a) < distance(b); });
    std::rotate(dates.begin(), nearest, nearest + 1);
  }
  return dates;
}

// Same kind: the event already introduced. A training and a course are one kind ("a two-day
// training course ... The course was run ...").
bool sameKind(std::string_view a, std::string_view b) {
  auto course = [](std::string_view t) { return t == "Training" || t == "Course"; };
  return a == b || (course(a) && course(b));
}

// GUIDELINES: events the page recalls as background are not events it reports ("in response
// to the recommendations of a workshop which took place in May 2008"). Releases report what
// happened days or weeks before they were written: an event dated two months or more before
// the page, for which the page names no organizer, partner, sponsor or participant, is
// background; a body named in the event's name ("the 25th African Union Summit") is no role the
// page gives it.
bool isBackground(const Event& e, const Date& page) {
  if (e.hasRole || !e.start.year || !e.start.month || !page.year || !page.month) return false;
  const auto days = [](const Date& d) { return d.year * 372 + d.month * 31 + std::max(d.day, 1); };
  return days(page) - days(e.start) > 62;
}

// event.generic-mention: "Meetings", "Consultations": a bare plural event noun, undated,
// unplaced and with no one's role, speaks of such events in general, not of one the page reports.
bool isGenericMention(const Event& e, std::string_view name) {
  return name.find(' ') == std::string_view::npos && name.size() > 1 && name.back() == 's' && e.start.empty() &&
         !e.hasCity && !e.hasRole && e.owners.empty();
}

// A title, not a sentence: no closing full stop, and most words capitalized ("Workshop on the
// Fair Recruitment Initiative", "Raising Awareness Workshop on Prevention of Human Trafficking").
bool isTitle(const Text& text, const Sentence& s) {
  if (s.endToken <= s.firstToken) return false;
  const std::string_view last = text.token(s.endToken - 1);
  if (last == "." || last == "!" || last == "?") return false;
  std::uint32_t words = 0, capitalized = 0;
  for (std::uint32_t i = s.firstToken; i < s.endToken; ++i) {
    const Token& t = text.tokens()[i];
    if (!t.word || text.is(i, WordClass::Connector)) continue;
    ++words;
    capitalized += t.capitalized;
  }
  return words >= 2 && 2 * capitalized >= words;
}

// "USJ, Rue Huvelin, Building A, Beirut, Lebanon": a short line of comma-separated parts, no
// verb and no full stop, ending in a city or a city and its country. Returns the city.
std::optional<std::uint32_t> venueLineCity(const DocumentContext& ctx, const Sentence& s) {
  const Text& text = ctx.text;
  if (s.endToken - s.firstToken < 3 || s.endToken - s.firstToken > 20) return std::nullopt;
  if (ctx.datelineSentence && &s == &text.sentences()[*ctx.datelineSentence]) return std::nullopt;
  bool comma = false;
  for (std::uint32_t i = s.firstToken; i < s.endToken; ++i) {
    const std::string_view w = text.token(i);
    if (w == "." || w == ":" || text.lowerIs(i, WordClass::OrganizingVerb) || text.lowerIs(i, WordClass::PassiveAuxiliary))
      return std::nullopt;
    comma = comma || w == ",";
  }
  if (!comma) return std::nullopt;
  std::uint32_t last = s.endToken;
  const Mention* country = ctx.at(last - 1);
  if (country && country->kind == NodeKind::Country && country->first > s.firstToken + 1 && text.token(country->first - 1) == ",")
    last = country->first - 1;
  const Mention* city = ctx.at(last - 1);
  if (!city || city->kind != NodeKind::City || city->end != last) return std::nullopt;
  if (city->first == s.firstToken || text.token(city->first - 1) != ",") return std::nullopt;
  return city->node;
}

// One document's events, read sentence by sentence: each sentence introduces an event, speaks
// of one already introduced, or of none.
class EventReader {
 public:
  explicit EventReader(DocumentContext& ctx)
      : ctx_(ctx), text_(ctx.text),
        eventPrefix_("event/" + ctx.graph.node(ctx.graph.documentNode()).key.substr(4) + "-") {
    for (const auto& [relation, node, rule] : compoundFundersOf(ctx)) projectSponsors_.push_back({relation, node, rule});
  }

  void read(std::uint32_t si);
  void finish();

 private:
  // Sponsors of the project the page's events belong to, with the rule that found each.
  struct ProjectSponsor {
    Relation relation;
    std::uint32_t node;
    std::string_view rule;
  };
  // An event noun in a sentence that says nothing else of it, waiting for the next sentence.
  struct Pending {
    std::uint32_t trigger;
    std::string type;
    std::uint32_t sentence;
  };

  std::size_t newEvent(const std::string& type, std::uint32_t sentence, const std::string& name);
  bool mergeSameName(Event& into, const Event& from);
  void setDate(Event& e, const Date& start, const Date& end);
  bool readAdvisory(std::uint32_t si);
  std::optional<std::size_t> eventNamed(std::uint32_t si, const SentenceTrigger& t, const SentenceRoles& r,
                                        const std::vector<DateMention>& dates, bool placed);
  std::optional<std::size_t> eventOf(std::uint32_t si, const SentenceTrigger& t, const SentenceRoles& r,
                                     const std::vector<DateMention>& dates, bool placed);
  void attach(Event& e, std::uint32_t si, const SentenceTrigger& t, const SentenceRoles& r,
              const std::vector<DateMention>& dates, std::optional<std::uint32_t> city);

  DocumentContext& ctx_;
  const Text& text_;
  const std::string eventPrefix_;
  std::vector<Event> events_;
  std::optional<std::size_t> current_;
  std::vector<ProjectSponsor> projectSponsors_;
  std::optional<Pending> pending_;
  // The page's title when it names an event and says nothing else of it ("Workshop on the Fair
  // Recruitment Initiative"): the name for an event the body then calls "the workshop".
  std::optional<Pending> title_;
  // "On 8-9 November 2013, 25 experts gathered at ... outside of Geneva to discuss ...": a
  // gathering dated and placed before any event noun; the page's first event, if the text dates
  // it nowhere else, is that gathering.
  struct Gathering {
    DateMention date;
    std::optional<std::uint32_t> city;
  };
  std::optional<Gathering> gathering_;
};

// A new event of `type`, introduced in sentence `sentence`, named `name`; returns its index.
std::size_t EventReader::newEvent(const std::string& type, std::uint32_t sentence, const std::string& name) {
  Event e;
  e.type = type;
  e.sentence = sentence;
  e.node = ctx_.graph.addNode(NodeKind::Event, eventPrefix_ + std::to_string(events_.size() + 1), name);
  ctx_.graph.addLiteral(e.node, Property::EventType, type);
  events_.push_back(e);
  return events_.size() - 1;
}

// Dates an event; a date without a year takes the page's.
void EventReader::setDate(Event& e, const Date& start, const Date& end) {
  e.start = start;
  e.end = end;
  if (!e.start.year && ctx_.documentDate.year) {
    e.start.year = ctx_.documentDate.year;
    if (!e.end.empty()) e.end.year = ctx_.documentDate.year;
  }
  ctx_.graph.removeLiterals(e.node, Property::StartDate);
  ctx_.graph.removeLiterals(e.node, Property::EndDate);
  ctx_.graph.addLiteral(e.node, Property::StartDate, e.start.iso());
  if (!e.end.empty()) ctx_.graph.addLiteral(e.node, Property::EndDate, e.end.iso());
}

// A media advisory's WHEN/WHAT block at sentence `si` is an event of its own.
bool EventReader::readAdvisory(std::uint32_t si) {
  const auto advisory = advisoryEvent(ctx_, si);
  if (!advisory) return false;
  std::string type = advisory->type;
  if (advisory->title)
    if (const SentenceTrigger t = findTrigger(ctx_, text_.sentences()[*advisory->title]); t.trigger) type = t.type;
  // The body may have introduced the event before its block ("ESCAP and UNFPA are organizing
  // the Midterm Review ... from 26 to 28 November"), or the block's own lines before "WHEN:"
  // ("WHAT: Press conference ..." / "WHERE: ..., Chisinau"): the block tells more of that one.
  std::optional<std::size_t> known;
  for (std::size_t k = 0; k < events_.size() && !known; ++k)
    if (sameKind(events_[k].type, type) &&
        (events_[k].start.empty() ? events_[k].sentence + 4 >= si : datesMeet(events_[k], advisory->date)))
      known = k;
  Event& e = events_[known ? *known : newEvent(type, si, advisory->name)];
  if (e.start.empty()) setDate(e, advisory->date.start, advisory->date.end_);
  if (advisory->organizer && !e.hasOrganizer) {
    ctx_.graph.addEdge(e.node, Relation::Organizer, *advisory->organizer, DocumentGraph::NO_SENTENCE, "role.advisory-organization");
    e.hasOrganizer = true;
  }
  // "WHO: X, in partnership with Y, with the financial support of Z".
  if (advisory->who) {
    const std::uint32_t sentenceId = ctx_.graph.addSentence(std::string(text_.sentenceText(text_.sentences()[*advisory->who])));
    for (const auto& f : findRoles(ctx_, *advisory->who, std::nullopt).roles)
      for (const Mention* m : f.orgs)
        if (m->node != advisory->organizer) ctx_.graph.addEdge(e.node, relationOf(f.role), m->node, sentenceId, f.rule);
  }
  if (advisory->where && !e.hasCity)
    if (const auto city = cityIn(ctx_, text_.sentences()[*advisory->where])) {
      ctx_.graph.addEdge(e.node, Relation::Location, *city, DocumentGraph::NO_SENTENCE, "event.location.sentence-city");
      e.hasCity = true;
    }
  current_ = known ? *known : events_.size() - 1;
  return true;
}

// The event a sentence with an event noun speaks of: one already introduced, or a new one
// when the sentence says enough of it.
std::optional<std::size_t> EventReader::eventNamed(std::uint32_t si, const SentenceTrigger& t, const SentenceRoles& r,
                                                   const std::vector<DateMention>& dates, bool placed) {
  const Sentence& s = text_.sentences()[si];
  const std::uint32_t trigger = *t.trigger;
  std::optional<std::size_t> target;
  // "Conference on Criminal Justice ..." / "Chisinau 29-30 November": a title whose own
  // date line follows is a new event, not the last one of its kind again.
  const bool datedHeaderNext = dates.empty() && r.roles.empty() && si + 1 < text_.sentences().size() &&
                               isDateHeader(ctx_, text_.sentences()[si + 1]);
  // "The training, which opens in Nairobi ..." after "a three-day training workshop": a
  // definite noun phrase names an event already introduced whose name has its noun.
  const std::uint32_t nameStart = eventNameStart(ctx_, trigger, s);
  const bool definite = isDefinite(text_, nameStart, s);
  // "The conference, which was co-organised by ..., followed the entry into force of the
  // Convention on 1 September 2016": a sentence that opens on "the conference" is about the one
  // introduced, whatever else it dates.
  const bool definiteSubject = definite && nameStart == s.firstToken + 1;
  // "It follows a regional workshop organized by the ILO in May 2008": an earlier event, never
  // one already introduced.
  for (std::size_t k = events_.size(); k-- > 0 && !datedHeaderNext && !t.background;) {
    if (!dates.empty() && !datesMeet(events_[k], dates.front()) && !events_[k].datedByHeadline && !definiteSubject) continue;
    if (sameKind(events_[k].type, t.type) || (definite && nameHasWord(ctx_.graph.node(events_[k].node).name, text_.lower(trigger)))) {
      target = k;
      break;
    }
  }
  // "The Conference will be held in Charlottetown from October 26 to 28": the sentence dates the
  // event itself when its verb follows the noun, and that date replaces the one it had.
  if (target && definiteSubject && !dates.empty() && !datesMeet(events_[*target], dates.front()) &&
      isHeldRightAfter(text_, trigger, s))
    setDate(events_[*target], dates.front().start, dates.front().end_);
  // "Women were well represented at the training": with one event on the page so far, a
  // definite noun phrase can mean no other.
  if (!target && definite && events_.size() == 1 && !datedHeaderNext && !t.background &&
      (dates.empty() || datesMeet(events_[0], dates.front())))
    target = 0;
  // "19-22 March" for an event dated 21 March by a headline's date line: the range is the
  // event's own, more precise date.
  if (target && !dates.empty() && events_[*target].end.empty() && !dates.front().end_.empty() &&
      !(events_[*target].start == dates.front().start))
    setDate(events_[*target], dates.front().start, dates.front().end_);
  if (target && !dates.empty() && events_[*target].datedByHeadline) {
    if (!datesMeet(events_[*target], dates.front())) setDate(events_[*target], dates.front().start, dates.front().end_);
    events_[*target].datedByHeadline = false;
  }
  const bool introduces = !dates.empty() || !r.roles.empty() || r.organizingVerb || placed;
  if (!target && !introduces) pending_ = Pending{trigger, t.type, si};
  if (!target && !introduces && !title_ && events_.empty() && isTitle(text_, s)) title_ = pending_;
  if (!target && introduces) {
    std::string name = eventName(ctx_, trigger, s);
    // "launched a practical guide on ...": the event is the guide's launch.
    if (!t.launched.empty() && !name.starts_with("Launch")) {
      if (!text_.tokens()[eventNameStart(ctx_, trigger, s)].capitalized && !name.empty())
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
      name = "Launch of the " + name;
    }
    // "The workshop brought together ...": a bare noun takes the title's name, once.
    if (title_ && name.find(' ') == std::string::npos && !t.background) {
      name = eventName(ctx_, title_->trigger, text_.sentences()[title_->sentence]);
      title_.reset();
    }
    target = newEvent(t.type, si, name);
    events_[*target].thing = t.launched;
    events_[*target].recalled = t.background;
  }
  return target;
}

// The event sentence `si` speaks of, if any.
std::optional<std::size_t> EventReader::eventOf(std::uint32_t si, const SentenceTrigger& t, const SentenceRoles& r,
                                                const std::vector<DateMention>& dates, bool placed) {
  std::optional<std::size_t> target;
  if (t.trigger) {
    target = eventNamed(si, t, r, dates, placed);
  } else if ((t.genericReference || refersBack(text_, text_.sentences()[si]) || r.copular) && current_) {
    target = current_;
  } else if (const auto k = launchAbout(events_, text_, text_.sentences()[si])) {
    target = k;
  } else if (pending_ && pending_->sentence + 1 == si && (!dates.empty() || placed || !r.roles.empty())) {
    // A headline names the event, the next line dates and places it: "Conference on X" /
    // "Lisbon 28-29 November".
    const Sentence& ps = text_.sentences()[pending_->sentence];
    target = newEvent(pending_->type, pending_->sentence, eventName(ctx_, pending_->trigger, ps));
    events_[*target].datedByHeadline = !dates.empty();
  }
  if (pending_ && pending_->sentence + 1 < si) pending_.reset();
  return target;
}

// What sentence `si` says of event `e`: its date, city, and the organizations' roles.
void EventReader::attach(Event& e, std::uint32_t si, const SentenceTrigger& t, const SentenceRoles& r,
                         const std::vector<DateMention>& dates, std::optional<std::uint32_t> city) {
  const Sentence& s = text_.sentences()[si];
  const std::uint32_t sentenceId = ctx_.graph.addSentence(std::string(text_.sentenceText(s)));
  // "on Thursday", "yesterday": dates an event that has none, never tells events apart
  // ("The consultation, which continues on Friday, ...").
  const auto relative = dates.empty() ? findRelativeDate(text_, s.firstToken, s.endToken, ctx_.documentDate) : std::nullopt;
  if (e.start.empty() && (!dates.empty() || relative))
    setDate(e, dates.empty() ? relative->start : dates.front().start, dates.empty() ? relative->end_ : dates.front().end_);
  if (!e.hasCity && city) {
    ctx_.graph.addEdge(e.node, Relation::Location, *city, sentenceId, "event.location.sentence-city");
    e.hasCity = true;
  }
  for (const auto& f : r.roles)
    for (const Mention* m : f.orgs) {
      ctx_.graph.addEdge(e.node, relationOf(f.role), m->node, sentenceId, f.rule);
      e.hasOrganizer = e.hasOrganizer || f.role == Role::Organizer;
      e.hasRole = true;
    }
  if (t.trigger) {
    for (const Mention* m : ownersBefore(ctx_, eventNameStart(ctx_, *t.trigger, s), s)) e.owners.emplace_back(m->node, sentenceId, "role.owner-before-name");
    if (const Mention* m = ownerAfterOf(ctx_, *t.trigger, s)) e.owners.emplace_back(m->node, sentenceId, "role.owner-after-of");
  }
}

void EventReader::read(std::uint32_t si) {
  if (readAdvisory(si)) return;
  const Sentence& s = text_.sentences()[si];
  const SentenceTrigger t = findTrigger(ctx_, s);
  const SentenceRoles r = findRoles(ctx_, si, t.trigger);
  const std::vector<DateMention> dates = sentenceDates(ctx_, si, t.trigger);
  const std::optional<std::uint32_t> city = cityIn(ctx_, s);
  const std::optional<std::size_t> target = eventOf(si, t, r, dates, city.has_value());
  if (t.allEvents && !t.trigger && !events_.empty()) {
    const std::uint32_t sentenceId = ctx_.graph.addSentence(std::string(text_.sentenceText(s)));
    for (const Event& e : events_)
      for (const auto& f : r.roles)
        for (const Mention* m : f.orgs) ctx_.graph.addEdge(e.node, relationOf(f.role), m->node, sentenceId, f.rule);
    return;
  }
  if (!target && !t.trigger && events_.empty() && !gathering_ && !dates.empty()) {
    bool gathers = false;
    for (std::uint32_t i = s.firstToken; i < s.endToken && !gathers; ++i) gathers = text_.lowerIs(i, WordClass::GatheringVerb);
    if (gathers) gathering_ = Gathering{dates.front(), city};
  }
  if (!target) {
    // "The project, funded by X, ...": a sponsor of the project the events belong to.
    for (const auto& f : r.roles)
      if (f.role == Role::Sponsor || f.role == Role::Funder)
        for (const Mention* m : f.orgs) projectSponsors_.push_back({relationOf(f.role), m->node, "role.project-sponsor"});
    return;
  }
  current_ = target;
  attach(events_[*target], si, t, r, dates, city);
  if (gathering_ && *target == 0) {
    Event& e = events_[0];
    if (e.start.empty()) setDate(e, gathering_->date.start, gathering_->date.end_);
    if (!e.hasCity && gathering_->city) {
      ctx_.graph.addEdge(e.node, Relation::Location, *gathering_->city, DocumentGraph::NO_SENTENCE, "event.location.sentence-city");
      e.hasCity = true;
    }
    gathering_.reset();
  }
}

// "Regional Consultation on the Colombo Process ..." named twice, once dated: one event. Moves
// what `from` says to `into` and returns true when the two are one.
bool EventReader::mergeSameName(Event& into, const Event& from) {
  const std::string& a = ctx_.graph.node(into.node).name;
  const std::string& b = ctx_.graph.node(from.node).name;
  if (a.find(' ') == std::string::npos || asciiLower(a) != asciiLower(b)) return false;
  if (!into.start.empty() && !from.start.empty() && !(into.start == from.start)) return false;
  if (into.start.empty() && !from.start.empty()) setDate(into, from.start, from.end);
  const std::vector<DocEdge> edges = ctx_.graph.edges();
  for (const DocEdge& e : edges) {
    if (e.from != from.node || ctx_.graph.hasEdge(into.node, e.relation, e.to)) continue;
    if (e.relation == Relation::Location && into.hasCity) continue;
    ctx_.graph.addEdge(into.node, e.relation, e.to, e.sentence, e.rule);
    into.hasCity = into.hasCity || e.relation == Relation::Location;
  }
  into.hasOrganizer = into.hasOrganizer || from.hasOrganizer;
  into.hasRole = into.hasRole || from.hasRole;
  into.owners.insert(into.owners.end(), from.owners.begin(), from.owners.end());
  return true;
}

void EventReader::finish() {
  std::vector<bool> merged(events_.size(), false);
  for (std::size_t k = 1; k < events_.size(); ++k)
    for (std::size_t j = 0; j < k && !merged[k]; ++j)
      if (!merged[j]) merged[k] = mergeSameName(events_[j], events_[k]);
  // Sponsors of the project are the event's when the article reports one event (GUIDELINES:
  // "held within a project that the text says X funds"); with several, which one is unclear.
  if (events_.size() == 1)
    for (const ProjectSponsor& p : projectSponsors_)
      ctx_.graph.addEdge(events_.front().node, p.relation, p.node, DocumentGraph::NO_SENTENCE, p.rule);
  // A venue line near where the event is introduced ("International Training Centre (ITC),
  // Turin, Italy", "Rue Huvelin, Building A, Beirut, Lebanon") places it.
  for (Event& e : events_) {
    if (e.hasCity) continue;
    const auto& sentences = text_.sentences();
    const std::uint32_t from = e.sentence > 2 ? e.sentence - 2 : 0;
    for (std::uint32_t k = from; k < sentences.size() && k <= e.sentence + 6 && !e.hasCity; ++k)
      if (const auto city = venueLineCity(ctx_, sentences[k])) {
        ctx_.graph.addEdge(e.node, Relation::Location, *city, DocumentGraph::NO_SENTENCE, "event.location.venue-line");
        e.hasCity = true;
      }
  }
  // The dateline city when the text names no other place.
  for (const Event& e : events_)
    if (!e.hasCity && ctx_.datelineCity)
      ctx_.graph.addEdge(e.node, Relation::Location, *ctx_.datelineCity, DocumentGraph::NO_SENTENCE, "event.location.dateline-city");
  for (const Event& e : events_)
    if (!e.hasOrganizer)
      for (const auto& [node, sentenceId, rule] : e.owners) ctx_.graph.addEdge(e.node, Relation::Organizer, node, sentenceId, rule);
  // Last to first: removing a node moves the ones after it. Events are the last nodes this
  // document graph gets, in the order of events_, and no id above them is held after this.
  for (std::size_t k = events_.size(); k-- > 0;)
    if (merged[k] || events_[k].recalled || isBackground(events_[k], ctx_.documentDate) ||
        isGenericMention(events_[k], ctx_.graph.node(events_[k].node).name))
      ctx_.graph.removeNode(events_[k].node);
}

}  // namespace

void EventExtractor::run(DocumentContext& ctx) const {
  EventReader reader(ctx);
  for (std::uint32_t si = 0; si < ctx.text.sentences().size(); ++si) reader.read(si);
  reader.finish();
}

}  // namespace pressgraph
