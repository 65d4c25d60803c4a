// SPDX-License-Identifier: MIT
// Output that is either complete or absent: a temporary file renamed over the target on commit.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

namespace pressgraph {

/// Writes to a temporary file beside `path` and renames it into place on commit(), so a
/// failed or interrupted write never leaves a half-written file or damages an old one.
/// "-" means standard output; an existing path that is not a regular file (a pipe,
/// /dev/stdout, /dev/full) is written in place, and a path that names a descriptor
/// (/dev/stdout, /dev/fd/N, /proc/self/fd/N) is appended to through it even where it holds a
/// regular file. commit() throws IoError on any write error.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  FILE* stream() { return stream_; }
  const std::string& path() const { return path_; }
  /// Flushes, checks every write, closes and renames. Throws IoError.
  void commit();

 private:
  std::string path_;
  std::string target_;    // the file renamed over: path_, or the file a symbolic link names
  std::string tempPath_;  // empty when writing in place
  // The temporary file's stdio buffer, declared before stream_ so that it outlives it.
  std::unique_ptr<char[]> buffer_;
  FILE* stream_ = nullptr;
  bool committed_ = false;
  bool ownsStream_ = true;
};

}  // namespace pressgraph
