// SPDX-License-Identifier: MIT
// The "For further information please contact" block: person, office, telephone, e-mail.
#pragma once

#include "loaders/extract/DocumentContext.h"

namespace pressgraph {

/// Reads contact blocks and lines ("Contact: NAME of ORG, PHONE or EMAIL"): each person gets
/// schema:email and schema:telephone, contactFor and worksFor the office or organization
/// named with them (or the document's office when only one is named in the block).
class ContactExtractor {
 public:
  void run(DocumentContext& ctx) const;
};

}  // namespace pressgraph
