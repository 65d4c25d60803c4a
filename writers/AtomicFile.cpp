// SPDX-License-Identifier: MIT
// Temporary file + rename, with every write checked.
#include "writers/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

#include "graph/Types.h"

namespace pressgraph {
namespace {

// Where the bytes written to a path go.
struct Destination {
  enum class Kind { Stdout, InPlace, Replace } kind = Kind::Replace;
  bool exists = false;
  bool descriptor = false;
  struct stat st {};
  std::string target;  // Replace: the file renamed over
};

Destination destinationOf(const std::string& path) {
  Destination d;
  if (path == "-") {
    d.kind = Destination::Kind::Stdout;
    return d;
  }
  d.exists = ::stat(path.c_str(), &d.st) == 0;
  // /dev/stdout, /dev/fd/N and /proc/self/fd/N stand for a descriptor, which may hold a file
  // opened for appending (">>"): renaming over the file it names, or truncating it, would lose
  // what it held. (Not all of /dev: /dev/shm holds ordinary files.)
  d.descriptor = path == "/dev/stdout" || path == "/dev/stderr" || path.starts_with("/dev/fd/") ||
                 path.starts_with("/proc/");
  if (d.exists && (!S_ISREG(d.st.st_mode) || d.descriptor)) {
    d.kind = Destination::Kind::InPlace;
    return d;
  }
  // A symbolic link to a file is followed: the file it names is replaced, the link stays.
  if (d.exists) {
    if (char* real = ::realpath(path.c_str(), nullptr)) {
      d.target = real;
      std::free(real);
    }
  }
  if (d.target.empty()) d.target = path;
  return d;
}

// An unnamed file in `target`'s directory (O_TMPFILE), or -1 where the file system or the
// kernel makes none (EOPNOTSUPP, EISDIR, EINVAL...) or /proc, through which commit() links it,
// is missing. Any failure falls back to a named file, whose own error, if it fails too, is the
// one reported.
int openUnnamed(const std::string& target) {
  std::string dir = std::filesystem::path(target).parent_path().string();
  if (dir.empty()) dir = ".";
  const int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) return -1;
  if (::access(("/proc/self/fd/" + std::to_string(fd)).c_str(), F_OK) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Gives the unnamed file `fd` the name `TARGET.tmp-XXXXXX`, as mkstemp would pick; returns it,
// or an empty string with the error in `err`.
// linkat() cannot replace a file, so it is linked to a fresh name and then renamed over the
// target; only between those two calls does a name exist that a killed run would leave.
std::string linkUnnamed(int fd, const std::string& target, int& err) {
  static constexpr char LETTERS[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device seed;
  std::mt19937 random(seed());
  std::uniform_int_distribution<std::size_t> pick(0, sizeof LETTERS - 2);
  const std::string source = "/proc/self/fd/" + std::to_string(fd);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = target + ".tmp-";
    for (int i = 0; i < 6; ++i) name += LETTERS[pick(random)];
    if (::linkat(AT_FDCWD, source.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return name;
    err = errno;
    if (err != EEXIST) break;
  }
  return {};
}

}  // namespace

std::optional<std::string> replacedFile(const std::string& path) {
  Destination d = destinationOf(path);
  if (d.kind != Destination::Kind::Replace) return std::nullopt;
  return std::move(d.target);
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  const Destination d = destinationOf(path_);
  if (d.kind == Destination::Kind::Stdout) {
    stream_ = stdout;
    ownsStream_ = false;
    return;
  }
  if (d.kind == Destination::Kind::InPlace) {
    if (S_ISDIR(d.st.st_mode)) throw IoError(path_, "is a directory");
    stream_ = std::fopen(path_.c_str(), d.descriptor ? "ab" : "wb");
    if (!stream_) throw IoError(path_, std::string("cannot open for writing: ") + std::strerror(errno));
    return;
  }
  target_ = d.target;
  int fd = openUnnamed(target_);
  unnamed_ = fd >= 0;
  if (!unnamed_) {
    std::string pattern = target_ + ".tmp-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    fd = ::mkstemp(buf.data());
    if (fd < 0) throw IoError(path_, std::string("cannot create: ") + std::strerror(errno));
    tempPath_ = buf.data();
  }
  // Both are made 0600: a replaced file keeps its mode, a new one gets the umask's.
  if (d.exists) {
    ::fchmod(fd, d.st.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  stream_ = ::fdopen(fd, "wb");
  if (!stream_) {
    ::close(fd);
    if (!tempPath_.empty()) ::unlink(tempPath_.c_str());
    throw IoError(path_, std::string("cannot open for writing: ") + std::strerror(errno));
  }
  // A graph export runs to gigabytes: 1 MiB writes rather than stdio's 4 KiB ones spare the
  // kernel half a million write() calls. (glibc takes no size without a buffer; set before
  // the first write, as setvbuf() must be.)
  constexpr std::size_t BUFFER_SIZE = std::size_t{1} << 20;
  buffer_ = std::make_unique<char[]>(BUFFER_SIZE);
  std::setvbuf(stream_, buffer_.get(), _IOFBF, BUFFER_SIZE);
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  // An unnamed file goes with its last descriptor.
  if (stream_ && ownsStream_) std::fclose(stream_);
  if (!tempPath_.empty()) ::unlink(tempPath_.c_str());
}

void AtomicFile::commit() {
  // errno after a failed fflush() is the write's; after ferror() alone, that of the write
  // that set it, as far as nothing since has changed it.
  int err = std::fflush(stream_) != 0 ? errno : 0;
  bool failed = err != 0;
  if (!failed && std::ferror(stream_) != 0) {
    failed = true;
    err = errno;
  }
  // An unnamed file is linked after fclose() has checked the last writes, through a copy of
  // its descriptor that keeps the file until then.
  int unnamedFd = -1;
  if (!failed && unnamed_ && (unnamedFd = ::dup(::fileno(stream_))) < 0) {
    failed = true;
    err = errno;
  }
  if (ownsStream_) {
    if (std::fclose(stream_) != 0 && !failed) {
      failed = true;
      err = errno;
    }
    stream_ = nullptr;
  }
  if (failed) {
    if (unnamedFd >= 0) ::close(unnamedFd);
    if (!tempPath_.empty()) ::unlink(tempPath_.c_str());
    committed_ = true;
    throw IoError(path_, std::string("write error: ") + std::strerror(err ? err : EIO));
  }
  if (unnamed_) {
    tempPath_ = linkUnnamed(unnamedFd, target_, err);
    ::close(unnamedFd);
    if (tempPath_.empty()) {
      committed_ = true;
      throw IoError(path_, std::string("cannot create: ") + std::strerror(err));
    }
  }
  if (!tempPath_.empty() && std::rename(tempPath_.c_str(), target_.c_str()) != 0) {
    err = errno;
    ::unlink(tempPath_.c_str());
    committed_ = true;
    throw IoError(path_, std::string("cannot rename into place: ") + std::strerror(err));
  }
  committed_ = true;
}

}  // namespace pressgraph
