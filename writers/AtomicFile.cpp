// SPDX-License-Identifier: MIT
// Temporary file + rename, with every write checked.
#include "writers/AtomicFile.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "graph/Types.h"

namespace pressgraph {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (path_ == "-") {
    stream_ = stdout;
    ownsStream_ = false;
    return;
  }
  struct stat st {};
  const bool exists = ::stat(path_.c_str(), &st) == 0;
  // /dev/stdout, /dev/fd/N and /proc/self/fd/N stand for a descriptor, which may hold a file
  // opened for appending (">>"): renaming over the file it names, or truncating it, would lose
  // what it held. (Not all of /dev: /dev/shm holds ordinary files.)
  const bool descriptor = path_ == "/dev/stdout" || path_ == "/dev/stderr" || path_.starts_with("/dev/fd/") ||
                          path_.starts_with("/proc/");
  if (exists && (!S_ISREG(st.st_mode) || descriptor)) {
    if (S_ISDIR(st.st_mode)) throw IoError(path_, "is a directory");
    stream_ = std::fopen(path_.c_str(), descriptor ? "ab" : "wb");
    if (!stream_) throw IoError(path_, std::string("cannot open for writing: ") + std::strerror(errno));
    return;
  }
  // A symbolic link to a file is followed: the file it names is replaced, the link stays.
  if (exists) {
    if (char* real = ::realpath(path_.c_str(), nullptr)) {
      target_ = real;
      std::free(real);
    }
  }
  if (target_.empty()) target_ = path_;
  std::string pattern = target_ + ".tmp-XXXXXX";
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  const int fd = ::mkstemp(buf.data());
  if (fd < 0) throw IoError(path_, std::string("cannot create: ") + std::strerror(errno));
  tempPath_ = buf.data();
  // mkstemp creates 0600: a replaced file keeps its mode, a new one gets the umask's.
  if (exists) {
    ::fchmod(fd, st.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  stream_ = ::fdopen(fd, "wb");
  if (!stream_) {
    ::close(fd);
    ::unlink(tempPath_.c_str());
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
  if (stream_ && ownsStream_) std::fclose(stream_);
  if (!tempPath_.empty()) ::unlink(tempPath_.c_str());
}

void AtomicFile::commit() {
  const bool flushFailed = std::fflush(stream_) != 0;
  const int savedErrno = errno;
  const bool streamError = std::ferror(stream_) != 0;
  int closeFailed = 0;
  if (ownsStream_) {
    closeFailed = std::fclose(stream_);
    stream_ = nullptr;
  }
  if (flushFailed || streamError || closeFailed != 0) {
    const int err = flushFailed ? savedErrno : errno;
    if (!tempPath_.empty()) ::unlink(tempPath_.c_str());
    committed_ = true;
    throw IoError(path_, std::string("write error: ") + std::strerror(err ? err : EIO));
  }
  if (!tempPath_.empty() && std::rename(tempPath_.c_str(), target_.c_str()) != 0) {
    const int err = errno;
    ::unlink(tempPath_.c_str());
    committed_ = true;
    throw IoError(path_, std::string("cannot rename into place: ") + std::strerror(err));
  }
  committed_ = true;
}

}  // namespace pressgraph
