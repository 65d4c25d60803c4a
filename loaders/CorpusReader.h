// SPDX-License-Identifier: MIT
// Walks the input arguments and streams their documents one at a time.
#pragma once

#include <cstddef>
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/Types.h"
#include "loaders/Document.h"

namespace pressgraph {

struct CorpusOptions {
  /// A document (a file, or a JSONL line) larger than this is rejected, not loaded.
  std::size_t maxDocumentBytes = std::size_t{64} << 20;
  /// Identifiers are paths relative to this directory; empty: to each input argument (a
  /// file's name alone). Parts of one tree read with the tree's root name their documents as
  /// a read of the whole tree does (sharded builds).
  std::string root;
  /// Hand HTML pages on with their markup (Document::markup), for removeMarkup() to convert
  /// on the thread that extracts them: parsing HTML is the costly part of loading.
  bool deferMarkup = false;
};

/// Streams the documents of files, directories (walked recursively in byte order of their
/// paths, directory symlinks not followed) and "-" (standard input). Only one file is held in
/// memory at a time, and a JSONL file is read line by line. A document that cannot be used
/// (unreadable, binary, invalid UTF-8, empty, bad JSON) is passed to the problem sink and
/// skipped; the walk goes on.
class CorpusReader {
 public:
  using ProblemSink = std::function<void(const InputError&)>;

  /// Throws InputError if an input argument does not exist.
  CorpusReader(const std::vector<std::string>& inputs, ProblemSink onProblem, CorpusOptions options = {});

  /// The next document, or nullopt when all inputs are read.
  std::optional<Document> next();
  /// Input files found (after the walk).
  std::size_t fileCount() const { return sources_.size(); }
  /// Bytes read so far, for progress and throughput.
  std::size_t bytesRead() const { return bytesRead_; }
  /// Total bytes of all input files (standard input counts as 0 until read).
  std::size_t totalBytes() const { return totalBytes_; }

 private:
  struct Source {
    std::string path;
    std::string identifier;
    Format format;
  };

  void addInput(const std::string& input);
  void walk(const std::string& dir, const std::string& root);
  std::optional<Document> nextFromLines();
  std::vector<Document> load(const Source& source);
  std::vector<Document> jsonlRecords(std::string& line, const Source& source, std::size_t lineNumber);
  void report(const InputError& error);

  ProblemSink onProblem_;
  CorpusOptions options_;
  std::vector<Source> sources_;
  std::size_t nextSource_ = 0;
  std::vector<Document> pending_;  // the records of a JSON array, handed out one by one
  std::size_t nextPending_ = 0;
  // The JSONL file being streamed.
  std::ifstream lines_;
  const Source* lineSource_ = nullptr;
  std::size_t lineNumber_ = 0;
  std::size_t bytesRead_ = 0;
  std::size_t totalBytes_ = 0;
};

/// Turns a page handed on with its markup into its title and text; nothing for other
/// documents. Throws InputError for a page with no text.
void removeMarkup(Document& document);

/// The format a file name's extension means, or nullopt for files a walk skips.
std::optional<Format> formatOf(const std::string& path);

}  // namespace pressgraph
