// SPDX-License-Identifier: MIT
// The one Catch2 main for all unit and end-to-end tests; a run that skipped anything says so
// at its end (tests/Skip.h).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "tests/Skip.h"

int main(int argc, char* argv[]) { return pressgraph::test::endRun(Catch::Session().run(argc, argv)); }
