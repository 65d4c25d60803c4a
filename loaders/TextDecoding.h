// SPDX-License-Identifier: MIT
// Checks that turn raw bytes into trustworthy UTF-8 text, shared by every loader.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pressgraph {

/// True if `s` is valid UTF-8; otherwise `badOffset` gets the offset of the first bad byte.
bool isValidUtf8(std::string_view s, std::size_t* badOffset = nullptr);

/// `s` with each byte that does not start a valid UTF-8 sequence replaced by U+FFFD, as a
/// browser shows it: for text a library decoded, where there is no file line to report.
std::string toValidUtf8(std::string_view s);

/// Validates raw file bytes as a text document and normalises them in place: a UTF-8 BOM is
/// dropped, CR LF and lone CR become LF. Throws InputError naming `path` and the line for
/// binary data (NUL bytes), invalid UTF-8, or a document with no text.
void checkText(std::string& bytes, const std::string& path, std::size_t firstLine = 1);

}  // namespace pressgraph
