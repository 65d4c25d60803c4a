// SPDX-License-Identifier: MIT
// The order of the extractors: places first (they give context), then organizations,
// persons, the places themselves, contacts and events.
#include "loaders/extract/Extractor.h"

#include "loaders/Cleaner.h"
#include "loaders/extract/ContactExtractor.h"
#include "loaders/extract/DocumentContext.h"
#include "loaders/extract/EventExtractor.h"
#include "loaders/extract/OrganizationExtractor.h"
#include "loaders/extract/PersonExtractor.h"
#include "loaders/extract/PlaceExtractor.h"

#include <cctype>
#include <optional>

namespace pressgraph {
namespace {

// A page's stamp in numbers: "4/23/2004 12:57:00 PM", "23.04.2004". Which number is the
// month is known only when the other one is above 12; else only the year is kept.
std::optional<Date> numericDate(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i])) || (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1]))))
      continue;
    int parts[3] = {0, 0, 0};
    std::size_t j = i, digits = 0;
    int k = 0;
    char separator = 0;
    for (; j < s.size() && k < 3; ++j) {
      const char c = s[j];
      if (std::isdigit(static_cast<unsigned char>(c)) && digits < 4) {
        parts[k] = parts[k] * 10 + (c - '0');
        ++digits;
      } else if ((c == '/' || c == '.') && digits > 0 && digits <= 2 && k < 2 && (!separator || c == separator)) {
        separator = c;
        ++k;
        digits = 0;
      } else {
        break;
      }
    }
    if (k != 2 || digits != 4 || parts[2] < 1900 || parts[2] > 2100) continue;
    if (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) continue;
    const int a = parts[0], b = parts[1];
    if (a < 1 || b < 1 || a > 31 || b > 31) continue;
    if (a > 12 && b <= 12) return Date{parts[2], b, a};
    if (b > 12 && a <= 12) return Date{parts[2], a, b};
    return Date{parts[2], 0, 0};
  }
  return std::nullopt;
}

// The date the page was written: its metadata, else the first full date of its opening lines.
Date documentDate(const Document& doc, const Text& text) {
  if (auto d = parseDate(doc.date); d && d->year) return *d;
  std::uint32_t end = 0;
  for (const Sentence& s : text.sentences()) {
    if (s.paragraph > 4) break;
    end = s.endToken;
  }
  for (const auto& m : findDates(text, 0, end))
    if (m.start.year) return m.start;
  if (end > 0) {
    const std::string_view opening = std::string_view(text.str()).substr(0, text.tokens()[end - 1].end);
    if (const auto d = numericDate(opening)) return *d;
  }
  for (const auto& m : findDates(text, 0, static_cast<std::uint32_t>(text.tokens().size())))
    if (m.start.year) return Date{m.start.year, 0, 0};
  return {};
}

}  // namespace

DocumentGraph Extractor::extract(const Document& document) const {
  // A record with a url is that url wherever it was read; a file is its path as given.
  const std::string source = !document.url.empty() && document.url == document.identifier
                                 ? std::string()
                                 : document.path + "#" + std::to_string(document.line);
  DocumentGraph graph(document.identifier, source);
  const std::uint32_t doc = graph.documentNode();
  if (!document.url.empty()) graph.addLiteral(doc, Property::Url, document.url);
  if (!document.title.empty()) graph.addLiteral(doc, Property::Headline, document.title);
  if (auto d = parseDate(document.date); d && !d->empty()) graph.addLiteral(doc, Property::DatePublished, d->iso());

  std::string cleaned = cleanText(document.text);
  // A title kept apart by the page (HTML <title>, a JSON field) is read as the first line.
  if (!document.title.empty() && cleaned.find(document.title) == std::string::npos) cleaned = document.title + "\n" + cleaned;
  const Text text(std::move(cleaned));

  DocumentContext ctx(text, gazetteer_, graph);
  ctx.matches = gazetteer_.match(text);
  ctx.documentDate = documentDate(document, text);
  PlaceExtractor places;
  places.prepare(ctx);
  OrganizationExtractor{}.run(ctx);
  PersonExtractor{}.run(ctx);
  places.run(ctx);
  ContactExtractor{}.run(ctx);
  EventExtractor{}.run(ctx);
  return graph;
}

}  // namespace pressgraph
