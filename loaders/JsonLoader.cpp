// SPDX-License-Identifier: MIT
// RapidJSON DOM parsing of scraper records.
#include "loaders/JsonLoader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "graph/Types.h"
#include "loaders/HtmlLoader.h"
#include "loaders/TextDecoding.h"

namespace pressgraph {
namespace {

std::string field(const rapidjson::Value& record, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = record.FindMember(name);
    if (it == record.MemberEnd()) continue;
    if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
    if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  }
  return {};
}

bool looksLikeHtml(std::string_view text) {
  for (const char* tag : {"</p>", "<br", "</div>", "<p>", "</a>", "</li>"})
    if (text.find(tag) != std::string_view::npos) return true;
  return false;
}

Document toDocument(const rapidjson::Value& record, const std::string& path, const std::string& fallbackId,
                    std::size_t line, Format format) {
  if (!record.IsObject()) throw InputError(path, line, "JSON record is not an object");
  Document doc;
  doc.path = path;
  doc.line = line;
  doc.format = format;
  doc.text = field(record, {"text", "body", "content"});
  if (doc.text.empty()) throw InputError(path, line, "JSON record has no text (expected a \"text\", \"body\" or \"content\" string)");
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) throw InputError(path, line, "JSON record has empty text");
  checkText(doc.text, path, line);
  if (looksLikeHtml(doc.text)) doc.text = htmlToText(doc.text).text;
  doc.url = field(record, {"url", "link"});
  doc.title = field(record, {"title", "headline"});
  doc.date = field(record, {"date", "datePublished", "published"});
  doc.identifier = doc.url;
  if (doc.identifier.empty()) doc.identifier = field(record, {"id"});
  if (doc.identifier.empty()) doc.identifier = fallbackId;
  return doc;
}

}  // namespace

std::vector<Document> jsonRecords(std::string_view json, const std::string& path, const std::string& fallbackId,
                                  std::size_t line, Format format,
                                  const std::function<void(const InputError&)>& onBadRecord) {
  rapidjson::Document dom;
  dom.Parse(json.data(), json.size());
  if (dom.HasParseError()) {
    // A parse error's offset gives the line within this value.
    const std::size_t offset = dom.GetErrorOffset();
    std::size_t at = line;
    for (std::size_t i = 0; i < offset && i < json.size(); ++i) at += json[i] == '\n';
    throw InputError(path, at, std::string("invalid JSON: ") + rapidjson::GetParseError_En(dom.GetParseError()));
  }
  std::vector<Document> docs;
  if (dom.IsArray()) {
    std::size_t index = 0;
    for (const auto& record : dom.GetArray()) {
      try {
        docs.push_back(toDocument(record, path, fallbackId + "#" + std::to_string(index), line, format));
      } catch (const InputError& e) {
        if (!onBadRecord) throw;
        onBadRecord(InputError(e.path(), e.line(), std::string(e.what()) + " (record " + std::to_string(index) + ")"));
      }
      ++index;
    }
  } else {
    docs.push_back(toDocument(dom, path, fallbackId, line, format));
    // A .json file that is one release is named like any other file (the RDF contract's
    // identifier); records of arrays and JSONL lines have no file of their own.
    if (format == Format::Json) docs.back().identifier = fallbackId;
  }
  return docs;
}

}  // namespace pressgraph
