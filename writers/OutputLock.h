// SPDX-License-Identifier: MIT
// One writer at a time per output: an advisory lock beside the file a run replaces.
#pragma once

#include <functional>
#include <string>

namespace pressgraph {

/// Serializes the processes that write one output, from reading what they build on to the
/// rename, so that two `build --into` runs of one graph cannot each start from the old graph
/// and lose what the other added. Holds flock() on `.NAME.lock` beside the file an AtomicFile
/// on the path replaces, not on that file, whose inode the rename retires. The lock file is
/// removed while still locked, and a run that locks a file no longer at that name locks the
/// new one instead, so no lock file stays behind a finished run; the kernel releases the lock of
/// a killed run (its file stays until the next run). Standard output, pipes, devices and
/// descriptor paths take no lock (AtomicFile writes them in place), nor does a path in a folder
/// where the lock file cannot be created (nor can the output be).
class OutputLock {
 public:
  /// Locks the output `path`. With `wait`, waits for another holder, calling `waiting` once if
  /// that takes more than a moment; without, throws IoError at once. Throws IoError when a lock
  /// file exists that cannot be opened.
  OutputLock(const std::string& path, bool wait, const std::function<void()>& waiting = {});
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

  /// Whether a lock is held (false for outputs that take none).
  bool held() const { return fd_ >= 0; }
  /// The lock file: `.NAME.lock` beside the output; empty when none is held.
  const std::string& lockPath() const { return lockPath_; }

 private:
  std::string lockPath_;
  int fd_ = -1;
};

/// The lock file OutputLock takes for writing `target`, the file an output replaces.
std::string lockFileFor(const std::string& target);

}  // namespace pressgraph
