// SPDX-License-Identifier: MIT
// Runs of the real program writing one output at the same time (writers/OutputLock.cpp) and a
// run killed while it writes (writers/AtomicFile.cpp): issue 13, part 2.
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "tests/cli/CliTestHelpers.h"
#include "tests/Skip.h"

extern char** environ;

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using test::contains;
using test::readFile;
using test::runPressgraph;
using test::TempDir;

// A pressgraph started in the background, standard error into `errors`, standard output and
// input /dev/null. wait() is its exit code, or minus the signal that ended it.
class Background {
 public:
  Background(const std::vector<std::string>& args, const std::string& errors) {
    std::vector<std::string> argv{test::binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> pointers;
    for (auto& arg : argv) pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int status = ::posix_spawn(&pid_, argv[0].c_str(), &actions, nullptr, pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (status != 0) pid_ = -1;
  }
  ~Background() {
    if (pid_ > 0 && !reaped_) {
      ::kill(pid_, SIGKILL);
      wait();
    }
  }
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

  pid_t pid() const { return pid_; }
  bool running() {
    if (reaped_) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == 0) return true;
    reaped_ = true;
    code_ = decode(status);
    return false;
  }
  int wait() {
    if (reaped_) return code_;
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
    code_ = decode(status);
    return code_;
  }

 private:
  static int decode(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? -WTERMSIG(status) : -1000; }
  pid_t pid_ = -1;
  bool reaped_ = false;
  int code_ = -1000;
};

// Holds the lock a run writing `output` takes, as another pressgraph would: flock() on
// `.NAME.lock` beside it. O_CLOEXEC, so the programs the test starts do not inherit it (an
// inherited copy would keep the lock held after the test lets go).
class HeldLock {
 public:
  explicit HeldLock(const fs::path& output) : path_(output.parent_path() / ("." + output.filename().string() + ".lock")) {
    fd_ = ::open(path_.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644);
    REQUIRE(fd_ >= 0);
    REQUIRE(::flock(fd_, LOCK_EX | LOCK_NB) == 0);
  }
  ~HeldLock() { release(); }
  HeldLock(const HeldLock&) = delete;
  HeldLock& operator=(const HeldLock&) = delete;
  void release() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
  int fd_ = -1;
};

// `count` short releases named PREFIX-N.txt under `folder`, each its own document.
void writeReleases(const TempDir& dir, const std::string& folder, const std::string& prefix, int count) {
  for (int i = 0; i < count; ++i)
    dir.write(folder + "/" + prefix + "-" + std::to_string(i) + ".txt",
              "IOM and UNHCR met in Minsk\n\nMINSK, " + std::to_string(1 + i % 28) + " May 2016 - The IOM Office in Belarus held meeting " +
                  prefix + " number " + std::to_string(i) + " in Minsk with UNHCR.\n");
}

// Documents in a Turtle graph pressgraph wrote: each carries one pg:contentHash.
std::size_t documentsIn(const std::string& graph) { return test::countOccurrences(readFile(graph), "pg:contentHash "); }

std::set<std::string> namesIn(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
  return names;
}

// Whether the file system under `dir` makes unnamed temporary files (O_TMPFILE).
bool unnamedFilesWork(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  ::close(fd);
  return true;
}

// Waits until `done` holds or `limit` passes; returns whether it held.
template <typename Done>
bool waitFor(Done done, std::chrono::milliseconds limit) {
  const auto end = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(1ms);
  }
  return true;
}

}  // namespace

TEST_CASE("two build --into runs on one graph started together keep the documents of both (issue 13)", "[cli]") {
  const TempDir dir;
  constexpr int EACH = 40;
  writeReleases(dir, "first", "first", EACH);
  writeReleases(dir, "second", "second", EACH);
  const std::string graph = dir / "g.ttl";
  const std::string firstErrors = dir / "first.err", secondErrors = dir / "second.err";
  int firstCode = 0, secondCode = 0;
  {
    Background first({"build", "-q", "-j", "1", "--into", graph, dir / "first"}, firstErrors);
    Background second({"build", "-q", "-j", "1", "--into", graph, dir / "second"}, secondErrors);
    REQUIRE(first.pid() > 0);
    REQUIRE(second.pid() > 0);
    firstCode = first.wait();
    secondCode = second.wait();
  }
  INFO("first: " << readFile(firstErrors) << "second: " << readFile(secondErrors));
  CHECK(firstCode == 0);
  CHECK(secondCode == 0);
  CHECK(documentsIn(graph) == 2 * EACH);
  // The lock file goes with the run that held it last; no temporary file stays.
  CHECK(namesIn(dir.path()) == std::set<std::string>{"first", "second", "first.err", "second.err", "g.ttl"});
}

