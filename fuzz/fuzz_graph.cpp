// SPDX-License-Identifier: MIT
// The graph reader on arbitrary bytes, read as Turtle and as N-Triples (what `build g.ttl`,
// `stats`, `query` and `export` start with).
#include <cstddef>
#include <cstdint>

#include "fuzz/FuzzInput.h"
#include "graph/KnowledgeGraph.h"
#include "loaders/GraphLoader.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pressgraph::fuzz::inputDir();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  for (const char* name : {"graph.ttl", "graph.nt"}) {
    const std::string path = pressgraph::fuzz::writeInput(name, data, size);
    pressgraph::KnowledgeGraph graph;
    try {
      pressgraph::readGraph(path, graph);
    } catch (const pressgraph::InputError&) {
    }
  }
  return 0;
}
