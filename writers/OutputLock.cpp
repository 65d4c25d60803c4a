// SPDX-License-Identifier: MIT
// flock() on a lock file beside the output, removed by its holder.
#include "writers/OutputLock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

#include "graph/Types.h"
#include "writers/AtomicFile.h"

namespace pressgraph {

std::string lockFileFor(const std::string& target) {
  const std::filesystem::path path(target);
  return (path.parent_path() / ("." + path.filename().string() + ".lock")).string();
}

OutputLock::OutputLock(const std::string& path, bool wait, const std::function<void()>& waiting) {
  const auto target = replacedFile(path);
  if (!target) return;
  const std::string lockPath = lockFileFor(*target);
  // As long as the progress bar waits before it shows: most waits end sooner, unannounced.
  constexpr auto MOMENT = std::chrono::milliseconds(500);
  const auto start = std::chrono::steady_clock::now();
  bool told = false;
  while (true) {
    // Read-only is enough for flock(), and lets a run open a lock file another user made.
    // O_NOFOLLOW: a symbolic link planted under that name must not make us create a file elsewhere.
    const int fd = ::open(lockPath.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (fd < 0) {
      const int err = errno;
      struct stat st {};
      // None there and none can be made: nor can the output's file, and the write says why.
      if (::lstat(lockPath.c_str(), &st) != 0 && errno == ENOENT) return;
      throw IoError(lockPath, std::string("cannot open the lock file: ") + std::strerror(err));
    }
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const int err = errno;
      if (err == EINTR) continue;
      if (err != EWOULDBLOCK) {
        ::close(fd);
        throw IoError(lockPath, std::string("cannot lock: ") + std::strerror(err));
      }
      if (!wait) {
        ::close(fd);
        throw IoError(path, "another process is writing it (" + lockPath + " is locked)");
      }
      if (std::chrono::steady_clock::now() - start < MOMENT) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        continue;
      }
      if (!told && waiting) waiting();
      told = true;
      int status;
      while ((status = ::flock(fd, LOCK_EX)) != 0 && errno == EINTR) {
      }
      if (status != 0) {
        const int lockErr = errno;
        ::close(fd);
        throw IoError(lockPath, std::string("cannot lock: ") + std::strerror(lockErr));
      }
      break;
    }
    // The run before may have removed the file between our open() and its release: then the
    // lock is on a file no one else will open, and the one to lock is the one at the name now.
    struct stat locked {}, named {};
    if (::fstat(fd, &locked) == 0 && ::stat(lockPath.c_str(), &named) == 0 && locked.st_dev == named.st_dev &&
        locked.st_ino == named.st_ino) {
      fd_ = fd;
      lockPath_ = lockPath;
      return;
    }
    ::close(fd);
  }
}

OutputLock::~OutputLock() {
  if (fd_ < 0) return;
  // Removed before the release, so that whoever locks it next sees it gone and starts over on
  // a fresh file: removing it after would let two runs each hold a lock on a different file.
  ::unlink(lockPath_.c_str());
  ::close(fd_);
}

}  // namespace pressgraph