TEST_CASE("a run with --no-wait fails at once while another holds the output's lock, and one without it waits and says so",
          "[cli]") {
  const TempDir dir;
  writeReleases(dir, "docs", "doc", 2);
  const std::string graph = dir / "g.ttl";
  REQUIRE(runPressgraph({"build", "-q", "--into", graph, dir / "docs/doc-0.txt"}).exitCode == 0);
  const std::string before = readFile(graph);
  const std::string nt = dir / "g.nt";
  REQUIRE(runPressgraph({"export", graph, "-o", nt}).exitCode == 0);

  {
    const HeldLock lock(graph);
    const auto build = runPressgraph({"build", "--no-wait", "--into", graph, dir / "docs/doc-1.txt"});
    CHECK(build.exitCode == 1);
    CHECK(build.err == "pressgraph: error: " + graph + ": another process is writing it (" + lock.path().string() +
                           " is locked)\n");
    CHECK(readFile(graph) == before);
    const auto exported = runPressgraph({"export", "--no-wait", nt, "-o", graph});
    CHECK(exported.exitCode == 1);
    CHECK(contains(exported.err, "another process is writing it"));
    const auto merged = runPressgraph({"merge", "-q", "--no-wait", nt, "-o", graph});
    CHECK(merged.exitCode == 1);
    CHECK(contains(merged.err, "another process is writing it"));
    CHECK(readFile(graph) == before);
    // Standard output takes no lock, nor does another output.
    CHECK(runPressgraph({"export", "--no-wait", graph}).exitCode == 0);
    CHECK(runPressgraph({"export", "--no-wait", graph, "-o", dir / "other.ttl"}).exitCode == 0);
  }

  const std::string errors = dir / "waiting.err";
  HeldLock lock(graph);
  Background waiting({"build", "--into", graph, dir / "docs/doc-1.txt"}, errors);
  REQUIRE(waiting.pid() > 0);
  CHECK(waitFor([&] { return contains(readFile(errors), "waiting"); }, 20s));
  CHECK(readFile(errors) == "pressgraph: waiting for another pressgraph writing " + graph + " to finish\n");
  CHECK(waiting.running());
  CHECK(readFile(graph) == before);
  lock.release();
  CHECK(waiting.wait() == 0);
  CHECK(contains(readFile(errors), "built " + graph + ": 1 documents (1 new"));
  CHECK(documentsIn(graph) == 2);
  CHECK_FALSE(fs::exists(lock.path()));  // the run removed the file it took over
}

TEST_CASE("a run killed with SIGKILL while it writes leaves the old output and no temporary file", "[cli]") {
  const TempDir dir;
  const bool unnamed = unnamedFilesWork(dir.path());
  if (!unnamed) SKIP_TEST(Tool, "O_TMPFILE does not work in " << dir.path() << ": a killed run leaves its named temporary file");
  // A graph big enough that writing it takes a while: organizations with a name each, read
  // quickly as N-Triples and written as N-Triples, some 60 MB.
  const std::string input = dir / "big.nt";
  {
    FILE* out = std::fopen(input.c_str(), "wb");
    REQUIRE(out != nullptr);
    for (int i = 0; i < 300000; ++i)
      std::fprintf(out,
                   "<https://w3id.org/pressgraph/id/org/o%d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                   "<http://schema.org/Organization> .\n<https://w3id.org/pressgraph/id/org/o%d> "
                   "<http://schema.org/name> \"Organization number %d of the test\" .\n",
                   i, i, i);
    REQUIRE(std::fclose(out) == 0);
  }
  const std::string output = dir / "out.nt";
  dir.write("out.nt", "the old output\n");
  const std::string errors = dir.write("run.err", "");
  const std::set<std::string> before = namesIn(dir.path());

  Background run({"export", "-j", "1", input, "-o", output}, errors);
  REQUIRE(run.pid() > 0);
  // The output's temporary file is the descriptor into this folder that is neither the input
  // nor the lock file: "/DIR/#INODE (deleted)" when unnamed, "/DIR/out.nt.tmp-XXXXXX" when not.
  const std::string fdDir = "/proc/" + std::to_string(run.pid()) + "/fd";
  const std::string lockFile = dir / ".out.nt.lock";
  const auto writing = [&] {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fdDir, ec)) {
      const fs::path target = fs::read_symlink(entry.path(), ec);
      if (ec || !target.string().starts_with(dir.path().string() + "/")) continue;
      if (target == input || target == lockFile) continue;
      struct stat st {};
      if (::stat(entry.path().c_str(), &st) == 0 && st.st_size > 0) return true;  // a first buffer is written
    }
    return false;
  };
  REQUIRE(waitFor([&] { return writing() || !run.running(); }, 120s));
  REQUIRE(::kill(run.pid(), SIGSTOP) == 0);
  // Stopped mid-write: the file being written has no name yet.
  const std::set<std::string> during = namesIn(dir.path());
  REQUIRE(::kill(run.pid(), SIGKILL) == 0);
  REQUIRE(run.wait() == -SIGKILL);  // killed, not finished: the test saw the write under way

  CHECK(readFile(output) == "the old output\n");
  std::set<std::string> expected = before;
  expected.insert(".out.nt.lock");  // a killed run leaves its lock file, but not its lock
  if (unnamed) {
    CHECK(during == expected);
    CHECK(namesIn(dir.path()) == expected);
  }
  // The next run takes the lock at once and leaves the folder as it found it, the output written.
  const auto next = runPressgraph({"export", "--no-wait", "-j", "1", input, "-o", output});
  CHECK(next.exitCode == 0);
  CHECK(next.err.empty());
  CHECK(fs::file_size(output) > 1000000);
  std::set<std::string> after = namesIn(dir.path());
  if (!unnamed) std::erase_if(after, [](const std::string& name) { return name.starts_with("out.nt.tmp-"); });
  CHECK(after == before);
}

}  // namespace pressgraph
