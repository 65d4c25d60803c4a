// SPDX-License-Identifier: MIT
// Format table and dispatch to the writers.
#include "writers/Formats.h"

#include "graph/Names.h"

#include <array>
#include <string>

#include "writers/DotWriter.h"
#include "writers/GraphmlWriter.h"
#include "writers/ImageWriter.h"
#include "writers/JsonLdWriter.h"
#include "writers/JsonWriter.h"
#include "writers/RdfWriter.h"

namespace pressgraph {
namespace {

constexpr std::array FORMATS = {
    OutputFormatInfo{OutputFormat::Turtle, "turtle", ".ttl", "RDF Turtle (Serd)"},
    OutputFormatInfo{OutputFormat::NTriples, "ntriples", ".nt", "RDF N-Triples (Serd)"},
    OutputFormatInfo{OutputFormat::TriG, "trig", ".trig", "RDF TriG (Serd)"},
    OutputFormatInfo{OutputFormat::NQuads, "nquads", ".nq", "RDF N-Quads (Serd)"},
    OutputFormatInfo{OutputFormat::JsonLd, "jsonld", ".jsonld", "JSON-LD with an inline @context"},
    OutputFormatInfo{OutputFormat::Json, "json", ".json", "plain nodes-and-edges JSON"},
    OutputFormatInfo{OutputFormat::GraphMl, "graphml", ".graphml", "GraphML (Boost.Graph)"},
    OutputFormatInfo{OutputFormat::Dot, "dot", ".dot", "Graphviz DOT"},
    OutputFormatInfo{OutputFormat::Svg, "svg", ".svg", "SVG picture (Graphviz)"},
    OutputFormatInfo{OutputFormat::Png, "png", ".png", "PNG picture (Graphviz)"},
};

}  // namespace

std::span<const OutputFormatInfo> outputFormats() { return FORMATS; }

std::optional<OutputFormat> outputFormatByName(std::string_view name) {
  for (const auto& f : FORMATS)
    if (f.name == name || f.extension.substr(1) == name) return f.format;
  return std::nullopt;
}

std::optional<OutputFormat> outputFormatForPath(std::string_view path) {
  const auto dot = path.rfind('.');
  const auto slash = path.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
  const std::string ext = asciiLower(path.substr(dot));
  for (const auto& f : FORMATS)
    if (f.extension == ext) return f.format;
  return std::nullopt;
}

bool isPicture(OutputFormat format) {
  return format == OutputFormat::Dot || format == OutputFormat::Svg || format == OutputFormat::Png;
}

std::size_t writeGraph(const KnowledgeGraph& graph, OutputFormat format, FILE* out, const PictureOptions& picture,
                       unsigned threads) {
  switch (format) {
    case OutputFormat::Turtle: return writeRdf(graph, RdfSyntax::Turtle, out, threads);
    case OutputFormat::NTriples: return writeRdf(graph, RdfSyntax::NTriples, out, threads);
    case OutputFormat::TriG: return writeRdf(graph, RdfSyntax::TriG, out);
    case OutputFormat::NQuads: return writeRdf(graph, RdfSyntax::NQuads, out);
    case OutputFormat::JsonLd: return writeJsonLd(graph, out);
    case OutputFormat::Json: writeJson(graph, out); return 0;
    case OutputFormat::GraphMl: writeGraphml(graph, out); return 0;
    case OutputFormat::Dot: writeDot(graph, out, picture); return 0;
    case OutputFormat::Svg: writeImage(graph, ImageFormat::Svg, out, picture); return 0;
    case OutputFormat::Png: writeImage(graph, ImageFormat::Png, out, picture); return 0;
  }
  return 0;
}

}  // namespace pressgraph
