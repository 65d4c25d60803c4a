// SPDX-License-Identifier: MIT
// Contact rules over the text after a contact trigger.
#include "loaders/extract/ContactExtractor.h"

#include <algorithm>
#include <cctype>

#include "loaders/extract/PersonExtractor.h"

namespace pressgraph {
namespace {

constexpr std::string_view TRIGGERS[] = {"further information", "more information", "please contact", "Contact:",
                                         "Contacts:", "CONTACT:", "Media contact", "Press contact", "media enquiries",
                                         "For information", "contact:"};

bool isEmailChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '+';
}

struct Found {
  std::uint32_t begin;  // byte offset in the text
  std::uint32_t end;
  std::string value;
};

std::vector<Found> emails(std::string_view s, std::uint32_t offset) {
  std::vector<Found> out;
  for (std::size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
    std::size_t a = at, b = at + 1;
    while (a > 0 && isEmailChar(s[a - 1])) --a;
    while (b < s.size() && isEmailChar(s[b])) ++b;
    while (b > at + 1 && s[b - 1] == '.') --b;
    const std::string_view local = s.substr(a, at - a), domain = s.substr(at + 1, b - at - 1);
    if (local.empty() || domain.find('.') == std::string_view::npos) continue;
    out.push_back(Found{static_cast<std::uint32_t>(offset + a), static_cast<std::uint32_t>(offset + b), std::string(s.substr(a, b - a))});
  }
  return out;
}

// Telephone numbers: a run of digits, spaces, dots, dashes, slashes and parentheses, with an
// optional leading '+', holding at least seven digits ("+375 17 288 27 42", "202-266-1910").
std::vector<Found> phones(std::string_view s, std::uint32_t offset) {
  std::vector<Found> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!(std::isdigit(static_cast<unsigned char>(s[i])) || (s[i] == '+' && i + 1 < s.size()))) {
      ++i;
      continue;
    }
    // Not inside a word or an e-mail address.
    if (i > 0 && (std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '@' || s[i - 1] == '.')) {
      ++i;
      continue;
    }
    std::size_t j = i + 1, digits = std::isdigit(static_cast<unsigned char>(s[i])) ? 1 : 0, lastDigit = i;
    while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == ' ' || s[j] == '-' || s[j] == '.' ||
                            s[j] == '(' || s[j] == ')' || s[j] == '/')) {
      if (std::isdigit(static_cast<unsigned char>(s[j]))) ++digits, lastDigit = j;
      ++j;
    }
    if (digits >= 7 && digits <= 16 && !(j < s.size() && s[j] == '@')) {
      std::size_t e = lastDigit + 1;
      // A closing parenthesis of an extension or area code belongs to the number.
      if (e < s.size() && s[e] == ')' && std::count(s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(e), '(') > 0) ++e;
      out.push_back(Found{static_cast<std::uint32_t>(offset + i), static_cast<std::uint32_t>(offset + e), std::string(s.substr(i, e - i))});
    }
    i = j;
  }
  return out;
}

std::uint32_t tokenAt(const Text& text, std::uint32_t byte) {
  const auto& tokens = text.tokens();
  auto it = std::lower_bound(tokens.begin(), tokens.end(), byte, [](const Token& t, std::uint32_t b) { return t.end <= b; });
  return static_cast<std::uint32_t>(it - tokens.begin());
}

}  // namespace

void ContactExtractor::run(DocumentContext& ctx) const {
  const Text& text = ctx.text;
  const std::string_view all = text.str();
  std::size_t start = std::string_view::npos;
  for (auto trigger : TRIGGERS) start = std::min(start, all.find(trigger));
  if (start == std::string_view::npos) return;
  // The block: the trigger's line and the short lines after it (names, offices, numbers); a
  // line of prose ends it.
  std::size_t end = all.find('\n', start);
  end = end == std::string_view::npos ? all.size() : end + 1;
  for (int lines = 0; lines < 12 && end < all.size(); ++lines) {
    const std::size_t nl = all.find('\n', end);
    const std::size_t next = nl == std::string_view::npos ? all.size() : nl + 1;
    if (next - end > 150) break;
    end = next;
  }
  const std::string_view block = all.substr(start, end - start);
  const auto blockStart = static_cast<std::uint32_t>(start);
  const std::uint32_t firstToken = tokenAt(text, blockStart), endToken = tokenAt(text, static_cast<std::uint32_t>(end));

  // Persons in the block: already found ones, and name-shaped words on their own or before
  // "at", ",", "of", an e-mail or a phone.
  struct Contact {
    std::uint32_t token;
    std::uint32_t node;
  };
  std::vector<Contact> people;
  for (std::uint32_t i = firstToken; i < endToken; ++i) {
    if (const Mention* m = ctx.at(i)) {
      if (m->kind == NodeKind::Person && (people.empty() || people.back().node != m->node)) people.push_back({m->first, m->node});
      i = m->end - 1;
      continue;
    }
    const auto nameEnd = personNameEnd(ctx, i, endToken);
    if (!nameEnd) continue;
    people.push_back({i, addPerson(ctx, i, *nameEnd)});
    i = *nameEnd - 1;
  }
  if (people.empty()) return;

  // Each e-mail, phone and office goes to the nearest person before it (or the first person).
  auto owner = [&](std::uint32_t token) {
    const Contact* best = &people.front();
    for (const auto& p : people)
      if (p.token <= token) best = &p;
    return best->node;
  };
  for (const auto& e : emails(block, blockStart)) ctx.graph.addLiteral(owner(tokenAt(text, e.begin)), Property::Email, e.value);
  for (const auto& p : phones(block, blockStart)) ctx.graph.addLiteral(owner(tokenAt(text, p.begin)), Property::Telephone, p.value);
  std::vector<std::uint32_t> withOffice;
  for (const Mention* m : ctx.organizationsIn(firstToken, endToken)) {
    const std::uint32_t person = owner(m->first);
    if (std::find(withOffice.begin(), withOffice.end(), person) != withOffice.end()) continue;
    withOffice.push_back(person);
    ctx.graph.addEdge(person, Relation::ContactFor, m->node);
    ctx.graph.addEdge(person, Relation::WorksFor, m->node);
  }
}

}  // namespace pressgraph
