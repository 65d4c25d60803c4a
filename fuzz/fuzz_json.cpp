// SPDX-License-Identifier: MIT
// The JSON/JSONL loader on arbitrary bytes: one JSON file, and the same bytes as JSONL lines.
#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/Types.h"
#include "loaders/JsonLoader.h"
#include "loaders/TextDecoding.h"

namespace {

void load(std::string bytes, std::size_t line, pressgraph::Format format) {
  std::size_t badRecords = 0;
  try {
    pressgraph::checkText(bytes, "fuzz.json", line);
    const auto docs = pressgraph::jsonRecords(bytes, "fuzz.json", "fuzz", line, format,
                                              [&](const pressgraph::InputError&) { ++badRecords; });
    for (const auto& d : docs)
      if (!pressgraph::isValidUtf8(d.text) || !pressgraph::isValidUtf8(d.title) || !pressgraph::isValidUtf8(d.identifier))
        __builtin_trap();
  } catch (const pressgraph::InputError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  load(bytes, 1, pressgraph::Format::Json);
  std::size_t lineNumber = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t end = std::min(bytes.find('\n', pos), bytes.size());
    load(bytes.substr(pos, end - pos), ++lineNumber, pressgraph::Format::Jsonl);
    pos = end + 1;
  }
  return 0;
}
