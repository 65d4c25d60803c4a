// SPDX-License-Identifier: MIT
// The directory walk and per-format loading.
#include "loaders/CorpusReader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "graph/Names.h"
#include "loaders/HtmlLoader.h"
#include "loaders/JsonLoader.h"
#include "loaders/TextDecoding.h"

namespace fs = std::filesystem;

namespace pressgraph {
namespace {

// At most `limit` + 1 bytes: enough to tell a document over the limit without holding more of
// it (standard input, a pipe or a device has no size to check first).
std::string readAtMost(std::istream& in, std::size_t limit) {
  std::string bytes;
  char chunk[1 << 16];
  while (bytes.size() <= limit) {
    in.read(chunk, static_cast<std::streamsize>(std::min(sizeof chunk, limit + 1 - bytes.size())));
    bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (!in) break;
  }
  return bytes;
}

InputError tooLarge(const std::string& path, std::size_t limit) {
  return InputError(path, 0, "file too large (over the limit of " + std::to_string(limit) + " bytes)");
}

enum class LineRead { Line, TooLong, End };

// One line without its '\n' into `line`, in chunks: a line over `limit` is read through to its
// end but not kept, so a 1 GB line costs neither the memory nor a byte-by-byte loop.
LineRead readLine(std::istream& in, std::string& line, std::size_t limit) {
  line.clear();
  bool tooLong = false, any = false;
  char chunk[1 << 16];
  while (true) {
    in.getline(chunk, sizeof chunk);
    const auto n = static_cast<std::size_t>(in.gcount());
    const bool full = in.fail() && !in.eof() && n == sizeof chunk - 1;  // no '\n' in this chunk yet
    const bool newline = !in.fail() && !in.eof();                      // read, and counted in gcount()
    const std::size_t stored = newline ? n - 1 : n;
    any = any || n > 0;
    if (!tooLong && line.size() + stored <= limit)
      line.append(chunk, stored);
    else
      tooLong = true;
    if (full) {
      in.clear();
      continue;
    }
    if (!any) return LineRead::End;
    return tooLong ? LineRead::TooLong : LineRead::Line;
  }
}

// Standard input has no name to go by; its first bytes tell markup from JSON from text.
Format sniff(std::string_view bytes) {
  const auto start = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (start == std::string_view::npos) return Format::Text;
  if (bytes[start] == '<') return Format::Html;
  if (bytes[start] == '{' || bytes[start] == '[') {
    const auto nl = bytes.find('\n', start);
    const auto nextStart = nl == std::string_view::npos ? nl : bytes.find_first_not_of(" \t\r\n", nl);
    return nextStart != std::string_view::npos && bytes[nextStart] == '{' ? Format::Jsonl : Format::Json;
  }
  return Format::Text;
}

}  // namespace

std::optional<Format> formatOf(const std::string& path) {
  const std::string ext = asciiLower(fs::path(path).extension().string());
  if (ext == ".txt" || ext == ".text" || ext == ".md") return Format::Text;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::Html;
  if (ext == ".json") return Format::Json;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::Jsonl;
  return std::nullopt;
}

CorpusReader::CorpusReader(const std::vector<std::string>& inputs, ProblemSink onProblem, CorpusOptions options)
    : onProblem_(std::move(onProblem)), options_(options) {
  for (const auto& input : inputs) addInput(input);
}

void CorpusReader::addInput(const std::string& input) {
  if (input == "-") {
    sources_.push_back(Source{"-", "stdin", Format::Text});
    return;
  }
  std::error_code ec;
  const auto status = fs::status(input, ec);
  if (ec || !fs::exists(status)) {
    if (fs::is_symlink(fs::symlink_status(input, ec))) throw InputError(input, 0, "broken or looping symbolic link");
    throw InputError(input, 0, "no such file or directory");
  }
  if (fs::is_directory(status)) {
    // One order for the whole tree: byte order of the paths relative to the input ("a-b.txt"
    // before "a/x.txt"), whatever the nesting.
    const std::size_t first = sources_.size();
    walk(input, options_.root.empty() ? input : options_.root);
    std::sort(sources_.begin() + static_cast<std::ptrdiff_t>(first), sources_.end(),
              [](const Source& a, const Source& b) { return a.identifier < b.identifier; });
  } else {
    // A file named on the command line is read whatever its extension; plain text by default.
    const std::string identifier = options_.root.empty() ? fs::path(input).filename().string()
                                                         : fs::relative(input, options_.root, ec).generic_string();
    sources_.push_back(Source{input, identifier, formatOf(input).value_or(Format::Text)});
    const auto size = fs::file_size(input, ec);
    if (!ec) totalBytes_ += size;  // a pipe (<(...)) has no size
  }
}

void CorpusReader::walk(const std::string& dir, const std::string& root) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    report(InputError(dir, 0, "cannot read directory: " + ec.message()));
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().native() < b.path().native(); });
  for (const auto& entry : entries) {
    const std::string path = entry.path().string();
    std::error_code sec;
    if (entry.is_symlink(sec) && entry.is_directory(sec)) continue;  // no loops, no escaping the tree
    if (entry.is_directory(sec)) {
      walk(path, root);
      continue;
    }
    if (!entry.is_regular_file(sec)) {
      if (entry.is_symlink(sec)) report(InputError(path, 0, "broken or looping symbolic link"));
      continue;
    }
    const auto format = formatOf(path);
    if (!format) continue;
    sources_.push_back(Source{path, fs::relative(entry.path(), root, sec).generic_string(), *format});
    totalBytes_ += entry.file_size(sec);
  }
}

