// SPDX-License-Identifier: MIT
// JSON and JSONL records (scraper output) to documents, parsed with RapidJSON.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/Types.h"
#include "loaders/Document.h"

namespace pressgraph {

/// The documents in one JSON value: an object is one record, an array a list of records.
/// A record's text is its `text`, `body` or `content` field (HTML in it is converted); `url`
/// or `id` gives its identifier, else `fallbackId`. `title`/`headline` and `date`/
/// `datePublished` are kept. Throws InputError (path, line) for invalid JSON or a record
/// without text; in an array, a bad record goes to `onBadRecord` when one is given, and the
/// other records still come through.
std::vector<Document> jsonRecords(std::string_view json, const std::string& path, const std::string& fallbackId,
                                  std::size_t line, Format format,
                                  const std::function<void(const InputError&)>& onBadRecord = {});

}  // namespace pressgraph
