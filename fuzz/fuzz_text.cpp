// SPDX-License-Identifier: MIT
// The text loader on arbitrary bytes: UTF-8 checks and line-ending normalisation.
#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/Types.h"
#include "loaders/TextDecoding.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    pressgraph::checkText(bytes, "fuzz.txt");
  } catch (const pressgraph::InputError&) {
    return 0;  // rejected with a message: what bad input should get
  }
  // What checkText lets through, every later stage takes as valid UTF-8 without a CR.
  if (!pressgraph::isValidUtf8(bytes) || bytes.find('\r') != std::string::npos || bytes.find('\0') != std::string::npos)
    __builtin_trap();
  return 0;
}
