// SPDX-License-Identifier: MIT
// What every subcommand shares: reading graphs, writing outputs, reporting errors.
#pragma once

#include <stdexcept>
#include <string>

#include <CLI/CLI.hpp>
#include <vector>

#include "graph/KnowledgeGraph.h"
#include "writers/Formats.h"
#include "writers/OutputLock.h"

namespace pressgraph::cli {

/// Exit codes (STYLE.md): 0 done, 1 the work failed, 2 command-line misuse.
inline constexpr int EXIT_OK = 0;
inline constexpr int EXIT_FAILED = 1;
inline constexpr int EXIT_USAGE = 2;

/// Command-line misuse found after parsing (an output name with no known extension): exit 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// `pressgraph: error: PATH:LINE: message` on stderr.
void printError(const std::string& path, std::size_t line, const std::string& message);
void printError(const std::string& message);
void printWarning(const std::string& path, std::size_t line, const std::string& message);

/// Runs a subcommand's `body`, turning the errors any stage can throw into one stderr line and
/// an exit code: bad input and I/O 1, misuse 2, anything unexpected 1.
template <typename Body>
int guarded(Body body) {
  try {
    return body();
  } catch (const InputError& e) {
    printError(e.path(), e.line(), e.what());
  } catch (const IoError& e) {
    printError(e.path(), 0, e.what());
  } catch (const UsageError& e) {
    printError(e.what());
    return EXIT_USAGE;
  } catch (const std::exception& e) {
    printError(std::string("internal error: ") + e.what());
  }
  return EXIT_FAILED;
}

/// Reads one or more saved graphs into one; throws InputError/IoError.
KnowledgeGraph loadGraphs(const std::vector<std::string>& paths);

/// Keeps `graph` for the rest of the process and leaves it to the system to reclaim at exit:
/// freeing a graph of millions of edges piece by piece takes seconds the user would wait for
/// after the work is done. It stays reachable, so LeakSanitizer does not count it as a leak.
/// For the main thread of a command, once: every call keeps one more graph.
KnowledgeGraph& keepUntilExit(KnowledgeGraph&& graph);

/// The output format for `path` and an optional --format value; throws InputError when
/// neither names one.
OutputFormat chooseFormat(const std::string& path, const std::string& formatOption);

/// A CLI11 check that accepts the output format names and extensions (turtle, ttl, nt, ...).
CLI::IsMember formatNames();

/// Locks the output `path` for this run (OutputLock), from before it reads what it builds on to
/// the rename; says so on stderr, unless `quiet`, when another run makes it wait more than a
/// moment. With `noWait`, another run's lock is an IoError at once.
OutputLock lockOutput(const std::string& path, bool noWait, bool quiet = false);

/// The --no-wait flag of a subcommand that writes an output.
void addNoWaitOption(CLI::App& command, bool& noWait);

/// Writes the graph to `path` ("-" = stdout) all-or-nothing; returns the triples written.
/// `picture` chooses what a picture (.dot .svg .png) shows. Turtle and N-Triples are written
/// on `threads` threads (0: every core), with the same bytes whatever their number.
std::size_t writeOutput(const KnowledgeGraph& graph, const std::string& path, OutputFormat format,
                        const PictureOptions& picture = {}, unsigned threads = 0);

}  // namespace pressgraph::cli
