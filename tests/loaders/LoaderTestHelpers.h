// SPDX-License-Identifier: MIT
// Shared by the loader and CLI tests: a scratch directory tree of input files.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

namespace pressgraph::test {

/// A fresh directory under the temp directory, unique per process and call, removed with
/// everything in it when it goes away (permissions are restored first, so chmod 000 files go too).
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("pressgraph-test-dir-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    for (auto it = std::filesystem::recursive_directory_iterator(path_, ignored);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ignored))
      if (!it->is_symlink(ignored))
        std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// `relative` under this directory, as a string for APIs that take one.
  std::string operator/(std::string_view relative) const { return (path_ / relative).string(); }

  /// Writes `bytes` to `relative` (parent folders created); returns the full path.
  std::string write(std::string_view relative, std::string_view bytes) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw std::runtime_error("cannot write test file " + file.string());
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace pressgraph::test
