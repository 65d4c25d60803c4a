// SPDX-License-Identifier: MIT
// Windows-1251 Cyrillic read as Latin-1 is repaired; real accented text is left alone.
#include <catch2/catch.hpp>

#include "loaders/Cleaner.h"

using namespace pressgraph;

TEST_CASE("Cyrillic that was Windows-1251 read as Latin-1 is repaired", "[loaders]") {
  // "Миграция и развитие" encoded as Windows-1251, each byte then read as Latin-1.
  CHECK(repairCp1251Mojibake("\xC3\x8C\xC3\xA8\xC3\xA3\xC3\xB0\xC3\xA0\xC3\xB6\xC3\xA8\xC3\xBF \xC3\xA8 "
                             "\xC3\xB0\xC3\xA0\xC3\xA7\xC3\xA2\xC3\xA8\xC3\xB2\xC3\xA8\xC3\xA5") ==
        "\xD0\x9C\xD0\xB8\xD0\xB3\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F \xC3\xA8 "
        "\xD1\x80\xD0\xB0\xD0\xB7\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB8\xD0\xB5");
  CHECK(cleanText(">> \xC3\x8C\xC3\xA8\xC3\xA3\xC3\xB0\xC3\xA0\xC3\xB6\xC3\xA8\xC3\xBF\nIOM met.\n") == "IOM met.\n");
}

TEST_CASE("accented Latin text is not mistaken for mojibake", "[loaders]") {
  for (const char* s : {"Genève", "Lomé", "Chișinău", "déjà vu", "Türkiye", "São Tomé", "ÉÈÀ"}) CHECK(repairCp1251Mojibake(s) == s);
}
