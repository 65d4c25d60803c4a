// SPDX-License-Identifier: MIT
// The build pipeline: stream documents, extract them on worker threads, merge in input order.
#include "cli/BuildCommand.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <unordered_map>
#include <chrono>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/Common.h"
#include "cli/Timings.h"
#include "cli/Progress.h"
#include "loaders/CorpusReader.h"
#include "loaders/GraphLoader.h"
#include "loaders/extract/Extractor.h"
#include "loaders/extract/Lexicon.h"
#include "queries/Queries.h"

namespace pressgraph::cli {
namespace {

// The documents between the reader and the merge, both on the main thread. Worker threads
// take the oldest document no one has taken, remove its markup and extract it; the merge takes
// the oldest document when it is done. So documents merge, and problems are reported, in input
// order whatever the thread count, while reading and merging overlap extraction. With no
// workers the merge extracts each document itself.
class ExtractionPipeline {
 public:
  struct Item {
    Document document;
    std::vector<InputError> problems;  // the reader's, found before this document; then its own
    std::optional<DocumentGraph> graph;
    std::exception_ptr failure;
    bool done = false;
  };

  ExtractionPipeline(const Extractor& extractor, unsigned workers, std::size_t capacity)
      : extractor_(extractor), capacity_(capacity) {
    for (unsigned i = 0; i < workers; ++i) workers_.emplace_back([this] { work(); });
  }
  ~ExtractionPipeline() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    workAvailable_.notify_all();
  }  // the jthreads join here, after the workers saw `stopping_`

  bool full() const {
    const std::lock_guard lock(mutex_);
    return items_.size() >= capacity_;
  }

  void push(Document document, std::vector<InputError> problems) {
    {
      const std::lock_guard lock(mutex_);
      items_.push_back(Item{std::move(document), std::move(problems), std::nullopt, nullptr, false});
    }
    workAvailable_.notify_one();
  }

  /// The oldest document, extracted; nullopt when none is left.
  std::optional<Item> pop() {
    std::unique_lock lock(mutex_);
    if (items_.empty()) return std::nullopt;
    if (workers_.empty()) {
      process(items_.front());
    } else {
      itemDone_.wait(lock, [this] { return items_.front().done; });
    }
    Item item = std::move(items_.front());
    items_.pop_front();
    ++first_;
    return item;
  }

 private:
  void work() {
    std::unique_lock lock(mutex_);
    while (true) {
      workAvailable_.wait(lock, [this] { return stopping_ || nextToTake_ < first_ + items_.size(); });
      if (stopping_) return;
      // A deque keeps references to its other elements when the ends change.
      Item& item = items_[nextToTake_++ - first_];
      lock.unlock();
      process(item);
      lock.lock();
      item.done = true;
      itemDone_.notify_one();
    }
  }

  void process(Item& item) const {
    try {
      removeMarkup(item.document);
      item.graph = extractor_.extract(item.document);
      item.graph->addLiteral(item.graph->documentNode(), Property::ContentHash, contentHash(item.document));
    } catch (const InputError& e) {
      item.problems.push_back(e);
    } catch (...) {
      // An exception must not escape a thread (std::terminate); the merge rethrows it.
      item.failure = std::current_exception();
    }
  }

  const Extractor& extractor_;
  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable workAvailable_, itemDone_;
  std::deque<Item> items_;
  std::size_t first_ = 0;       // the number of items popped: the index of items_.front()
  std::size_t nextToTake_ = 0;  // the index of the next item for a worker
  bool stopping_ = false;
  std::vector<std::jthread> workers_;  // last: they stop before the rest is destroyed
};

// What `build --into` does with a document the graph holds already (same IRI: same identifier
// and path, or url): skips it when its content hash is the same, and otherwise holds it back
// until the old version is taken out, for all of them at once, since withoutDocuments()
// builds a new graph.
class Revisions {
 public:
  /// Notes the documents of the saved graph(s) read so far.
  explicit Revisions(const KnowledgeGraph& graph) {
    for (NodeId node : graph.nodesByIri())
      if (graph.kind(node) == NodeKind::Document) saved_.emplace(graph.iriPath(node), graph.literal(node, Property::ContentHash).value_or(""));
  }

