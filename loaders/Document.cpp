// SPDX-License-Identifier: MIT
// A document's content hash, which `build --into` compares to spot a changed document.
#include "loaders/Document.h"

#include "graph/Names.h"

namespace pressgraph {

std::string contentHash(const Document& document) {
  std::uint64_t h = FNV1A64_BASIS;
  for (const std::string* field : {&document.url, &document.title, &document.date, &document.text}) {
    h = fnv1a64(std::to_string(field->size()) + ":", h);
    h = fnv1a64(*field, h);
  }
  return "fnv1a64:" + hex64(h);
}

}  // namespace pressgraph
