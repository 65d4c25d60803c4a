// SPDX-License-Identifier: MIT
// libgvc: read the DOT, lay it out, render it to memory.
#include "writers/ImageWriter.h"

#include <graphviz/gvc.h>

#include <memory>

#include "graph/Types.h"

namespace pressgraph {
namespace {

// Graphviz reports through one process-wide callback; library code must not print, so
// messages are collected here while a render runs and become the exception's text.
std::string graphvizMessages;

int collectMessage(char* message) {
  graphvizMessages += message;
  return 0;
}

agusererrf startCollecting() {
  graphvizMessages.clear();
  return agseterrf(collectMessage);
}

// One Graphviz context for the whole process, never freed: the text layout plugin keeps a
// font cache across contexts, and a context made after gvFreeContext() reads freed memory
// (AddressSanitizer, Graphviz 2.42). It also loads the plugins only once.
GVC_t* graphvizContext() {
  static GVC_t* const context = gvContext();
  return context;
}

// Owns what Graphviz allocates for one picture, so that every path out of renderDot frees it.
struct GraphvizRun {
  agusererrf previousHandler = startCollecting();  // first: loading plugins may complain
  GVC_t* context = graphvizContext();
  Agraph_t* graph = nullptr;
  bool laidOut = false;

  GraphvizRun() = default;
  ~GraphvizRun() {
    if (laidOut) gvFreeLayout(context, graph);
    if (graph) agclose(graph);
    agseterrf(previousHandler);
  }
  GraphvizRun(const GraphvizRun&) = delete;
  GraphvizRun& operator=(const GraphvizRun&) = delete;

  [[noreturn]] void fail(const std::string& what) const {
    std::string message = what;
    std::string details = graphvizMessages;
    while (!details.empty() && (details.back() == '\n' || details.back() == ' ')) details.pop_back();
    if (!details.empty()) message += ": " + details;
    throw IoError("graphviz", message);
  }
};

}  // namespace

std::string renderDot(std::string_view dot, ImageFormat format) {
  GraphvizRun run;
  const std::string text(dot);  // agmemread wants a NUL-terminated string
  run.graph = agmemread(text.c_str());
  if (!run.graph) run.fail("cannot read the DOT");
  // The engine the graph's layout attribute names, as Graphviz's programs do; dot when none.
  const char* layout = agget(run.graph, const_cast<char*>("layout"));
  if (gvLayout(run.context, run.graph, layout && *layout ? layout : "dot") != 0) run.fail("cannot lay out the picture");
  run.laidOut = true;
  char* data = nullptr;
  unsigned int length = 0;
  const char* renderer = format == ImageFormat::Svg ? "svg" : "png";
  if (gvRenderData(run.context, run.graph, renderer, &data, &length) != 0 || !data)
    run.fail(std::string("cannot render ") + renderer + " (is Graphviz's plugin for it installed?)");
  const std::unique_ptr<char, void (*)(char*)> owned(data, gvFreeRenderData);
  return std::string(data, length);
}

void writeImage(const KnowledgeGraph& graph, ImageFormat format, FILE* out, const PictureOptions& options) {
  const std::string image = renderDot(dotText(graph, options), format);
  std::fwrite(image.data(), 1, image.size(), out);
}

}  // namespace pressgraph