  /// Merges `doc` unless it is a saved document: skipped if unchanged, else held back.
  void merge(DocumentGraph&& doc, KnowledgeGraph& graph, bool withRules) {
    const auto it = saved_.find(doc.node(doc.documentNode()).key);
    if (it == saved_.end()) {
      graph.merge(doc, withRules);
      ++added;
      return;
    }
    const auto& literals = doc.node(doc.documentNode()).literals;
    const auto hash = std::find_if(literals.begin(), literals.end(), [](const auto& l) { return l.first == Property::ContentHash; });
    if (hash != literals.end() && hash->second == it->second) {
      ++unchanged;
      return;
    }
    saved_.erase(it);  // a second copy in the inputs merges into this one, as in a fresh build
    changed_.push_back(std::move(doc));
  }

  /// Replaces the old versions of the changed documents with the new ones.
  void replaceChanged(KnowledgeGraph& graph, bool withRules) {
    if (changed_.empty()) return;
    std::vector<NodeId> old;
    for (const DocumentGraph& doc : changed_) old.push_back(*graph.findByIri(doc.node(doc.documentNode()).key));
    graph = graph.withoutDocuments(old);
    for (const DocumentGraph& doc : changed_) graph.merge(doc, withRules);
  }

  std::size_t changed() const { return changed_.size(); }
  std::size_t added = 0, unchanged = 0;

 private:
  std::unordered_map<std::string, std::string> saved_;  // document IRI path -> content hash
  std::vector<DocumentGraph> changed_;
};

}  // namespace

void setupBuild(CLI::App& app, BuildOptions& o) {
  auto* cmd = app.add_subcommand("build", "Build a knowledge graph from press releases");
  cmd->footer(
      "Inputs are files, directories (walked recursively: .txt .html .htm .json .jsonl), '-' for\n"
      "standard input, or graphs written earlier (.ttl .trig .nt .nq) to build on.\n"
      "The output format follows the extension of -o (.ttl .nt .trig .nq .jsonld .json .graphml .dot\n"
      ".svg .png); --focus, --depth and --types choose what a picture shows (see export --help).\n"
      "A document that cannot be read is reported and skipped; --strict makes it an error.\n"
      "--explain names, in each fact's provenance, the extraction rule that found it (pg:rule);\n"
      "query partners --why shows it beside the sentence.\n\n"
      "--into GRAPH adds the documents to a saved graph and writes it back (or to -o). A document\n"
      "it holds already (same path, or url) is skipped when its content hash (pg:contentHash) is\n"
      "the same; when it changed, what only its old version said goes (its facts, names, and the\n"
      "entities nothing else mentions) and the new version comes in: the result is the graph a\n"
      "fresh build of all the documents gives. GRAPH need not exist yet; a failed run leaves it\n"
      "as it was.\n\n"
      "Runs that write one output (build --into, build -o, export -o, merge -o) take turns: each\n"
      "locks .NAME.lock beside it from reading the --into graph to the rename (the file goes when\n"
      "it is done), and the next waits, saying so on stderr; --no-wait makes it fail (exit 1)\n"
      "instead. Standard output, pipes and devices take no lock.\n\n"
      "Examples:\n  pressgraph build releases/ -o graph.ttl\n  pressgraph build --into graph.ttl releases/2017/\n\n"
      "Exit status: 0 built, 1 failed (nothing readable, a write error, --no-wait and another run\n"
      "writing the output), 2 usage error.");
  cmd->add_option("inputs", o.inputs, "Files, directories or '-'")->required();
  cmd->add_option("-o,--output", o.output, "Output file ('-' for standard output, Turtle; default: the --into graph, else '-')");
  cmd->add_option("--into", o.into, "A saved graph (.ttl .trig .nt .nq) to add the documents to and rewrite");
  cmd->add_option("-f,--format", o.format, "Output format, overriding the extension")->check(formatNames());
  cmd->add_option("-j,--threads", o.threads, "Extraction threads (default: all cores)");
  cmd->add_option("--root", o.root, "Name documents by their path relative to this directory, not to each input (shards)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--data", o.dataDir, "Gazetteer data directory")->check(CLI::ExistingDirectory);
  cmd->add_flag("-q,--quiet", o.quiet, "No progress bar, warnings or summary");
  cmd->add_flag("--strict", o.strict, "Fail on the first document that cannot be read");
  cmd->add_flag("--explain", o.explain, "Record the rule that found each fact (pg:rule in its provenance)");
  addNoWaitOption(*cmd, o.noWait);
  addPictureOptions(*cmd, o.picture);
}

