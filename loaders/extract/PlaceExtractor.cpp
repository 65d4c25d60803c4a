// SPDX-License-Identifier: MIT
// Place rules: context for common-word names, disambiguation by the document's countries.
#include "loaders/extract/PlaceExtractor.h"
#include "loaders/extract/WordSet.h"

#include "loaders/extract/Dates.h"
#include "loaders/extract/Lexicon.h"

#include <algorithm>
#include <map>
#include <set>

#include "graph/Names.h"

namespace pressgraph {
namespace {

std::set<std::string> countriesNamed(const DocumentContext& ctx) {
  std::set<std::string> out;
  for (const auto& m : ctx.matches)
    for (const auto& r : m.entries)
      if (r.kind == EntryKind::Country) out.insert(ctx.gazetteer.country(r.index).alpha2);
  return out;
}

// One GeoNames entry for an ambiguous name: a city of a country the document names, else a
// capital, else the most populous.
const CityEntry* chooseCity(const DocumentContext& ctx, const GazetteerMatch& m, const std::set<std::string>& countries) {
  const CityEntry* best = nullptr;
  auto rank = [&](const CityEntry& c) {
    return std::tuple{c.countryCode == ctx.mainCountry, countries.contains(c.countryCode), c.capital, c.population};
  };
  for (const auto& r : m.entries) {
    if (r.kind != EntryKind::City) continue;
    const CityEntry& c = ctx.gazetteer.city(r.index);
    if (!best || rank(c) > rank(*best)) best = &c;
  }
  return best;
}

std::uint32_t countryNode(DocumentContext& ctx, const CountryEntry& c, std::string_view surface, bool mentioned) {
  const std::uint32_t node = ctx.graph.addNode(NodeKind::Country, "country/" + slug(c.name), c.name, mentioned);
  if (!surface.empty()) ctx.graph.addName(node, surface);
  return node;
}

std::uint32_t cityNode(DocumentContext& ctx, const CityEntry& c, std::string_view surface) {
  const std::uint32_t node = ctx.graph.addNode(NodeKind::City, "city/" + slug(c.name) + "-" + asciiLower(c.countryCode), c.name);
  ctx.graph.addName(node, surface);
  ctx.graph.addLiteral(node, Property::SameAs, "https://sws.geonames.org/" + std::to_string(c.geonameId) + "/");
  if (auto country = ctx.gazetteer.countryByCode(c.countryCode))
    ctx.graph.addEdge(node, Relation::ContainedInPlace, countryNode(ctx, ctx.gazetteer.country(*country), {}, false),
                      DocumentGraph::NO_SENTENCE, "place.city-in-country");
  return node;
}

bool isPreposition(std::string_view w) { return w == "in" || w == "at" || w == "from" || w == "near" || w == "to" || w == "In"; }

// Continents and regions: never cities, even where a town has the name (GUIDELINES).
bool isRegionWord(std::string_view w) { return lexicon::is(w, WordClass::Region); }

// Is this city match used as a place? Everyday words need a preposition before them; a name
// glued to other capitalized words ("Victoria Falls Hotel", "Mr Jackson") is something else.
bool cityInContext(const DocumentContext& ctx, const GazetteerMatch& m, const CityEntry& c) {
  const Text& text = ctx.text;
  const auto& tokens = text.tokens();
  const Sentence& s = text.sentences()[text.sentenceOf(m.first)];
  const bool prevPrep = m.first > s.firstToken && isPreposition(text.token(m.first - 1));
  if (c.commonWord && !prevPrep) return false;
  if (m.first > s.firstToken) {
    const Token& prev = tokens[m.first - 1];
    if (prev.word && prev.capitalized && !ctx.at(m.first - 1)) return false;
  }
  if (m.end < s.endToken) {
    const Token& next = tokens[m.end];
    // (A month is no part of a name: "held in Tunis June 15 to 18"; nor is "City" after a
    // city's name: "in Kumamoto City", "Cebu City"; nor a postcode: "London WC2B 6NB".)
    const std::string_view w = text.token(m.end);
    const bool postcode = std::any_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (next.word && next.capitalized && !ctx.at(m.end) && !monthNumber(w) && !text.is(m.end, WordClass::CitySuffix) && !postcode)
      return false;
  }
  // Towns named like continents and regions ("Asia" in the Philippines) mean the region (below).
  // Weekday abbreviations ("Mon, 19 April") are no towns either.
  // Months neither ("March" in England, "Nov" ...).
  static const WordSet NOT_TOWNS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  if (NOT_TOWNS.contains(text.span(m.first, m.end)) || (m.end == m.first + 1 && monthNumber(text.token(m.first))))
    return false;
  // An organization's acronym ("... Handicrafts (UTICA)") is no town of that name.
  if (m.end == m.first + 1 && tokens[m.first].allCaps) {
    if (m.first > 0 && m.end < tokens.size() && text.token(m.first - 1) == "(" && text.token(m.end) == ")") return false;
    const std::string_view word = text.token(m.first);
    for (const DocNode& n : ctx.graph.nodes())
      if (n.kind == NodeKind::Organization || n.kind == NodeKind::Office)
        for (const auto& alt : n.alternateNames)
          if (alt == word) return false;
  }
  return !isRegionWord(text.span(m.first, m.end));
}

// Is the city match `m` a dateline's, in sentence `s`? Returns whether the dateline carries a
// date (then the page's, not the event's), or nullopt when it is no dateline.
std::optional<bool> datelineAround(const DocumentContext& ctx, const Sentence& s, const GazetteerMatch& m) {
  const Text& text = ctx.text;
  const auto isDash = [&](std::uint32_t i) {
    const std::string_view t = text.token(i);
    return pressgraph::isDash(t) || t == ":";
  };
  bool dated = false;
  // Before the city: nothing, or a date and an opening parenthesis ("October 28, 2019 (ADDIS ABABA").
  if (m.first != s.firstToken) {
    const auto dates = findDates(text, s.firstToken, m.first);
    if (dates.empty() || dates.front().first != s.firstToken) return std::nullopt;
    std::uint32_t k = dates.front().end;
    while (k < m.first && (text.token(k) == "," || text.token(k) == "(")) ++k;
    if (k != m.first) return std::nullopt;
    dated = true;
  }
  std::uint32_t k = m.end;
  const auto skip = [&](std::string_view t) {
    if (k < s.endToken && text.token(k) == t) ++k;
  };
  // After it: its country, a date (words or numbers), a closing parenthesis, then the dash.
  if (k + 1 < s.endToken && text.token(k) == ",")
    if (const GazetteerMatch* c = ctx.matchAt(k + 1); c && c->first == k + 1 && hasEntry(*c, EntryKind::Country)) k = c->end;
  if (k + 1 < s.endToken && text.token(k) == ",") {
    const auto dates = findDates(text, k + 1, std::min(s.endToken, k + 7));
    if (!dates.empty() && dates.front().first == k + 1) {
      return true;  // "Astana, May 14, 2014 - ...", with or without the dash
    } else {
      // "15/02/11": the numbers up to the dash.
      std::uint32_t e = k + 1;
      while (e < s.endToken && e < k + 7 && !isDash(e)) ++e;
      if (e > k + 1 && e < s.endToken && numericDate(text.span(k + 1, e))) {
        k = e;
        dated = true;
      } else if (m.first == s.firstToken && !findDates(text, k, std::min(s.endToken, k + 6)).empty()) {
        return true;  // "Astana, on May 14, 2014 ..."
      }
    }
  }
  skip(")");
  // A news agency or the site's name: "SUVA, Fiji (ILO News) -".
  if (k < s.endToken && text.token(k) == "(") {
    std::uint32_t close = k + 1;
    while (close < s.endToken && close < k + 6 && text.token(close) != ")") ++close;
    if (close < s.endToken && text.token(close) == ")") k = close + 1;
  }
  if (k < s.endToken && isDash(k)) return dated;
  return std::nullopt;
}

}  // namespace

void PlaceExtractor::prepare(DocumentContext& ctx) const {
  std::map<std::string, int> counts;
  std::vector<std::string> order;
  for (const auto& m : ctx.matches) {
    // "the Embassy of Japan in Zambia" is about Zambia: a sending state does not count.
    if (m.first >= 2 && ctx.text.token(m.first - 1) == "of" && ctx.text.is(m.first - 2, WordClass::SendingStateHead)) continue;
    for (const auto& r : m.entries)
      if (r.kind == EntryKind::Country) {
        const std::string& code = ctx.gazetteer.country(r.index).alpha2;
        if (counts[code]++ == 0) order.push_back(code);
        break;
      }
  }
  int best = 0;
  for (const auto& code : order)
    if (counts[code] > best) best = counts[code], ctx.mainCountry = code;

  // A dateline: a paragraph among the first opens with a city, perhaps its country and a date,
  // then a dash or colon: "Minsk - On 19 July ...", "Astana, May 14, 2014 - ...",
  // "Strasbourg, 15/02/11 - ...", "Suva, Fiji - ...", "October 28, 2019 (ADDIS ABABA, Ethiopia): ...".
  const Text& text = ctx.text;
  const auto countries = countriesNamed(ctx);
  for (const auto& m : ctx.matches) {
    if (!hasEntry(m, EntryKind::City)) continue;
    const std::uint32_t si = text.sentenceOf(m.first);
    const Sentence& s = text.sentences()[si];
    if (s.paragraph > 40) break;  // site menus come first: dozens of one-line paragraphs
    if (m.end >= s.endToken) continue;
    if (si > 0 && text.sentences()[si - 1].paragraph == s.paragraph) continue;  // opens its paragraph
    const auto dateline = datelineAround(ctx, s, m);
    if (!dateline) continue;
    if (const CityEntry* c = chooseCity(ctx, m, countries)) {
      if (ctx.mainCountry.empty()) ctx.mainCountry = c->countryCode;
      ctx.datelineCity = cityNode(ctx, *c, text.span(m.first, m.end));
      ctx.datelineSentence = si;
      ctx.datelineDated = *dateline;
      ctx.add(Mention{NodeKind::City, m.first, m.end, *ctx.datelineCity});
    }
    break;
  }
}

void PlaceExtractor::run(DocumentContext& ctx) const {
  const Text& text = ctx.text;
  const auto countries = countriesNamed(ctx);
  for (const auto& m : ctx.matches) {
    const Mention* inside = ctx.at(m.first);
    const bool isCountry = hasEntry(m, EntryKind::Country);
    const bool isCity = hasEntry(m, EntryKind::City);
    if (!isCountry && !isCity) continue;
    if (inside) {
      if (inside->kind == NodeKind::City || inside->kind == NodeKind::Country || inside->kind == NodeKind::Person) continue;
      // Inside an office name ("IOM Minsk") a place counts; inside an organization's name
      // only a state named as such ("Government of Japan"), never a word of a known name.
      const bool ofBefore = m.first > inside->first && (text.token(m.first - 1) == "of" ||
                                                         (text.token(m.first - 1) == "the" && m.first - 1 > inside->first && text.token(m.first - 2) == "of"));
      // "the Trinidad and Tobago government": the state before the word.
      const bool governmentAfter = m.first == inside->first && m.end + 1 == inside->end && text.lower(m.end) == "government";
      const GazetteerMatch* whole = ctx.matchOver(inside->first, inside->end);
      const bool gazetteerName = whole && hasEntry(*whole, EntryKind::Organization);
      if (inside->kind == NodeKind::Organization && (!isCountry || !(ofBefore || governmentAfter) || gazetteerName)) continue;
      // An office is named by its place last ("IOM Minsk"); "IOM Central Asia Coordination
      // Office" names no city.
      if (inside->kind == NodeKind::Office && (m.end != inside->end || isRegionWord(text.span(m.first, m.end)))) continue;
    }
    const std::string_view surface = text.span(m.first, m.end);
    if (isCountry) {
      for (const auto& r : m.entries)
        if (r.kind == EntryKind::Country) {
          const CountryEntry& country = ctx.gazetteer.country(r.index);
          const std::uint32_t node = countryNode(ctx, country, surface, true);
          if (inside) break;
          // "took place ... in Singapore": a city-state's capital bears its name and covers it, and
          // "in" places something there: in the city (the state is named all the same).
          const CityEntry* capital = nullptr;
          for (const auto& c : m.entries)
            if (c.kind == EntryKind::City && ctx.gazetteer.city(c.index).capital && ctx.gazetteer.city(c.index).countryCode == country.alpha2)
              capital = &ctx.gazetteer.city(c.index);
          if (capital && m.first > 0 && text.lower(m.first - 1) == "in" && m.end == m.first + 1 && text.is(m.first, WordClass::CityState))
            ctx.add(Mention{NodeKind::City, m.first, m.end, cityNode(ctx, *capital, surface)});
          else
            ctx.add(Mention{NodeKind::Country, m.first, m.end, node});
          break;
        }
      continue;
    }
    const CityEntry* c = chooseCity(ctx, m, countries);
    if (!c || (!inside && !cityInContext(ctx, m, *c))) continue;
    const std::uint32_t node = cityNode(ctx, *c, surface);
    if (!inside) ctx.add(Mention{NodeKind::City, m.first, m.end, node});
    if (inside && inside->kind == NodeKind::Office)
      ctx.graph.addEdge(inside->node, Relation::Location, node, DocumentGraph::NO_SENTENCE, "office.city-in-name");
  }
}

}  // namespace pressgraph
