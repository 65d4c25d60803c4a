// SPDX-License-Identifier: MIT
// The one table of output formats: name, file extension, writer (like serdi's syntaxes[]).
#pragma once

#include <cstdio>
#include <optional>
#include <span>
#include <string_view>

#include "graph/KnowledgeGraph.h"
#include "writers/DotWriter.h"

namespace pressgraph {

enum class OutputFormat { Turtle, NTriples, TriG, NQuads, JsonLd, Json, GraphMl, Dot, Svg, Png };

struct OutputFormatInfo {
  OutputFormat format;
  std::string_view name;       ///< for --format: "turtle"
  std::string_view extension;  ///< ".ttl"
  std::string_view description;
};

std::span<const OutputFormatInfo> outputFormats();
std::optional<OutputFormat> outputFormatByName(std::string_view name);
/// The format a file name's extension means; nullopt for an unknown extension.
std::optional<OutputFormat> outputFormatForPath(std::string_view path);

/// Whether the format is a picture (DOT, SVG, PNG), the formats PictureOptions apply to.
bool isPicture(OutputFormat format);

/// Writes the graph in `format`; returns the number of RDF triples written (0 for formats
/// that are not RDF). `picture` chooses what a picture shows; other formats ignore it.
/// Write errors show in ferror(out). Turtle and N-Triples are written on `threads` threads, with
/// the same bytes whatever their number.
std::size_t writeGraph(const KnowledgeGraph& graph, OutputFormat format, FILE* out, const PictureOptions& picture = {},
                       unsigned threads = 1);

}  // namespace pressgraph
