// SPDX-License-Identifier: MIT
// Person rules: honorifics, appositions with role words, "NAME of the ORG".
#include "loaders/extract/PersonExtractor.h"

#include <algorithm>

#include "graph/Names.h"
#include "loaders/extract/Lexicon.h"

namespace pressgraph {
namespace {

bool isParticle(std::string_view w) {
  return w == "de" || w == "van" || w == "von" || w == "da" || w == "di" || w == "del" || w == "bin" || w == "al" ||
         w == "el" || w == "le" || w == "la" || w == "dos" || w == "der" || w == "ten";
}

bool isCountryAt(const DocumentContext& ctx, std::uint32_t i) {
  const GazetteerMatch* m = ctx.matchAt(i);
  return m && (hasEntry(*m, EntryKind::Country) || hasEntry(*m, EntryKind::Organization));
}

// "BOTEZATU" in "Elena BOTEZATU": a word in capitals that names nothing the page or the
// gazetteers know (no acronym, no country).
bool isCapitalsSurname(const DocumentContext& ctx, std::uint32_t i) {
  const Token& t = ctx.text.tokens()[i];
  const std::string_view w = ctx.text.token(i);
  const bool letters = std::none_of(w.begin(), w.end(), [](char c) { return c == '.' || c == '-' || (c >= '0' && c <= '9'); });
  return t.word && t.allCaps && letters && w.size() >= 3 && !ctx.at(i) && !ctx.matchAt(i) &&
         !ctx.text.is(i, WordClass::NonNameWord) && !ctx.text.is(i, WordClass::Honorific);
}

// "Director-General", "Secretary-General": a role word joined to another by a hyphen.
bool isCompoundRoleWord(const Text& text, std::uint32_t i) {
  const std::string_view w = text.token(i);
  const std::size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && lexicon::is(w.substr(0, dash), WordClass::RoleWord);
}

bool isNameWord(const DocumentContext& ctx, std::uint32_t i) {
  const Token& t = ctx.text.tokens()[i];
  const std::string_view w = ctx.text.token(i);
  constexpr WordClassMask NOT_NAMES =
      Lexicon::bit(WordClass::NonNameWord) | Lexicon::bit(WordClass::Honorific) | Lexicon::bit(WordClass::RoleWord);
  return t.word && t.capitalized && !t.allCaps && !t.number && !(ctx.text.classes(i, false) & NOT_NAMES) && !ctx.at(i) &&
         !isCountryAt(ctx, i) && monthNumber(w) == 0;
}

// The role phrase after "NAME," up to the next comma or period: "UN Resident Coordinator in
// Belarus", "director of Programs". Returns its end, or `first` when it holds no role word.
std::uint32_t rolePhraseEnd(const DocumentContext& ctx, std::uint32_t first, std::uint32_t limit) {
  const Text& text = ctx.text;
  bool role = false;
  std::uint32_t i = first;
  for (; i < limit && i < first + 14; ++i) {
    const std::string_view w = text.token(i);
    if (w == "," || w == "." || w == ";" || w == "(" || w == ":") break;
    const Token& t = text.tokens()[i];
    if (t.word && !t.capitalized && !text.is(i, WordClass::Connector) && !text.is(i, WordClass::RoleWord) && !ctx.at(i)) break;
    role = role || text.is(i, WordClass::RoleWord) || isCompoundRoleWord(text, i);
  }
  return role ? i : first;
}

void setRole(DocumentContext& ctx, std::uint32_t person, std::uint32_t first, std::uint32_t end) {
  if (first >= end) return;
  // The title is the role words before any organization: "Chief of Mission" of "IOM Belarus Chief of Mission".
  std::uint32_t a = first, b = end;
  const auto orgs = ctx.organizationsIn(first, end);
  if (!orgs.empty()) {
    if (orgs.front()->first > first) b = orgs.front()->first;
    else a = orgs.front()->end, b = orgs.size() > 1 ? orgs[1]->first : end;
    ctx.graph.addEdge(person, Relation::WorksFor, orgs.front()->node, DocumentGraph::NO_SENTENCE, "person.title-of-org");
  }
  while (a < b && (ctx.text.is(b - 1, WordClass::Connector) || ctx.text.token(b - 1) == "in")) --b;
  while (a < b && ctx.text.is(a, WordClass::Connector)) ++a;
  if (a < b) ctx.graph.addLiteral(person, Property::JobTitle, ctx.text.span(a, b));
}

// The words of a person's role, [first, end).
struct RoleSpan {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
};

// "Dr.", "H.E.", "Ambassador" before a name are not part of it. Returns where the name starts
// after them from `i`; `honorific` tells whether there was one.
std::uint32_t nameStartAfterHonorifics(const Text& text, std::uint32_t i, std::uint32_t sentenceEnd, bool& honorific) {
  std::uint32_t start = i;
  honorific = false;
  while (start < sentenceEnd && (text.is(start, WordClass::Honorific) || text.token(start) == ".")) {
    honorific = honorific || text.is(start, WordClass::Honorific);
    ++start;
  }
  return start;
}

// "NAME, role ..."
std::optional<RoleSpan> roleAfterComma(const DocumentContext& ctx, std::uint32_t nameEnd, std::uint32_t sentenceEnd) {
  if (nameEnd >= sentenceEnd || ctx.text.token(nameEnd) != ",") return std::nullopt;
  const std::uint32_t r = rolePhraseEnd(ctx, nameEnd + 1, sentenceEnd);
  if (r > nameEnd + 1) return RoleSpan{nameEnd + 1, r};
  return std::nullopt;
}

// "NAME of the ORG"
std::optional<RoleSpan> organizationAfterOf(const DocumentContext& ctx, std::uint32_t nameEnd, std::uint32_t sentenceEnd) {
  const Text& text = ctx.text;
  if (nameEnd + 1 >= sentenceEnd || text.token(nameEnd) != "of") return std::nullopt;
  std::uint32_t j = nameEnd + 1;
  if (text.token(j) == "the") ++j;
  if (const Mention* m = ctx.at(j); m && (m->kind == NodeKind::Organization || m->kind == NodeKind::Office))
    return RoleSpan{j, m->end};
  return std::nullopt;
}

// "NAME, from the EU Delegation": a person introduced by the organization they come from.
std::optional<RoleSpan> organizationAfterFrom(const DocumentContext& ctx, std::uint32_t nameEnd, std::uint32_t sentenceEnd) {
  const Text& text = ctx.text;
  if (!(nameEnd + 2 < sentenceEnd && text.token(nameEnd) == "," && text.token(nameEnd + 1) == "from")) return std::nullopt;
  std::uint32_t j = nameEnd + 2;
  if (text.token(j) == "the" && j + 1 < sentenceEnd) ++j;
  if (const Mention* m = ctx.at(j); m && m->first == j && (m->kind == NodeKind::Organization || m->kind == NodeKind::Office))
    return RoleSpan{j, m->end};
  return std::nullopt;
}

// "Mayor of Lisbon Fernando Medina", "Minister of Home Affairs of Portugal Eduardo Cabrita":
// a role, "of", a place (or an organization), then the name.
std::optional<RoleSpan> roleOfPlaceBefore(const DocumentContext& ctx, std::uint32_t start, std::uint32_t sentenceFirst) {
  const Text& text = ctx.text;
  if (!(start >= sentenceFirst + 3 && (isCountryAt(ctx, start - 1) || ctx.matchAt(start - 1)))) return std::nullopt;
  std::uint32_t k = start - 1;
  if (const GazetteerMatch* place = ctx.matchAt(k)) k = place->first;
  if (k < sentenceFirst + 2 || text.token(k - 1) != "of") return std::nullopt;
  std::uint32_t q = k - 1;
  while (q > sentenceFirst && (text.tokens()[q - 1].capitalized || text.token(q - 1) == "of")) --q;
  bool role = false;
  for (std::uint32_t r = q; r < k - 1; ++r) role = role || text.is(r, WordClass::RoleWord);
  if (role) return RoleSpan{q, start};
  return std::nullopt;
}

// "role, NAME," : the role phrase ends with a comma just before the name.
std::optional<RoleSpan> roleBeforeComma(const DocumentContext& ctx, std::uint32_t start, std::uint32_t sentenceFirst) {
  const Text& text = ctx.text;
  if (start < sentenceFirst + 2 || text.token(start - 1) != ",") return std::nullopt;
  std::uint32_t k = start - 1;
  std::uint32_t b = k;
  while (k > sentenceFirst && (text.tokens()[k - 1].capitalized || text.is(k - 1, WordClass::Connector) || ctx.at(k - 1))) --k;
  bool role = false;
  for (std::uint32_t q = k; q < b; ++q) role = role || text.is(q, WordClass::RoleWord);
  if (role) return RoleSpan{k, b};
  return std::nullopt;
}

// "UNHCR spokesperson Jennifer Pagonis", "IPPF Director-General Gill Greer": a role word right
// before the name, without a comma; the role runs back over the role's words and its organization.
// "Minister for Labour, Employment and Social Security Krishna Kumar Shrestha", "Ambassador to
// the UAE Krishna Prasad Dhakal": a title, "of/for/to" and what it is of, right before the name.
std::optional<RoleSpan> portfolioTitleBefore(const DocumentContext& ctx, std::uint32_t start, std::uint32_t sentenceFirst) {
  const Text& text = ctx.text;
  for (std::uint32_t k = start; k > sentenceFirst + 1 && k + 10 > start;) {
    --k;
    const std::string_view w = text.token(k);
    const Mention* m = ctx.at(k);
    if (m && m->kind != NodeKind::Country && m->kind != NodeKind::City) return std::nullopt;
    if (m) {
      k = m->first;
      continue;
    }
    // Something of its own between the title's "of" and the name ("Head of the Police
    // Administration" is a unit's name, not a title before a person's).
    if ((w == "of" || w == "for" || w == "to") && text.is(k - 1, WordClass::TitleNoun) && k + 1 < start)
      return k + 2 < start || text.lower(k + 1) != "the" ? std::optional<RoleSpan>(RoleSpan{k - 1, start}) : std::nullopt;
    const Token& t = text.tokens()[k];
    if (!(t.word && t.capitalized) && w != "," && w != "and" && w != "the" && w != "&") return std::nullopt;
  }
  return std::nullopt;
}

std::optional<RoleSpan> roleWordBefore(const DocumentContext& ctx, std::uint32_t start, std::uint32_t sentenceFirst) {
  const Text& text = ctx.text;
  if (start <= sentenceFirst) return std::nullopt;
  if (!text.is(start - 1, WordClass::RoleWord) && !isCompoundRoleWord(text, start - 1))
    return portfolioTitleBefore(ctx, start, sentenceFirst);
  const bool hyphenated = text.token(start - 1).find('-') != std::string_view::npos;
  std::uint32_t first = start - 1;
  while (first > sentenceFirst && first + 8 > start) {
    const std::uint32_t k = first - 1;
    const Token& t = text.tokens()[k];
    if (const Mention* m = ctx.at(k); m && (m->kind == NodeKind::Organization || m->kind == NodeKind::Office)) {
      first = m->first;
      break;
    }
    if (!(t.word && t.capitalized) && !text.is(k, WordClass::RoleWord)) break;
    if (text.is(k, WordClass::NonNameWord)) break;  // "The", "In"
    first = k;
  }
  // "Regional Farm Work": modifiers of titles ("Regional", "Senior") make no title alone.
  bool title = false;
  for (std::uint32_t k = first; k < start && !title; ++k)
    title = (text.is(k, WordClass::RoleWord) && !text.is(k, WordClass::RoleModifier)) ||
            (k + 1 == start && hyphenated);
  if (!title) return std::nullopt;
  return RoleSpan{first, start};
}

}  // namespace

std::optional<std::uint32_t> personNameEnd(const DocumentContext& ctx, std::uint32_t first, std::uint32_t limit) {
  const Text& text = ctx.text;
  if (first >= text.tokens().size()) return std::nullopt;
  limit = std::min(limit, text.sentences()[text.sentenceOf(first)].endToken);  // a name never spans lines
  if (first >= limit || !isNameWord(ctx, first)) return std::nullopt;
  std::uint32_t i = first + 1;
  int parts = 1;
  while (i < limit && parts < 4) {
    const std::string_view w = text.token(i);
    // An initial: "Robert J. Vitillo".
    if (w.size() == 1 && text.tokens()[i].capitalized && i + 2 < limit && text.token(i + 1) == "." && isNameWord(ctx, i + 2)) {
      i += 2;
      continue;
    }
    if (isParticle(w) && i + 1 < limit && isNameWord(ctx, i + 1)) {
      ++i;
      continue;
    }
    // Two particles: "Juan Pablo de la Cruz", "Hans van der Berg".
    if (isParticle(w) && i + 2 < limit && isParticle(text.token(i + 1)) && isNameWord(ctx, i + 2)) {
      i += 2;
      continue;
    }
    // "Elena BOTEZATU": a surname in capitals, as many pages write it, ends the name.
    if (!isNameWord(ctx, i)) {
      if (isCapitalsSurname(ctx, i)) ++parts, ++i;
      break;
    }
    ++parts;
    ++i;
  }
  if (parts < 2) return std::nullopt;
  return i;
}

std::uint32_t addPerson(DocumentContext& ctx, std::uint32_t first, std::uint32_t end) {
  const std::string name(ctx.text.span(first, end));
  const std::uint32_t node = ctx.graph.addNode(NodeKind::Person, "person/" + slug(name), name);
  ctx.add(Mention{NodeKind::Person, first, end, node});
  return node;
}

namespace {

// "..., said Maria Gonzalez", "Maria Gonzalez added", "according to Juan de la Cruz": a name
// a quote or a statement is attributed to is a person's.
bool isAttributed(const DocumentContext& ctx, std::uint32_t start, std::uint32_t end, const Sentence& s) {
  const Text& text = ctx.text;
  std::uint32_t k = start;
  while (k > s.firstToken && (text.token(k - 1) == "," || isCloseQuote(text.token(k - 1)))) --k;
  if (k > s.firstToken && text.lowerIs(k - 1, WordClass::SpeechVerb)) return true;
  if (k >= s.firstToken + 2 && text.lower(k - 1) == "to" && text.lower(k - 2) == "according") return true;
  return end < s.endToken && text.lowerIs(end, WordClass::SpeechVerb);
}

// "Dan Viederman (Humanity United)": a name with its organization in parentheses.
bool organizationInParentheses(const DocumentContext& ctx, std::uint32_t end, std::uint32_t sentenceEnd) {
  if (end + 2 >= sentenceEnd || ctx.text.token(end) != "(") return false;
  const Mention* m = ctx.at(end + 1);
  return m && m->first == end + 1 && (m->kind == NodeKind::Organization || m->kind == NodeKind::Office) &&
         m->end < sentenceEnd && ctx.text.token(m->end) == ")";
}

// "Archbishops Antonio Maria Veglio and Agostino Marchetto": a name joined by "and" to a
// person's name just before it is a person's too.
bool listedAfterPerson(const DocumentContext& ctx, std::uint32_t start, std::uint32_t sentenceFirst) {
  if (start < sentenceFirst + 2 || ctx.text.token(start - 1) != "and") return false;
  std::uint32_t k = start - 2;
  // "Dan Viederman (Humanity United) and Julia Battho": past the first one's organization.
  if (ctx.text.token(k) == ")")
    while (k > sentenceFirst && k + 8 > start && ctx.text.token(k) != "(") --k;
  if (ctx.text.token(k) == "(" && k > sentenceFirst) --k;
  const Mention* m = ctx.at(k);
  return m && m->kind == NodeKind::Person;
}

// A speakers' list: a line that is only a name, and under it a line that opens with a title
// ("Ramón Márquez" / "Director of “La 72” Migrant Shelter in Tenosique", "Javier Martínez" /
// "Legal Coordinator at ..."). Returns the title line's role, or none.
std::optional<RoleSpan> titleLineUnder(const DocumentContext& ctx, std::uint32_t si, std::uint32_t nameEnd) {
  const auto& sentences = ctx.text.sentences();
  const Sentence& s = sentences[si];
  if (nameEnd != s.endToken || si + 1 >= sentences.size() || (si > 0 && sentences[si - 1].paragraph == s.paragraph))
    return std::nullopt;
  const Sentence& next = sentences[si + 1];
  if (next.paragraph == s.paragraph) return std::nullopt;
  // The title within the line's first words: "Director of ...", "Legal Coordinator at ...".
  const std::uint32_t t = next.firstToken;
  bool titled = false;
  for (std::uint32_t k = t; k < next.endToken && k < t + 3 && ctx.text.tokens()[k].capitalized; ++k)
    titled = titled || ctx.text.is(k, WordClass::TitleNoun) || ctx.text.is(k, WordClass::RoleWord);
  if (!titled) return std::nullopt;
  std::uint32_t end = t;
  while (end < next.endToken && ctx.text.token(end) != "," && ctx.text.token(end) != ".") ++end;
  return RoleSpan{t, end};
}

}  // namespace

void PersonExtractor::run(DocumentContext& ctx) const {
  const Text& text = ctx.text;
  for (std::uint32_t si = 0; si < text.sentences().size(); ++si) {
    const Sentence& s = text.sentences()[si];
    for (std::uint32_t i = s.firstToken; i < s.endToken; ++i) {
      if (ctx.at(i)) continue;
      bool honorific = false;
      const std::uint32_t start = nameStartAfterHonorifics(text, i, s.endToken, honorific);
      const auto end = personNameEnd(ctx, start, s.endToken);
      if (!end) continue;
      RoleSpan role;
      bool accept = honorific;
      // A later rule's role replaces an earlier one's.
      auto take = [&](std::optional<RoleSpan> found) {
        if (!found) return;
        accept = true;
        role = *found;
      };
      take(roleAfterComma(ctx, *end, s.endToken));
      take(organizationAfterOf(ctx, *end, s.endToken));
      take(organizationAfterFrom(ctx, *end, s.endToken));
      if (!accept) take(roleOfPlaceBefore(ctx, start, s.firstToken));
      if (!accept) take(roleWordBefore(ctx, start, s.firstToken));
      take(roleBeforeComma(ctx, start, s.firstToken));
      if (!accept && start == s.firstToken) take(titleLineUnder(ctx, si, *end));
      accept = accept || isAttributed(ctx, start, *end, s) || organizationInParentheses(ctx, *end, s.endToken) ||
               listedAfterPerson(ctx, start, s.firstToken);
      // "Head of the Border Police Administration": a body's head word ends no person's name.
      const bool bodyWord = text.is(*end - 1, WordClass::TrailingHead) || text.is(*end - 1, WordClass::UnitHead) ||
                            text.is(*end - 1, WordClass::KindNoun);
      if (!accept || bodyWord) continue;
      const std::uint32_t person = addPerson(ctx, start, *end);
      setRole(ctx, person, role.first, role.end);
      i = *end - 1;
    }
  }
}

}  // namespace pressgraph
