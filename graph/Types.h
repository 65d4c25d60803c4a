// SPDX-License-Identifier: MIT
// Plain value types shared by every stage: node ids, string ids, edges.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include "ontology/Vocabulary.h"

namespace pressgraph {

/// An interned string in a graph's StringPool.
using StringId = std::uint32_t;

/// A node of a KnowledgeGraph. It is the Boost vertex index and stays valid for the life of the
/// graph, because nodes are never removed (merging redirects edges instead).
struct NodeId {
  std::uint32_t value = 0;
  auto operator<=>(const NodeId&) const = default;
};

/// One directed, typed edge.
struct Edge {
  NodeId from;
  Relation relation;
  NodeId to;
};

/// Bad input: a document, a graph file or a command-line value that cannot be read.
/// `line` is 0 where the input has no lines.
class InputError : public std::runtime_error {
 public:
  InputError(std::string path, std::size_t line, const std::string& message)
      : std::runtime_error(message), path_(std::move(path)), line_(line) {}
  const std::string& path() const { return path_; }
  std::size_t line() const { return line_; }

 private:
  std::string path_;
  std::size_t line_;
};

/// The operating system refused: a file that cannot be opened, written or renamed.
class IoError : public std::runtime_error {
 public:
  IoError(std::string path, const std::string& message)
      : std::runtime_error(message), path_(std::move(path)) {}
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace pressgraph

template <>
struct std::hash<pressgraph::NodeId> {
  std::size_t operator()(pressgraph::NodeId id) const noexcept { return id.value; }
};
