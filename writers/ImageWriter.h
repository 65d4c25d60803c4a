// SPDX-License-Identifier: MIT
// Pictures as SVG or PNG, drawn by Graphviz's library from the DOT the DotWriter makes.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "writers/DotWriter.h"

namespace pressgraph {

enum class ImageFormat { Svg, Png };

/// DOT text laid out with the engine its `layout` attribute names and rendered in memory by
/// libgvc, so no Graphviz program is needed and nothing is written if Graphviz fails. Throws
/// IoError (path "graphviz") with Graphviz's messages when it cannot read, lay out or render
/// (a renderer plugin missing). Graphviz is not thread-safe: one call at a time.
std::string renderDot(std::string_view dot, ImageFormat format);

/// The picture of `graph` (see dotText()) rendered and written to `out`; write errors show in
/// ferror(out).
void writeImage(const KnowledgeGraph& graph, ImageFormat format, FILE* out, const PictureOptions& options = {});

}  // namespace pressgraph
