// SPDX-License-Identifier: MIT
// Arbitrary bytes through what `build` does per document: CorpusReader loads a file (the first
// byte picks .txt, .html, .json or .jsonl), the Extractor turns each document into a graph, and
// the graph is merged into a KnowledgeGraph.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/FuzzInput.h"
#include "graph/KnowledgeGraph.h"
#include "loaders/CorpusReader.h"
#include "loaders/extract/Extractor.h"
#include "loaders/extract/Gazetteer.h"

namespace {

const pressgraph::Gazetteer& gazetteer() {
  static const pressgraph::Gazetteer g = pressgraph::Gazetteer::load(pressgraph::Gazetteer::defaultDataDir());
  return g;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  gazetteer();  // loaded once, as build does, and not counted against the first input
  pressgraph::fuzz::inputDir();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const names[] = {"doc.txt", "doc.html", "doc.json", "doc.jsonl"};
  const std::string path = pressgraph::fuzz::writeInput(names[data[0] % 4], data + 1, size - 1);
  pressgraph::CorpusReader reader({path}, [](const pressgraph::InputError&) {});
  const pressgraph::Extractor extractor(gazetteer());
  pressgraph::KnowledgeGraph graph;
  while (auto doc = reader.next()) graph.merge(extractor.extract(*doc));
  return 0;
}
