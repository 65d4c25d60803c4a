// SPDX-License-Identifier: MIT
// The cleaner on any text the loaders let through (valid UTF-8, LF line ends).
#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/Types.h"
#include "loaders/Cleaner.h"
#include "loaders/TextDecoding.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    pressgraph::checkText(bytes, "fuzz.txt");
  } catch (const pressgraph::InputError&) {
    return 0;  // the cleaner never sees what the loaders reject
  }
  const std::string cleaned = pressgraph::cleanText(bytes);
  const std::string repaired = pressgraph::repairCp1251Mojibake(bytes);
  const std::string decoded = pressgraph::decodeEntities(bytes);
  if (!pressgraph::isValidUtf8(cleaned) || !pressgraph::isValidUtf8(repaired) || !pressgraph::isValidUtf8(decoded))
    __builtin_trap();
  return 0;
}