int runBuild(const BuildOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  return guarded([&] {
    if (!o.into.empty() && !isGraphFile(o.into)) throw UsageError("--into needs a graph file (.ttl .trig .nt .nq): " + o.into);
    const std::string output = !o.output.empty() ? o.output : !o.into.empty() ? o.into : "-";
    const OutputFormat format = chooseFormat(output, o.format);
    checkPictureArguments(o.picture, format);
    // More threads than the system grants buy nothing.
    constexpr unsigned MAX_THREADS = 256;
    const unsigned threads = std::min(MAX_THREADS, o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency()));
    // Taken before the --into graph is read: a run that read it while another was adding to it
    // would write back a graph without the other's documents (issue 13).
    const OutputLock lock = lockOutput(output, o.noWait, o.quiet);

    KnowledgeGraph& graph = keepUntilExit(KnowledgeGraph{});
    const Stage reading("read");
    std::size_t statements = 0;
    if (std::error_code ec; !o.into.empty() && std::filesystem::exists(o.into, ec)) statements += readGraph(o.into, graph);
    std::vector<std::string> documentInputs;
    for (const auto& input : o.inputs) {
      if (isGraphFile(input))
        statements += readGraph(input, graph);
      else
        documentInputs.push_back(input);
    }
    if (statements) reading.done(statements, "statements");

    std::size_t bad = 0;
    std::vector<InputError> problems;  // the reader's, until the next document takes them along
    CorpusOptions corpusOptions;
    corpusOptions.root = o.root;
    corpusOptions.deferMarkup = true;
    CorpusReader reader(documentInputs, [&](const InputError& e) { problems.push_back(e); }, corpusOptions);
    const auto report = [&](const std::vector<InputError>& found) {
      for (const InputError& e : found) {
        if (o.strict) throw e;
        ++bad;
        if (!o.quiet) printWarning(e.path(), e.line(), std::string(e.what()) + " (skipped)");
      }
    };
    const Gazetteer gazetteer = Gazetteer::load(o.dataDir.empty() ? Gazetteer::defaultDataDir() : o.dataDir);
    // A data directory given with --data brings its own lexicon when it has one.
    if (std::error_code ec; !o.dataDir.empty() && std::filesystem::is_directory(o.dataDir + "/lexicon", ec))
      Lexicon::useDirectory(o.dataDir + "/lexicon");
    Lexicon::standard();  // loaded here, not on a worker thread, so that a bad file is reported at once
    const Extractor extractor(gazetteer);
    ProgressBar progress(!o.quiet, reader.totalBytes());
    std::optional<Revisions> revisions;
    if (!o.into.empty()) revisions.emplace(graph);

    const Stage extracting("extract");
    std::size_t documents = 0;
    // One thread works alone; with more, the main thread reads and merges beside the workers.
    ExtractionPipeline pipeline(extractor, threads > 1 ? threads : 0, std::size_t{64} * threads);
    bool readAll = false;
    while (true) {
      while (!readAll && !pipeline.full()) {
        auto doc = reader.next();
        if (!doc) {
          readAll = true;
          break;
        }
        pipeline.push(std::move(*doc), std::exchange(problems, {}));
      }
      auto item = pipeline.pop();
      if (!item) break;
      report(item->problems);
      if (item->failure) std::rethrow_exception(item->failure);
      if (!item->graph) continue;
      if (revisions)
        revisions->merge(std::move(*item->graph), graph, o.explain);
      else
        graph.merge(*item->graph, o.explain);
      ++documents;
      progress.update(documents, reader.bytesRead());
    }
    report(problems);
    if (revisions) revisions->replaceChanged(graph, o.explain);
    extracting.done(documents, "documents");
    progress.finish();
    if (documents == 0 && !documentInputs.empty()) {
      printError(bad ? "no readable documents in the input (" + std::to_string(bad) + " could not be read)"
                     : "no documents in the input (looked for .txt .html .htm .json .jsonl)");
      return EXIT_FAILED;
    }

    const auto picture = pictureOptions(graph, o.picture);
    if (!picture) return EXIT_FAILED;
    const std::size_t triples = writeOutput(graph, output, format, *picture, threads);
    if (!o.quiet) {
      const GraphStats s = stats(graph, 0);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::cerr << "pressgraph: " << (output == "-" ? std::string("wrote graph") : "built " + output) << ": "
                << documents << " documents";
      if (revisions)
        std::cerr << " (" << revisions->added << " new, " << revisions->changed() << " changed, " << revisions->unchanged
                  << " unchanged)";
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
