// SPDX-License-Identifier: MIT
// libxml2's HTML parser, driven through SAX: the page streams past once and no tree is built, so
// time and memory grow with the page, however deeply its tags nest.
#include "loaders/HtmlLoader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <climits>
#include <cstring>
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/TextDecoding.h"

namespace pressgraph {
namespace {

// Past this many open elements a new one closes the innermost first (browsers flatten at 512;
// real pages nest a few dozen deep).
constexpr std::size_t kMaxDepth = 256;

template <std::size_t N>
bool isOneOf(std::string_view tag, const std::string_view (&names)[N]) {
  for (std::string_view name : names)
    if (tag == name) return true;
  return false;
}

// Elements whose content a reader of the article does not see as its text: code, page chrome
// (menus, banners, footers, forms) and embedded documents.
bool isDropped(std::string_view tag) {
  static constexpr std::string_view kDropped[] = {"script", "style", "noscript", "template", "nav",    "footer", "header",
                                                  "form",   "aside", "iframe",   "svg",      "button", "select"};
  return isOneOf(tag, kDropped);
}

// Elements a browser lays out as blocks: their text starts and ends a line.
bool isBlock(std::string_view tag) {
  static constexpr std::string_view kBlocks[] = {
      "p",  "div",     "br",         "li",      "ul",    "ol", "h1", "h2",         "h3",   "h4",      "h5",
      "h6", "tr",      "table",      "section", "article", "blockquote", "pre", "hr", "dt", "dd", "figcaption",
      "main", "address", "body"};
  return isOneOf(tag, kBlocks);
}

void newline(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

// Collapses white space as a browser does (no-break spaces too); block elements end lines.
void appendText(std::string& out, const char* text, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    const char c = text[i];
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    const bool nbsp = static_cast<unsigned char>(c) == 0xC2 && i + 1 < size && static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (space || nbsp) {
      i += nbsp;
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

// What the SAX callbacks see of the page so far. libxml2 reports an end for every element it
// opened (those it closes implicitly too), so depths are all the nesting that needs keeping.
struct Reader {
  HtmlText result;
  std::size_t depth = 0;
  std::size_t headFrom = 0;     // depth of the open <head>; 0: none
  std::size_t droppedFrom = 0;  // depth of the outermost other dropped element open; 0: none
  std::size_t titleFrom = 0;    // depth of the <head>'s <title> being read; 0: none
  bool titleDone = false;

  bool inText() const { return headFrom == 0 && droppedFrom == 0; }

  void start(std::string_view tag) {
    ++depth;
    if (droppedFrom != 0) return;
    if (tag == "head" && headFrom == 0) {
      headFrom = depth;
    } else if (tag == "title" && headFrom != 0 && !titleDone && titleFrom == 0) {
      titleFrom = depth;
    } else if (isDropped(tag)) {
      droppedFrom = depth;
    } else if (inText() && isBlock(tag)) {
      newline(result.text);
    }
  }

  void end(std::string_view tag) {
    if (depth == 0) return;
    if (depth == droppedFrom) {
      droppedFrom = 0;
    } else if (depth == titleFrom) {
      titleFrom = 0;
      titleDone = true;
    } else if (depth == headFrom) {
      headFrom = 0;
    } else if (inText() && isBlock(tag)) {
      newline(result.text);
    }
    --depth;
  }

  void text(const char* chars, std::size_t size) {
    if (droppedFrom != 0) return;
    if (titleFrom != 0) {
      appendText(result.title, chars, size);
    } else if (inText()) {
      appendText(result.text, chars, size);
    }
  }
};

// --- Bounding the work libxml2 does -------------------------------------------------------
// libxml2 2.9's HTML parser costs more than linear time in two places: at an end tag that matches
// no open element it searches its whole stack of open elements (so a page of 200,000 unclosed
// <div>s and then stray end tags costs depth × tags), and it compares each attribute of a tag
// with every earlier one. boundedMarkup() rewrites the page, in one pass, so that neither can
// grow: attributes are dropped (the text never uses them), and past kMaxDepth open elements a
// new element first closes the innermost one, as browsers flatten nesting past a limit. To do
// that it follows libxml2's own tokenizer (tags, quoted values, <script>/<style>) and keeps a
// model of its stack that is never smaller than libxml2's: the model closes an element only where
// libxml2 does too, and never applies libxml2's implicit closes. On the way it reads three things
// as a browser does where libxml2 2.9 does not: comments, DOCTYPEs and processing instructions
// end where HTML5 ends them and are left out, and a stray </p> or a </br> ends a line. The rest
// of the markup passes through as it was.

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isNameChar(char c) { return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.'; }
bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }  // libxml2's IS_BLANK_CH
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// libxml2's empty elements (its HTML 4 table): opened and closed at once, never on its stack.
bool isEmptyElement(std::string_view tag) {
  static constexpr std::string_view kEmpty[] = {"area", "base", "basefont", "br",    "col",  "frame", "hr",
                                                "img",  "input", "isindex", "link", "meta", "param"};
  return isOneOf(tag, kEmpty);
}

// The document's own elements: libxml2 opens them once, implies them where they are missing and
// ignores them where they repeat, so the model of its stack leaves them out.
bool isDocumentElement(std::string_view tag) { return tag == "html" || tag == "head" || tag == "body"; }

// libxml2's htmlGetEndPriority: an end tag closes the elements above its match only if none of
// them ranks higher than it.
int endPriority(std::string_view tag) {
  if (tag == "div") return 150;
  if (tag == "td" || tag == "th") return 160;
  if (tag == "tr") return 170;
  if (tag == "thead" || tag == "tbody" || tag == "tfoot") return 180;
  if (tag == "table") return 190;
  if (tag == "head" || tag == "body") return 200;
  if (tag == "html") return 220;
  return 100;
}

// The open elements as libxml2 would have them at most.
class OpenElements {
 public:
  bool full() const { return open_.size() >= kMaxDepth; }
  const std::string& innermost() const { return open_.back(); }
  void open(std::string tag) { open_.push_back(std::move(tag)); }
  void closeInnermost() { open_.pop_back(); }
  // An end tag: libxml2 closes up to its match unless a higher-ranking element is in between.
  void close(std::string_view tag) {
    const int priority = endPriority(tag);
    for (std::size_t i = open_.size(); i-- > 0;) {
      if (open_[i] == tag) {
        open_.resize(i);
        return;
      }
      if (endPriority(open_[i]) > priority) return;
    }
  }

 private:
  std::vector<std::string> open_;
};

// A tag or element name as libxml2's htmlParseHTMLName reads it: lower-cased, at most 100 bytes.
std::size_t readName(std::string_view in, std::size_t i, std::string& name) {
  name.clear();
  while (i < in.size() && name.size() < 100 && isNameChar(in[i])) name.push_back(lower(in[i++]));
  return i;
}

// Past the attributes of a start tag, to its '>' or "/>" (or the end of the page), reading
// names, '=' and quoted or bare values as libxml2's htmlParseStartTag does.
std::size_t skipAttributes(std::string_view in, std::size_t i) {
  const std::size_t n = in.size();
  auto atTagEnd = [&](std::size_t k) { return k >= n || in[k] == '>' || (in[k] == '/' && k + 1 < n && in[k + 1] == '>'); };
  while (i < n && isBlank(in[i])) ++i;
  while (!atTagEnd(i)) {
    if (isAsciiLetter(in[i]) || in[i] == '_' || in[i] == ':' || in[i] == '.') {
      while (i < n && isNameChar(in[i])) ++i;
      while (i < n && isBlank(in[i])) ++i;
      if (i < n && in[i] == '=') {
        ++i;
        while (i < n && isBlank(in[i])) ++i;
        if (i < n && (in[i] == '"' || in[i] == '\'')) {
          const std::size_t close = in.find(in[i], i + 1);
          i = close == std::string_view::npos ? n : close + 1;
        } else {
          while (i < n && in[i] != '>' && !isBlank(in[i])) ++i;
        }
      }
    } else {  // not an attribute: libxml2 skips to a blank or the tag's end
      while (!atTagEnd(i) && !isBlank(in[i])) ++i;
    }
    while (i < n && isBlank(in[i])) ++i;
  }
  return i;
}

// Where a comment that starts at `i` ("<!--") ends, as a browser reads it: after "-->" or
// "--!>", right away at "<!-->" and "<!--->", or at the end of the page.
std::size_t commentEnd(std::string_view in, std::size_t i) {
  const std::size_t body = i + 4;
  if (in.substr(body, 1) == ">") return body + 1;
  if (in.substr(body, 2) == "->") return body + 2;
  for (std::size_t k = in.find("--", body); k != std::string_view::npos; k = in.find("--", k + 1)) {
    if (in.substr(k + 2, 1) == ">") return k + 3;
    if (in.substr(k + 2, 2) == "!>") return k + 4;
  }
  return in.size();
}

// Where the raw text of a <script> or <style> ends: at "</" and its name in any case, which
// libxml2 (recovering) takes for its end, or at the end of the page.
std::size_t rawTextEnd(std::string_view in, std::size_t i, std::string_view tag) {
  for (std::size_t k = in.find("</", i); k != std::string_view::npos; k = in.find("</", k + 2)) {
    std::size_t m = 0;
    while (m < tag.size() && k + 2 + m < in.size() && lower(in[k + 2 + m]) == tag[m]) ++m;
    if (m == tag.size()) return k;
  }
  return in.size();
}

// The parse a SAX callback belongs to. An exception (std::bad_alloc from a growing text) must not
// unwind through libxml2's C frames: the callback keeps it, stops the parser, and htmlToText
// throws it once libxml2 has returned.
struct Parse {
  Reader reader;
  htmlParserCtxtPtr ctxt = nullptr;
  std::exception_ptr error;
};

template <typename Step>
void guarded(void* context, Step step) {
  Parse& parse = *static_cast<Parse*>(context);
  if (parse.error) return;
  try {
    step(parse.reader);
  } catch (...) {
    parse.error = std::current_exception();
    xmlStopParser(parse.ctxt);
  }
}

std::string_view tagOf(const xmlChar* name) { return name ? reinterpret_cast<const char*>(name) : ""; }

void onStart(void* context, const xmlChar* name, const xmlChar**) {
  guarded(context, [&](Reader& r) { r.start(tagOf(name)); });
}
void onEnd(void* context, const xmlChar* name) {
  guarded(context, [&](Reader& r) { r.end(tagOf(name)); });
}
void onText(void* context, const xmlChar* chars, int size) {
  if (size > 0)
    guarded(context, [&](Reader& r) { r.text(reinterpret_cast<const char*>(chars), static_cast<std::size_t>(size)); });
}

htmlSAXHandler saxHandler() {
  htmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.startElement = onStart;
  sax.endElement = onEnd;
  sax.characters = onText;
  sax.ignorableWhitespace = onText;
  sax.cdataBlock = onText;  // the content of <script> and <style>, dropped with them
  return sax;
}

}  // namespace

std::string boundedMarkup(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  OpenElements open;
  std::string name;
  std::size_t i = 0;
  const std::size_t n = in.size();
  while (i < n) {
    const std::size_t lt = in.find('<', i);
    const std::size_t textEnd = lt == std::string_view::npos ? n : lt;
    for (; i < textEnd; ++i) out.push_back(in[i] == '\0' ? ' ' : in[i]);  // libxml2 stops at NUL
    if (i == n) break;
    const char next = i + 1 < n ? in[i + 1] : '\0';
    if (in.substr(i, 4) == "<!--") {  // a comment: never text, so nothing of it is passed on
      i = commentEnd(in, i);
    } else if (next == '!' || next == '?') {
      // A DOCTYPE, CDATA or processing instruction: text to no reader. Browsers end them at the
      // first '>'; libxml2 reads DOCTYPEs in the page's middle its own way and can lose what follows.
      const std::size_t gt = in.find('>', i);
      i = gt == std::string_view::npos ? n : gt + 1;
    } else if (next == '/' && i + 2 < n && isAsciiLetter(in[i + 2])) {
      std::size_t k = readName(in, i + 2, name);
      while (k < n && isBlank(in[k])) ++k;
      // libxml2, recovering, skips whatever stands between the name and the '>'.
      const std::size_t gt = in.find('>', k);
      i = gt == std::string_view::npos ? n : gt + 1;
      // HTML5 reads a </p> that closes nothing (after a <div> opened in the paragraph) as an
      // empty paragraph, and </br> as <br>: a line ends. libxml2 ignores both; a <br> says it.
      if (name == "p" || name == "br") out += "<br>";
      if (name != "br") out += "</" + name + ">";
      if (!isDocumentElement(name)) open.close(name);
    } else if (isAsciiLetter(next) || next == '_' || next == ':') {
      std::size_t k = readName(in, i + 1, name);
      k = skipAttributes(in, k);
      const bool closed = k < n && in[k] == '/';
      const bool ended = k < n;
      i = ended ? k + (closed ? 2 : 1) : n;
      const bool pushes = !closed && ended && !isEmptyElement(name) && !isDocumentElement(name);
      if (pushes && open.full()) {
        out += "</" + open.innermost() + ">";
        open.closeInnermost();
      }
      out += '<' + name;
      if (ended) out += closed ? "/>" : ">";
      if (pushes) open.open(name);
      if (pushes && (name == "script" || name == "style")) {
        const std::size_t end = rawTextEnd(in, i, name);
        out.append(in.substr(i, end - i));
        i = end;
      }
    } else {
      out.push_back('<');
      ++i;
    }
  }
  return out;
}

HtmlText htmlToText(std::string_view html) {
  // The loaders give valid UTF-8; libxml2 would take any stray byte as Latin-1 from there on.
  std::string repaired;
  if (!isValidUtf8(html)) {
    repaired = toValidUtf8(html);
    html = repaired;
  }
  // libxml2 sets up its global tables once, before threads use it (its documented rule).
  static const bool initialized = (xmlInitParser(), true);
  (void)initialized;
  const std::string markup = boundedMarkup(html);
  // libxml2 takes the input's length as an int; no document `build` reads comes near it.
  if (markup.size() > static_cast<std::size_t>(INT_MAX)) throw std::length_error("HTML page over 2 GB");
  if (markup.empty()) return {};  // libxml2 makes no parser for no input
  const std::unique_ptr<htmlParserCtxt, void (*)(htmlParserCtxtPtr)> ctxt(
      htmlCreateMemoryParserCtxt(markup.data(), static_cast<int>(markup.size())), htmlFreeParserCtxt);
  if (!ctxt) throw std::bad_alloc();
  Parse parse;
  parse.ctxt = ctxt.get();
  *ctxt->sax = saxHandler();
  ctxt->userData = &parse;
  // The text is UTF-8 whatever a <meta charset> says: the loaders decoded it already.
  xmlSwitchEncoding(ctxt.get(), XML_CHAR_ENCODING_UTF8);
  htmlCtxtUseOptions(ctxt.get(), HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                     HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
  htmlParseDocument(ctxt.get());
  if (parse.error) std::rethrow_exception(parse.error);

  HtmlText result = std::move(parse.reader.result);
  while (!result.title.empty() && result.title.back() == ' ') result.title.pop_back();
  newline(result.text);
  return result;
}

}  // namespace pressgraph
