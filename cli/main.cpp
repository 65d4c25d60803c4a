// SPDX-License-Identifier: MIT
// pressgraph: parse the command line, dispatch to a subcommand, return its exit code.
#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/BuildCommand.h"
#include "cli/Common.h"
#include "cli/ExportCommand.h"
#include "cli/GraphCommands.h"
#include "cli/MergeCommand.h"
#include "cli/QueryCommand.h"
#include "cli/Timings.h"

int main(int argc, char** argv) {
  using namespace pressgraph::cli;
  CLI::App app{"pressgraph: press releases in, a knowledge graph of who organized what, where and when, out."};
  app.footer(
      "Example:\n"
      "  pressgraph build releases/ -o graph.ttl\n"
      "  pressgraph query graph.ttl partners IOM\n"
      "  pressgraph export graph.ttl -o graph.dot\n"
      "  pressgraph build --into graph.ttl new-releases/\n"
      "  pressgraph merge shard1.nq shard2.nq -o all.ttl\n\n"
      "Exit status: 0 done, 1 the work failed, 2 command-line misuse.");
  app.require_subcommand(1);
  app.set_version_flag("--version", "pressgraph 0.1.0");
  // Given before or after the subcommand's own options.
  app.add_flag_callback("--timings", enableTimings, "Print the wall time of each stage (read, extract, write) on stderr");
  app.fallthrough();

  BuildOptions build;
  StatsOptions statsOptions;
  QueryOptions query;
  ExportOptions exportOptions;
  MergeOptions merge;
  setupBuild(app, build);
  setupStats(app, statsOptions);
  setupQuery(app, query);
  setupExport(app, exportOptions);
  setupMerge(app, merge);

  int code = EXIT_OK;
  try {
    app.parse(argc, argv);
    if (app.got_subcommand("build"))
      code = runBuild(build);
    else if (app.got_subcommand("stats"))
      code = runStats(statsOptions);
    else if (app.got_subcommand("query"))
      code = runQuery(query);
    else if (app.got_subcommand("export"))
      code = runExport(exportOptions);
    else if (app.got_subcommand("merge"))
      code = runMerge(merge);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints help (exit 0) or the misuse; every misuse is our exit 2.
    code = app.exit(e) == 0 ? EXIT_OK : EXIT_USAGE;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "pressgraph: error: %s\n", e.what());
    code = EXIT_FAILED;
  }
  // Output to a closed pipe or a full device must not pass silently (a failed command has
  // said so already).
  if (code == EXIT_OK && (std::fflush(stdout) != 0 || std::ferror(stdout))) {
    std::fprintf(stderr, "pressgraph: error: cannot write to standard output\n");
    return EXIT_FAILED;
  }
  return code;
}
