// SPDX-License-Identifier: MIT
// Walks Gumbo's tree and keeps the text a reader sees in the page body.
#include "loaders/HtmlLoader.h"

#include <gumbo.h>

#include <vector>

#include "loaders/GumboArena.h"
#include "loaders/TextDecoding.h"

namespace pressgraph {
namespace {

bool isDropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_ASIDE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
      return true;
    default:
      return false;
  }
}

bool isBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

void newline(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

// Collapses white space as a browser does; block elements end lines.
void appendText(std::string& out, const char* text) {
  for (const char* p = text; *p; ++p) {
    const char c = *p;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else if (static_cast<unsigned char>(c) == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0) {
      ++p;  // no-break space
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

void collectText(const GumboNode* node, std::string& out) {
  // An explicit stack: deeply nested pages must not overflow the call stack.
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack{{node, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* n = f.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      appendText(out, n->v.text.text);
      stack.pop_back();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT && n->type != GUMBO_NODE_TEMPLATE) {
      stack.pop_back();
      continue;
    }
    const GumboVector& children = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    const bool element = n->type == GUMBO_NODE_ELEMENT;
    if (f.next == 0 && element) {
      if (isDropped(n->v.element.tag)) {
        stack.pop_back();
        continue;
      }
      if (isBlock(n->v.element.tag)) newline(out);
    }
    if (f.next < children.length) {
      const auto* child = static_cast<const GumboNode*>(children.data[f.next++]);
      stack.push_back({child, 0});
      continue;
    }
    if (element && isBlock(n->v.element.tag)) newline(out);
    stack.pop_back();
  }
}

// Gumbo always builds <html><head>..</head><body>; only direct children need a look.
const GumboNode* findChild(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == tag) return child;
  }
  return nullptr;
}

}  // namespace

HtmlText htmlToText(std::string_view html) {
  HtmlText result;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read the parse errors; don't collect them
  GumboArena arena;
  arena.use(options);
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (const GumboNode* html_node = output->root) {
    if (const GumboNode* head = findChild(html_node, GUMBO_TAG_HEAD))
      if (const GumboNode* title = findChild(head, GUMBO_TAG_TITLE)) {
        std::string t;
        const GumboVector& kids = title->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) collectText(static_cast<const GumboNode*>(kids.data[i]), t);
        while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.pop_back();
        result.title = t;
      }
    collectText(html_node, result.text);
  }
  // No gumbo_destroy_output: the arena frees the tree when it goes.
  newline(result.text);
  // Gumbo 0.10.1 overflows on a numeric reference past int range ("&#x2014999...;") and writes
  // a stray byte; everything after the loaders relies on valid UTF-8.
  if (!isValidUtf8(result.text)) result.text = toValidUtf8(result.text);
  if (!isValidUtf8(result.title)) result.title = toValidUtf8(result.title);
  return result;
}

}  // namespace pressgraph
