// SPDX-License-Identifier: MIT
// Query answers as rows of named columns, printed as an aligned table (for people) or as JSON,
// CSV or TSV (for programs).
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pressgraph::cli {

/// One value: nothing (JSON null, empty elsewhere), text, a count, a measure, or a list of
/// texts (a JSON array; elsewhere joined with "; ").
using Cell = std::variant<std::monostate, std::string, std::size_t, double, std::vector<std::string>>;

/// Why a row is in the answer: an event, and the sentences of the press releases that say so.
struct Reason {
  std::string event;
  std::string iri;
  std::vector<std::string> sentences;
  /// The rules that read each sentence (parallel to `sentences`; empty lists without --explain).
  std::vector<std::vector<std::string>> rules;
};

struct ResultRow {
  std::vector<Cell> cells;  ///< one per column
  std::vector<Reason> why;  ///< shown when the table has withWhy (table and JSON only)
};

struct ResultTable {
  std::vector<std::string> columns;  ///< the header, and the JSON keys
  std::vector<ResultRow> rows;
  bool withWhy = false;
  std::string whenEmpty;  ///< the line the table format prints instead of no rows
};

enum class ResultFormat { Table, Json, Csv, Tsv };

/// The formats by their --format names: table, json, csv, tsv.
std::optional<ResultFormat> resultFormatByName(std::string_view name);
std::vector<std::string> resultFormatNames();

/// Table: a header and columns padded to line up (by code points, so accented names do not
/// shift them), reasons indented under their row, a sentence's line breaks as spaces. JSON: an array of objects keyed by column, with "why" when asked for. CSV:
/// RFC 4180 quoting. TSV: tabs and line breaks inside values become spaces.
void printResult(const ResultTable& table, ResultFormat format, std::ostream& out);

}  // namespace pressgraph::cli
