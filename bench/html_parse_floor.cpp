// A floor under `pressgraph build` on one thread: the time to read the files of a corpus that
// `build` reads and the time its HTML files take to become text (htmlToText: libxml2's parser
// through SAX, nearly all of it libxml2). Nothing else of Pressgraph runs here, so no change to
// the extractors can make a one-thread build faster than these two numbers added to the time of
// writing its output. bench/run prints them.
//
//   html_parse_floor CORPUS_DIR
//   -> files F bytes B read_s R html_files H html_bytes HB parse_s P
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "loaders/CorpusReader.h"
#include "loaders/HtmlLoader.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

bool readFile(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: html_parse_floor CORPUS_DIR\n");
    return 2;
  }
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(argv[1], ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && pressgraph::formatOf(it->path().string())) files.push_back(it->path());
  if (ec) {
    std::fprintf(stderr, "html_parse_floor: %s: %s\n", argv[1], ec.message().c_str());
    return 1;
  }
  std::sort(files.begin(), files.end());

  unsigned long long bytes = 0, htmlBytes = 0, htmlFiles = 0, emptyPages = 0;
  Clock::duration readTime{}, parseTime{};
  std::string text;
  for (const fs::path& p : files) {
    auto t0 = Clock::now();
    if (!readFile(p, text)) {
      std::fprintf(stderr, "html_parse_floor: %s: cannot read\n", p.c_str());
      return 1;
    }
    auto t1 = Clock::now();
    readTime += t1 - t0;
    bytes += text.size();
    if (pressgraph::formatOf(p.string()) != pressgraph::Format::Html) continue;
    const pressgraph::HtmlText page = pressgraph::htmlToText(text);
    if (page.text.empty() && page.title.empty()) ++emptyPages;  // keeps the call from being dropped
    parseTime += Clock::now() - t1;
    ++htmlFiles;
    htmlBytes += text.size();
  }
  std::printf("files %zu bytes %llu read_s %.3f html_files %llu html_bytes %llu parse_s %.3f empty_pages %llu\n", files.size(), bytes,
              seconds(readTime), htmlFiles, htmlBytes, seconds(parseTime), emptyPages);
  return 0;
}
