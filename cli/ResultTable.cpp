// SPDX-License-Identifier: MIT
// Printing query answers: aligned columns, JSON through RapidJSON's writer, CSV and TSV.
#include "cli/ResultTable.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace pressgraph::cli {
namespace {

struct FormatName {
  ResultFormat format;
  std::string_view name;
};
constexpr FormatName FORMATS[] = {
    {ResultFormat::Table, "table"}, {ResultFormat::Json, "json"}, {ResultFormat::Csv, "csv"}, {ResultFormat::Tsv, "tsv"}};

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}

// A cell as text: measures with two decimals for people, in full for programs.
std::string text(const Cell& cell, ResultFormat format) {
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  if (const auto* n = std::get_if<std::size_t>(&cell)) return std::to_string(*n);
  if (const auto* list = std::get_if<std::vector<std::string>>(&cell)) return join(*list);
  if (const auto* d = std::get_if<double>(&cell)) {
    char buffer[64];
    if (format == ResultFormat::Table) {
      std::snprintf(buffer, sizeof buffer, "%.2f", *d);
      return buffer;
    }
    return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, *d).ptr);
  }
  return {};
}

// Columns line up in a terminal by characters, not bytes: count UTF-8 lead bytes.
std::size_t displayWidth(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A sentence as the release wrapped it, on one line: every run of white space one space.
std::string oneLine(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

void printTable(const ResultTable& table, std::ostream& out) {
  if (table.rows.empty()) {
    out << '(' << table.whenEmpty << ")\n";
    return;
  }
  std::vector<std::vector<std::string>> lines{table.columns};
  for (const auto& row : table.rows) {
    lines.emplace_back();
    for (const auto& cell : row.cells) lines.back().push_back(text(cell, ResultFormat::Table));
  }
  std::vector<std::size_t> widths(table.columns.size(), 0);
  for (const auto& line : lines)
    for (std::size_t c = 0; c < line.size(); ++c) widths[c] = std::max(widths[c], displayWidth(line[c]));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string line;
    for (std::size_t c = 0; c < lines[i].size(); ++c) {
      line += lines[i][c];
      if (c + 1 < lines[i].size()) line += std::string(widths[c] - displayWidth(lines[i][c]) + 2, ' ');
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
    if (i == 0 || !table.withWhy) continue;
    for (const Reason& reason : table.rows[i - 1].why) {
      out << "    - " << reason.event << '\n';
      for (std::size_t k = 0; k < reason.sentences.size(); ++k) {
        out << "        ";
        // The rules that read the sentence, as build --explain recorded them: "[role.passive-by-agent]".
        if (k < reason.rules.size() && !reason.rules[k].empty()) {
          out << '[';
          for (std::size_t r = 0; r < reason.rules[k].size(); ++r) out << (r ? ", " : "") << reason.rules[k][r];
          out << "] ";
        }
        out << oneLine(reason.sentences[k]) << '\n';
      }
    }
  }
}

void printJson(const ResultTable& table, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> json(buffer);
  json.SetIndent(' ', 2);
  const auto string = [&](std::string_view s) { json.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  json.StartArray();
  for (const auto& row : table.rows) {
    json.StartObject();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      string(table.columns[c]);
      const Cell& cell = row.cells[c];
      if (const auto* s = std::get_if<std::string>(&cell)) string(*s);
      else if (const auto* n = std::get_if<std::size_t>(&cell)) json.Uint64(*n);
      else if (const auto* d = std::get_if<double>(&cell)) json.Double(*d);
      else if (const auto* list = std::get_if<std::vector<std::string>>(&cell)) {
        json.StartArray();
        for (const auto& item : *list) string(item);
        json.EndArray();
      } else json.Null();
    }
    if (table.withWhy) {
      string("why");
      json.StartArray();
      for (const Reason& reason : row.why) {
        json.StartObject();
        string("event");
        string(reason.event);
        string("iri");
        string(reason.iri);
        string("sentences");
        json.StartArray();
        for (const auto& sentence : reason.sentences) string(sentence);
        json.EndArray();
        string("rules");
        json.StartArray();
        for (std::size_t k = 0; k < reason.sentences.size(); ++k) {
          json.StartArray();
          if (k < reason.rules.size())
            for (const auto& rule : reason.rules[k]) string(rule);
          json.EndArray();
        }
        json.EndArray();
        json.EndObject();
      }
      json.EndArray();
    }
    json.EndObject();
  }
  json.EndArray();
  out << buffer.GetString() << '\n';
}

std::string csvField(const std::string& s) {
  if (s.find_first_of("\",\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

std::string tsvField(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return s;
}

void printDelimited(const ResultTable& table, ResultFormat format, std::ostream& out) {
  const char separator = format == ResultFormat::Csv ? ',' : '\t';
  const auto field = [&](const std::string& s) { return format == ResultFormat::Csv ? csvField(s) : tsvField(s); };
  for (std::size_t c = 0; c < table.columns.size(); ++c) out << (c ? std::string(1, separator) : "") << field(table.columns[c]);
  out << '\n';
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      out << (c ? std::string(1, separator) : "") << field(text(row.cells[c], format));
    out << '\n';
  }
}

}  // namespace

std::optional<ResultFormat> resultFormatByName(std::string_view name) {
  for (const auto& f : FORMATS)
    if (f.name == name) return f.format;
  return std::nullopt;
}

std::vector<std::string> resultFormatNames() {
  std::vector<std::string> names;
  for (const auto& f : FORMATS) names.emplace_back(f.name);
  return names;
}

void printResult(const ResultTable& table, ResultFormat format, std::ostream& out) {
  switch (format) {
    case ResultFormat::Table: printTable(table, out); break;
    case ResultFormat::Json: printJson(table, out); break;
    case ResultFormat::Csv:
    case ResultFormat::Tsv: printDelimited(table, format, out); break;
  }
}

}  // namespace pressgraph::cli
