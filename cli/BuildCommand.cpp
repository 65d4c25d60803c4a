// SPDX-License-Identifier: MIT
// The build pipeline: stream documents, extract in parallel batches, merge in input order.
#include "cli/BuildCommand.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <chrono>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/Common.h"
#include "cli/Progress.h"
#include "loaders/CorpusReader.h"
#include "loaders/GraphLoader.h"
#include "loaders/extract/Extractor.h"
#include "queries/Queries.h"

namespace pressgraph::cli {
namespace {

// Extracts a batch on `threads` threads; results land by index, so the merge order (and the
// output) is the same whatever the thread count.
std::vector<std::optional<DocumentGraph>> extractBatch(const Extractor& extractor, const std::vector<Document>& batch,
                                                       unsigned threads) {
  std::vector<std::optional<DocumentGraph>> results(batch.size());
  std::atomic<std::size_t> nextIndex{0};
  std::exception_ptr failure;
  std::mutex failureMutex;
  auto work = [&] {
    try {
      for (std::size_t i; (i = nextIndex.fetch_add(1)) < batch.size();) results[i] = extractor.extract(batch[i]);
    } catch (...) {
      // An exception must not escape a thread (std::terminate); the main thread rethrows it.
      const std::lock_guard lock(failureMutex);
      if (!failure) failure = std::current_exception();
      nextIndex = batch.size();
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads && t < batch.size(); ++t) pool.emplace_back(work);
    work();
  }
  if (failure) std::rethrow_exception(failure);
  return results;
}

}  // namespace

void setupBuild(CLI::App& app, BuildOptions& o) {
  auto* cmd = app.add_subcommand("build", "Build a knowledge graph from press releases");
  cmd->footer(
      "Inputs are files, directories (walked recursively: .txt .html .htm .json .jsonl), '-' for\n"
      "standard input, or graphs written earlier (.ttl .trig .nt .nq) to build on.\n"
      "The output format follows the extension of -o (.ttl .nt .trig .nq .jsonld .json .graphml .dot\n"
      ".svg .png); --focus, --depth and --types choose what a picture shows (see export --help).\n"
      "A document that cannot be read is reported and skipped; --strict makes it an error.\n\n"
      "Example:\n  pressgraph build releases/ -o graph.ttl\n\n"
      "Exit status: 0 built, 1 failed (nothing readable, a write error), 2 usage error.");
  cmd->add_option("inputs", o.inputs, "Files, directories or '-'")->required();
  cmd->add_option("-o,--output", o.output, "Output file ('-' for standard output, Turtle)");
  cmd->add_option("-f,--format", o.format, "Output format, overriding the extension")->check(formatNames());
  cmd->add_option("-j,--threads", o.threads, "Extraction threads (default: all cores)");
  cmd->add_option("--data", o.dataDir, "Gazetteer data directory")->check(CLI::ExistingDirectory);
  cmd->add_flag("-q,--quiet", o.quiet, "No progress bar, warnings or summary");
  cmd->add_flag("--strict", o.strict, "Fail on the first document that cannot be read");
  addPictureOptions(*cmd, o.picture);
}

int runBuild(const BuildOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  return guarded([&] {
    const OutputFormat format = chooseFormat(o.output, o.format);
    checkPictureArguments(o.picture, format);
    // More threads than documents in a batch, or than the system grants, buys nothing.
    constexpr unsigned MAX_THREADS = 256;
    const unsigned threads = std::min(MAX_THREADS, o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency()));

    KnowledgeGraph graph;
    std::vector<std::string> documentInputs;
    for (const auto& input : o.inputs) {
      if (isGraphFile(input))
        readGraph(input, graph);
      else
        documentInputs.push_back(input);
    }

    std::size_t bad = 0;
    std::optional<InputError> firstBad;
    CorpusReader reader(documentInputs, [&](const InputError& e) {
      ++bad;
      if (o.strict) {
        if (!firstBad) firstBad = e;
      } else if (!o.quiet) {
        printWarning(e.path(), e.line(), std::string(e.what()) + " (skipped)");
      }
    });
    const Gazetteer gazetteer = Gazetteer::load(o.dataDir.empty() ? Gazetteer::defaultDataDir() : o.dataDir);
    const Extractor extractor(gazetteer);
    ProgressBar progress(!o.quiet, reader.totalBytes());

    std::size_t documents = 0;
    const std::size_t batchSize = std::size_t{32} * threads;
    std::vector<Document> batch;
    while (true) {
      batch.clear();
      while (batch.size() < batchSize) {
        auto doc = reader.next();
        if (!doc) break;
        batch.push_back(std::move(*doc));
      }
      if (firstBad) throw *firstBad;
      if (batch.empty()) break;
      for (auto& result : extractBatch(extractor, batch, threads)) graph.merge(*result);
      documents += batch.size();
      progress.update(documents, reader.bytesRead());
    }
    progress.finish();
    if (documents == 0 && !documentInputs.empty()) {
      printError(bad ? "no readable documents in the input (" + std::to_string(bad) + " could not be read)"
                     : "no documents in the input (looked for .txt .html .htm .json .jsonl)");
      return EXIT_FAILED;
    }

    const auto picture = pictureOptions(graph, o.picture);
    if (!picture) return EXIT_FAILED;
    const std::size_t triples = writeOutput(graph, o.output, format, *picture);
    if (!o.quiet) {
      const GraphStats s = stats(graph, 0);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::cerr << "pressgraph: " << (o.output == "-" ? std::string("wrote graph") : "built " + o.output) << ": "
                << documents << " documents";
      for (const auto& k : s.byKind)
        if (k.kind != NodeKind::Document && k.count) std::cerr << ", " << k.count << ' ' << info(k.kind).segment;
      std::cerr << "; " << s.nodes << " nodes, " << s.edges << " edges";
      if (triples) std::cerr << ", " << triples << " triples";
      std::cerr << " in " << std::fixed << std::setprecision(2) << seconds << " s";
      if (bad) std::cerr << "; " << bad << " document" << (bad == 1 ? "" : "s") << " skipped";
      std::cerr << '\n';
    }
    return EXIT_OK;
  });
}

}  // namespace pressgraph::cli