void CorpusReader::report(const InputError& error) {
  if (onProblem_) onProblem_(error);
}

std::optional<Document> CorpusReader::next() {
  while (true) {
    if (nextPending_ < pending_.size()) return std::move(pending_[nextPending_++]);
    if (lineSource_) {
      if (auto doc = nextFromLines()) return doc;
      continue;
    }
    if (nextSource_ >= sources_.size()) return std::nullopt;
    const Source& source = sources_[nextSource_++];
    pending_.clear();
    nextPending_ = 0;
    try {
      pending_ = load(source);
    } catch (const InputError& e) {
      report(e);
    }
  }
}

std::vector<Document> CorpusReader::load(const Source& source) {
  std::string bytes;
  Format format = source.format;
  if (source.path == "-") {
    bytes = readAtMost(std::cin, options_.maxDocumentBytes);
    if (bytes.size() > options_.maxDocumentBytes) throw tooLarge(source.path, options_.maxDocumentBytes);
    format = sniff(bytes);
  } else {
    std::error_code ec;
    const auto size = fs::file_size(source.path, ec);
    if (!ec && size > options_.maxDocumentBytes && format != Format::Jsonl)
      throw InputError(source.path, 0, "file too large (" + std::to_string(size) + " bytes; the limit is " +
                                           std::to_string(options_.maxDocumentBytes) + ")");
    if (format == Format::Jsonl) {
      lines_ = std::ifstream(source.path, std::ios::binary);
      if (!lines_) throw InputError(source.path, 0, std::string("cannot open: ") + std::strerror(errno));
      lineSource_ = &source;
      lineNumber_ = 0;
      return {};
    }
    std::ifstream in(source.path, std::ios::binary);
    if (!in) throw InputError(source.path, 0, std::string("cannot open: ") + std::strerror(errno));
    bytes = readAtMost(in, options_.maxDocumentBytes);
    if (in.bad()) throw InputError(source.path, 0, "read error");
    if (bytes.size() > options_.maxDocumentBytes) throw tooLarge(source.path, options_.maxDocumentBytes);  // a pipe or device: no size
  }
  bytesRead_ += bytes.size();
  if (format == Format::Json) {
    checkText(bytes, source.path);
    return jsonRecords(bytes, source.path, source.identifier, 1, format, [this](const InputError& e) { report(e); });
  }
  if (format == Format::Jsonl) {  // JSONL on standard input: already in memory, split here
    std::vector<Document> docs;
    std::size_t lineNumber = 0;
    for (std::size_t pos = 0; pos < bytes.size();) {
      const std::size_t end = std::min(bytes.find('\n', pos), bytes.size());
      std::string line = bytes.substr(pos, end - pos);
      pos = end + 1;
      ++lineNumber;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        for (auto& d : jsonlRecords(line, source, lineNumber)) docs.push_back(std::move(d));
      } catch (const InputError& e) {
        report(e);
      }
    }
    return docs;
  }
  checkText(bytes, source.path);
  Document doc;
  doc.identifier = source.identifier;
  doc.path = source.path;
  doc.format = format;
  doc.text = std::move(bytes);
  doc.markup = format == Format::Html;
  if (!options_.deferMarkup) removeMarkup(doc);
  return {std::move(doc)};
}

void removeMarkup(Document& doc) {
  if (!doc.markup) return;
  HtmlText html = htmlToText(doc.text);
  doc.title = std::move(html.title);
  doc.text = std::move(html.text);
  doc.markup = false;
  if (doc.text.find_first_not_of(" \n") == std::string::npos) throw InputError(doc.path, 0, "empty document (no text in the page)");
}

// The records of one JSONL line; a line without an id of its own is "<file>#L<line>".
std::vector<Document> CorpusReader::jsonlRecords(std::string& line, const Source& source, std::size_t lineNumber) {
  checkText(line, source.path, lineNumber);
  return jsonRecords(line, source.path, source.identifier + "#L" + std::to_string(lineNumber), lineNumber, Format::Jsonl,
                     [this](const InputError& e) { report(e); });
}

// One JSONL line at a time; a line over the size limit is skipped without being held whole.
std::optional<Document> CorpusReader::nextFromLines() {
  const Source& source = *lineSource_;
  std::string line;
  while (true) {
    const LineRead read = readLine(lines_, line, options_.maxDocumentBytes);
    if (read == LineRead::End) {
      lines_.close();
      lineSource_ = nullptr;
      return std::nullopt;
    }
    ++lineNumber_;
    bytesRead_ += line.size() + 1;
    try {
      if (read == LineRead::TooLong) throw InputError(source.path, lineNumber_, "line too long (over " + std::to_string(options_.maxDocumentBytes) + " bytes)");
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      pending_ = jsonlRecords(line, source, lineNumber_);
      nextPending_ = 0;
      if (!pending_.empty()) return std::move(pending_[nextPending_++]);
    } catch (const InputError& e) {
      report(e);
    }
  }
}

}  // namespace pressgraph
