// SPDX-License-Identifier: MIT
// Issue 13: scraped pages of pathological shape (200,000 unclosed <div>s, stray end tags after
// them, 100,000 unclosed <p>s, nested tables, a megabyte attribute, comment or script) once
// cost the HTML parser from seconds to minutes, quadratic in their nesting or attributes. Each
// must now build in about the time of any page of its size. What is bounded is the CPU time the
// run takes, not the wall clock, so that a loaded machine does not fail it; a bound far above a
// linear parse (0.2-0.4 s here) and far below the quadratic ones (15-200 s) tells them apart.
#include <catch2/catch.hpp>
#include <sys/resource.h>

#include <string>

#include "tests/cli/CliTestHelpers.h"

namespace pressgraph {
namespace {

using test::runPressgraph;
using test::TempDir;

#if defined(__SANITIZE_ADDRESS__)
constexpr double CPU_SECONDS = 30;  // AddressSanitizer and UBSan slow everything about tenfold
#else
constexpr double CPU_SECONDS = 2;
#endif

double childCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

std::string repeat(const std::string& s, int n) {
  std::string r;
  r.reserve(s.size() * static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) r += s;
  return r;
}

const std::string SENTENCE = "The International Organization for Migration held a workshop in Minsk on 3 May 2024.";

}  // namespace

TEST_CASE("build reads pathological HTML pages in bounded time and finds their text", "[cli]") {
  std::string attributes = "<div";
  for (int i = 0; i < 100000; ++i) attributes += " data-a" + std::to_string(i) + "=\"v\"";
  const struct {
    const char* name;
    std::string html;
  } pages[] = {
      {"200,000 nested <div>s", repeat("<div>", 200000) + SENTENCE + repeat("</div>", 200000)},
      {"200,000 unclosed <div>s, then stray end tags", repeat("<div>", 200000) + SENTENCE + repeat("</span>", 200000)},
      {"100,000 unclosed <p>s", repeat("<p>Menu item", 100000) + "<p>" + SENTENCE},
      {"50,000 nested tables", repeat("<table><tr><td>", 50000) + SENTENCE},
      {"a 1 MB attribute", "<p title=\"" + std::string(1 << 20, 'a') + "\">" + SENTENCE + "</p>"},
      {"100,000 attributes on one tag", attributes + ">" + SENTENCE + "</div>"},
      {"a 1 MB comment", "<!--" + std::string(1 << 20, '-') + "--><p>" + SENTENCE + "</p>"},
      {"an unterminated <script>", "<p>" + SENTENCE + "</p><script>" + repeat("var x = '<div>';", 100000)},
  };
  for (const auto& page : pages) {
    INFO(page.name);
    const TempDir dir;
    const std::string html = dir.write("page.html", page.html);
    const std::string graph = dir / "g.ttl";
    const double before = childCpuSeconds();
    const auto result = runPressgraph({"build", "-q", html, "-o", graph});
    const double cpu = childCpuSeconds() - before;
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.empty());
    CHECK(test::contains(test::readFile(graph), "\"International Organization for Migration\""));
    CHECK(test::contains(test::readFile(graph), "\"Minsk\""));
    CHECK(cpu < CPU_SECONDS);
  }
}

}  // namespace pressgraph
