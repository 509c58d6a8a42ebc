#include "xml/syntax_check.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <new>

namespace pledgetrack::xml {
namespace {

constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

struct ParserFree {
    void operator()(xmlParserCtxt* c) const {
        if (c->myDoc) xmlFreeDoc(c->myDoc);
        xmlFreeParserCtxt(c);
    }
};

struct Collector {
    std::vector<SyntaxProblem> problems;
    bool stopped = false;

    static void receive(void* self, xmlErrorPtr error) { static_cast<Collector*>(self)->add(*error); }

    void add(const xmlError& error) {
        // After a fatal error the parser has stopped; what follows is noise.
        if (error.level == XML_ERR_WARNING || stopped) return;
        stopped = error.level == XML_ERR_FATAL;
        SyntaxProblem problem;
        problem.line = error.line > 0 ? static_cast<unsigned>(error.line) : 0;
        problem.column = error.int2 > 0 ? static_cast<unsigned>(error.int2) : 0;
        std::string message = error.message ? error.message : "unknown problem";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
        problem.message = std::move(message);
        problems.push_back(std::move(problem));
    }
};

// Files with a DOCTYPE are refused before their other problems matter; stopping here
// means libxml2 never reads an entity declaration.
void refuse_doctype(void* parser, const xmlChar*, const xmlChar*, const xmlChar*) {
    xmlStopParser(static_cast<xmlParserCtxt*>(parser));
}

struct MemoryReader {
    std::string_view rest;

    static int read(void* self, char* buffer, int length) {
        std::string_view& rest = static_cast<MemoryReader*>(self)->rest;
        const std::size_t count = std::min(rest.size(), static_cast<std::size_t>(length));
        std::memcpy(buffer, rest.data(), count);
        rest.remove_prefix(count);
        return static_cast<int>(count);
    }
    static int close(void*) { return 0; }
};

// libxml2's own callbacks for entity lookups and the like, with every callback that
// would build a tree taken out: only the parse itself runs.
xmlSAXHandler parse_only_handler(const xmlSAXHandler& defaults) {
    xmlSAXHandler sax = defaults;
    sax.internalSubset = &refuse_doctype;
    sax.externalSubset = nullptr;
    sax.startElementNs = nullptr;
    sax.endElementNs = nullptr;
    sax.startElement = nullptr;
    sax.endElement = nullptr;
    sax.characters = nullptr;
    sax.ignorableWhitespace = nullptr;
    sax.cdataBlock = nullptr;
    sax.comment = nullptr;
    sax.processingInstruction = nullptr;
    sax.reference = nullptr;
    return sax;
}

// libxml2 reports errors through a per-thread global handler; this installs ours for
// the duration of one call and restores the silent default afterwards.
class ScopedErrorHandler {
public:
    explicit ScopedErrorHandler(Collector& collector) {
        xmlSetStructuredErrorFunc(&collector, &Collector::receive);
    }
    ~ScopedErrorHandler() { xmlSetStructuredErrorFunc(nullptr, nullptr); }
    ScopedErrorHandler(const ScopedErrorHandler&) = delete;
    ScopedErrorHandler& operator=(const ScopedErrorHandler&) = delete;
};

}  // namespace

std::vector<SyntaxProblem> find_syntax_problems(std::string_view document, const std::string& name) {
    xmlInitParser();
    Collector collector;
    if (document.size() > static_cast<std::size_t>(INT_MAX)) {
        collector.problems.push_back({.message = "document too large for the XML parser"});
        return collector.problems;
    }
    ScopedErrorHandler handler(collector);
    // Read through a callback, as from a file: libxml2 holds only a window of the
    // document, where a memory parser would first copy all of it.
    MemoryReader reader{document};
    std::unique_ptr<xmlParserCtxt, ParserFree> parser(xmlCreateIOParserCtxt(
        nullptr, nullptr, &MemoryReader::read, &MemoryReader::close, &reader, XML_CHAR_ENCODING_NONE));
    if (!parser) throw std::bad_alloc();
    // As xmlReadIO(..., name, "UTF-8", parse_options) would set it up.
    xmlCtxtUseOptions(parser.get(), parse_options);
    parser->encoding = xmlStrdup(BAD_CAST "UTF-8");
    if (xmlCharEncodingHandler* utf8 = xmlFindCharEncodingHandler("UTF-8"))
        xmlSwitchToEncoding(parser.get(), utf8);
    parser->input->filename = reinterpret_cast<char*>(xmlStrdup(BAD_CAST name.c_str()));
    xmlSAXHandler sax = parse_only_handler(*parser->sax);
    xmlSAXHandler* default_sax = parser->sax;
    parser->sax = &sax;
    xmlParseDocument(parser.get());
    parser->sax = default_sax;
    if (parser->wellFormed == 0 && collector.problems.empty())
        collector.problems.push_back({.message = "not well-formed XML"});
    return collector.problems;
}

}  // namespace pledgetrack::xml
