// SPDX-License-Identifier: MIT
// loaders/TextDecoding.cpp: UTF-8 validation, and checkText's normalising and rejecting of raw bytes.
#include "loaders/TextDecoding.h"

#include <catch2/catch.hpp>

#include <string>

#include "graph/Types.h"

namespace pressgraph {
namespace {

// The InputError checkText raises for `bytes`, or a failed test if it raises none.
InputError checkError(std::string bytes, std::size_t firstLine = 1) {
  try {
    checkText(bytes, "docs/003.txt", firstLine);
  } catch (const InputError& e) {
    return e;
  }
  FAIL("checkText accepted bytes it should reject");
  return InputError("", 0, "");
}

std::string checked(std::string bytes) {
  checkText(bytes, "docs/003.txt");
  return bytes;
}

}  // namespace

TEST_CASE("isValidUtf8 accepts every well-formed sequence length", "[loaders]") {
  CHECK(isValidUtf8(""));
  CHECK(isValidUtf8("plain ASCII\n"));
  CHECK(isValidUtf8("Chi\xC8\x99in\xC4\x83u"));                // 2 bytes
  CHECK(isValidUtf8("\xE2\x80\x9Cquoted\xE2\x80\x9D"));       // 3 bytes
  CHECK(isValidUtf8("\xF0\x9F\x8C\x8D globe"));               // 4 bytes
  CHECK(isValidUtf8("\xEF\xBF\xBF \xF4\x8F\xBF\xBF"));        // U+FFFF, U+10FFFF: the edges
  CHECK(isValidUtf8(std::string_view("nul\0inside", 10)));    // NUL is valid UTF-8; checkText rejects it
}

TEST_CASE("isValidUtf8 rejects malformed sequences and gives the first bad byte's offset", "[loaders]") {
  struct Case {
    std::string_view bytes;
    std::size_t offset;
    const char* what;
  };
  const Case cases[] = {
      {"caf\xE9 au lait", 3, "Latin-1 byte"},
      {"ab\x80", 2, "lone continuation byte"},
      {"x\xC0\xAF", 1, "overlong slash (2 bytes)"},
      {"\xE0\x80\xAF", 0, "overlong slash (3 bytes)"},
      {"ok \xF0\x80\x80\xAF", 3, "overlong slash (4 bytes)"},
      {"\xED\xA0\x80", 0, "UTF-16 surrogate"},
      {"\xF4\x90\x80\x80", 0, "above U+10FFFF"},
      {"\xF5\x80\x80\x80", 0, "F5 lead byte"},
      {"\xF8\x88\x80\x80\x80", 0, "5-byte form"},
      {"\xFF", 0, "FF byte"},
      {"end \xE2\x82", 4, "sequence cut off at the end"},
      {"\xE2\x28\xA1", 0, "bad second byte"},
      {"\xC3\xA9\xC3", 2, "good then cut"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    std::size_t offset = 999;
    CHECK_FALSE(isValidUtf8(c.bytes, &offset));
    CHECK(offset == c.offset);
    CHECK_FALSE(isValidUtf8(c.bytes));  // no offset wanted: no crash
  }
}

TEST_CASE("checkText drops a BOM and turns CR LF and lone CR into LF", "[loaders]") {
  CHECK(checked("\xEF\xBB\xBFIOM Minsk\n") == "IOM Minsk\n");
  CHECK(checked("one\r\ntwo\r\n") == "one\ntwo\n");
  CHECK(checked("one\rtwo\r\rthree") == "one\ntwo\n\nthree");
  CHECK(checked("mixed\r\nends\rhere\n") == "mixed\nends\nhere\n");
  CHECK(checked("untouched text\n") == "untouched text\n");
}

TEST_CASE("checkText rejects NUL bytes and invalid UTF-8 with the path and the line", "[loaders]") {
  const InputError nul = checkError(std::string("line 1\nline 2\nPK\x03\x04\0\0", 20));
  CHECK(nul.path() == "docs/003.txt");
  CHECK(nul.line() == 3);
  CHECK(std::string(nul.what()).find("binary") != std::string::npos);

  const InputError latin1 = checkError("one\ntwo\nthree\nCaf\xE9\n");
  CHECK(latin1.path() == "docs/003.txt");
  CHECK(latin1.line() == 4);
  CHECK(std::string(latin1.what()).find("UTF-8") != std::string::npos);

  SECTION("lines count from firstLine, for a JSONL record") {
    CHECK(checkError("Caf\xE9", 41).line() == 41);
    CHECK(checkError(std::string("a\nb\0", 4), 41).line() == 42);
  }
  SECTION("CR LF line ends count as one line") { CHECK(checkError("a\r\nb\r\nc\xE9").line() == 3); }
}

TEST_CASE("checkText counts lone CR line ends when it names the line of a bad byte", "[loaders]") {
  // Lone CR is a line end checkText itself accepts (old Mac files); the line reported must agree.
  CHECK(checkError("one\rtwo\rCaf\xE9\r").line() == 3);
  CHECK(checkError(std::string("one\rtwo\r\0", 9)).line() == 3);
}

TEST_CASE("checkText rejects a document with no text", "[loaders]") {
  for (const char* bytes : {"", " ", "\n\n\n", " \t\r\n \r", "\xEF\xBB\xBF", "\xEF\xBB\xBF \n"}) {
    INFO('"' << bytes << '"');
    const InputError e = checkError(bytes);
    CHECK(e.path() == "docs/003.txt");
    CHECK(std::string(e.what()).find("empty") != std::string::npos);
  }
  CHECK(checked(" x ") == " x ");
}

TEST_CASE("toValidUtf8 replaces each byte that starts no valid sequence with U+FFFD and keeps the rest", "[loaders]") {
  CHECK(toValidUtf8("Chi\xC8\x99in\xC4\x83u") == "Chi\xC8\x99in\xC4\x83u");
  CHECK(toValidUtf8("\x99") == "\xEF\xBF\xBD");
  CHECK(toValidUtf8("a\xFF" "b\xE2\x82") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(toValidUtf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate is no character
  CHECK(isValidUtf8(toValidUtf8("\xC0\xAF\xF4\x90\x80\x80 x")));
}

}  // namespace pressgraph
