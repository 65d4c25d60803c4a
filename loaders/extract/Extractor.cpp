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

// The date the page was written: its metadata, else the first full date of its opening lines.
Date documentDate(const Document& doc, const Text& text) {
  if (auto d = parseDate(doc.date); d && d->year) return *d;
  std::uint32_t end = 0;
  for (const Sentence& s : text.sentences()) {
    if (s.paragraph > 40) break;  // past a site menu's dozens of one-line paragraphs
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
