// SPDX-License-Identifier: MIT
// Output that is either complete or absent: a temporary file renamed over the target on commit.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

namespace pressgraph {

/// Writes to a temporary file beside `path` and renames it into place on commit(), so a
/// failed or interrupted write never leaves a half-written file or damages an old one.
/// The temporary file has no name (O_TMPFILE) until commit() links it beside the target, so a
/// run killed while writing leaves nothing behind; where the file system cannot make one, it
/// is a named `TARGET.tmp-XXXXXX`, which a run killed with SIGKILL leaves.
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
  std::string tempPath_;  // the named temporary file; empty when writing in place or while unnamed
  bool unnamed_ = false;  // writing an O_TMPFILE file, linked to tempPath_ by commit()
  // The temporary file's stdio buffer, declared before stream_ so that it outlives it.
  std::unique_ptr<char[]> buffer_;
  FILE* stream_ = nullptr;
  bool committed_ = false;
  bool ownsStream_ = true;
};

/// The file an AtomicFile on `path` renames over (the file a symbolic link names, or `path`
/// when nothing is there yet), or nullopt when it writes in place or to standard output.
std::optional<std::string> replacedFile(const std::string& path);

}  // namespace pressgraph
