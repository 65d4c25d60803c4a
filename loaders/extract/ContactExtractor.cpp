// SPDX-License-Identifier: MIT
// Contact rules over the text after a contact trigger.
#include "loaders/extract/ContactExtractor.h"

#include <algorithm>
#include <cctype>

#include "graph/Names.h"
#include "loaders/extract/PersonExtractor.h"

namespace pressgraph {
namespace {

// A line that opens a contact block: "For further information please contact:", "Media
// contacts:", "Contact person: ...", "Contact" alone.
bool isTriggerLine(std::string_view line) {
  const std::string lower = asciiLower(line.substr(0, 60));
  for (std::string_view opener : {"contact", "media contact", "press contact", "for further information", "for more information",
                                  "for information", "for media", "media enquiries", "press enquiries"})
    if (lower.starts_with(opener)) return lower.find(" | ") == std::string::npos || lower.find('@') != std::string::npos ||
                                          line.find_first_of("0123456789") != std::string_view::npos;
  return lower.find("please contact") != std::string::npos;
}

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
      if (i > 0 && s[i - 1] == '(') --i;  // "(+221) 33 859 96 96"
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

namespace {

struct Contact {
  std::uint32_t token;
  std::uint32_t node;
  std::uint32_t paragraph;
};

// One block: its persons; each e-mail, phone and office goes to the person on its own line
// (the nearest one), else to the nearest person before it, else to the first.
void readBlock(DocumentContext& ctx, std::size_t start, std::size_t end) {
  const Text& text = ctx.text;
  const std::string_view block = std::string_view(text.str()).substr(start, end - start);
  const auto blockStart = static_cast<std::uint32_t>(start);
  const std::uint32_t firstToken = tokenAt(text, blockStart), endToken = tokenAt(text, static_cast<std::uint32_t>(end));
  std::vector<Contact> people;
  for (std::uint32_t i = firstToken; i < endToken; ++i) {
    const std::uint32_t paragraph = text.sentences()[text.sentenceOf(i)].paragraph;
    if (const Mention* m = ctx.at(i)) {
      if (m->kind == NodeKind::Person && (people.empty() || people.back().node != m->node))
        people.push_back({m->first, m->node, paragraph});
      i = m->end - 1;
      continue;
    }
    const auto nameEnd = personNameEnd(ctx, i, endToken);
    if (!nameEnd) continue;
    people.push_back({i, addPerson(ctx, i, *nameEnd), paragraph});
    i = *nameEnd - 1;
  }
  if (people.empty()) return;
  auto owner = [&](std::uint32_t token) {
    const std::uint32_t paragraph = text.sentences()[text.sentenceOf(std::min(token, endToken - 1))].paragraph;
    const Contact* sameLine = nullptr;
    const Contact* before = &people.front();
    for (const auto& p : people) {
      if (p.paragraph == paragraph && (!sameLine || (p.token <= token && sameLine->token < p.token))) sameLine = &p;
      if (p.token <= token) before = &p;
    }
    return (sameLine ? sameLine : before)->node;
  };
  for (const auto& e : emails(block, blockStart)) ctx.graph.addLiteral(owner(tokenAt(text, e.begin)), Property::Email, e.value);
  for (const auto& p : phones(block, blockStart)) ctx.graph.addLiteral(owner(tokenAt(text, p.begin)), Property::Telephone, p.value);
  std::vector<std::uint32_t> withOffice;
  for (const Mention* m : ctx.organizationsIn(firstToken, endToken)) {
    const std::uint32_t person = owner(m->first);
    if (std::find(withOffice.begin(), withOffice.end(), person) != withOffice.end()) continue;
    withOffice.push_back(person);
    ctx.graph.addEdge(person, Relation::ContactFor, m->node, DocumentGraph::NO_SENTENCE, "contact.block-office");
    ctx.graph.addEdge(person, Relation::WorksFor, m->node, DocumentGraph::NO_SENTENCE, "contact.block-office");
  }
}

}  // namespace

void ContactExtractor::run(DocumentContext& ctx) const {
  const std::string_view all = ctx.text.str();
  std::size_t pos = 0;
  while (pos < all.size()) {
    const std::size_t nl = all.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? all.size() : nl + 1;
    if (!isTriggerLine(all.substr(pos, end - pos))) {
      pos = end;
      continue;
    }
    // The block: the trigger's line and the short lines after it (names, offices, numbers); a
    // line of prose ends it.
    for (int lines = 0; lines < 12 && end < all.size(); ++lines) {
      const std::size_t lineEnd = all.find('\n', end);
      const std::size_t next = lineEnd == std::string_view::npos ? all.size() : lineEnd + 1;
      if (next - end > 150 || isTriggerLine(all.substr(end, next - end))) break;
      end = next;
    }
    readBlock(ctx, pos, end);
    pos = end;
  }
}

}  // namespace pressgraph
