#include "xml/schema_validator.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <new>
#include <optional>
#include <regex>
#include <stdexcept>
#include <type_traits>
#include <vector>

namespace pledgetrack::xml {
namespace {

constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

struct ParserContextFree { void operator()(xmlSchemaParserCtxt* c) const { xmlSchemaFreeParserCtxt(c); } };
struct SchemaFree { void operator()(xmlSchema* s) const { xmlSchemaFree(s); } };
struct ValidContextFree { void operator()(xmlSchemaValidCtxt* c) const { xmlSchemaFreeValidCtxt(c); } };
struct DocumentParserFree {
    void operator()(xmlParserCtxt* c) const {
        if (c->myDoc) xmlFreeDoc(c->myDoc);
        xmlFreeParserCtxt(c);
    }
};
struct SaxPlugRemove { void operator()(xmlSchemaSAXPlugPtr p) const { xmlSchemaSAXUnplug(p); } };

// libxml2 names elements as '{namespace}local'; in our own namespace users know them by
// the local name, while a foreign namespace stays visible since it is the mistake.
std::string tidy_message(const char* raw) {
    static const std::regex ours(R"(\{urn:pledgetrack:(pledges|reports)\})");
    std::string message = std::regex_replace(raw ? raw : "unknown problem", ours, "");
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return message;
}

std::string attribute_named_in(const std::string& message) {
    static const std::regex attribute(R"(attribute '([^']+)')");
    std::smatch match;
    return std::regex_search(message, match, attribute) ? match[1].str() : std::string();
}

struct Collector {
    std::vector<XmlProblem> problems;
    bool syntax_problem = false;
    bool stopped = false;
    // The element the validator is looking at, counted in document order; set while the
    // document streams past (see ElementCounter).
    std::optional<std::size_t> current_element{};

    static void receive(void* self, xmlErrorPtr error) {
        static_cast<Collector*>(self)->add(*error);
    }

    void add(const xmlError& error) {
        // After a fatal error the parser has stopped; what follows is noise.
        if (error.level == XML_ERR_WARNING || stopped) return;
        stopped = error.level == XML_ERR_FATAL;
        const auto kind = error.domain == XML_FROM_SCHEMASV ? XmlProblem::Kind::schema : XmlProblem::Kind::syntax;
        syntax_problem = syntax_problem || kind == XmlProblem::Kind::syntax;
        XmlProblem problem{.kind = kind};
        problem.line = error.line > 0 ? static_cast<unsigned>(error.line) : 0;
        problem.column = kind == XmlProblem::Kind::syntax && error.int2 > 0
                             ? static_cast<unsigned>(error.int2) : 0;
        problem.message = tidy_message(error.message);
        if (kind == XmlProblem::Kind::schema) locate(problem, static_cast<const xmlNode*>(error.node));
        problems.push_back(std::move(problem));
    }

    void locate(XmlProblem& problem, const xmlNode* node) const {
        problem.attribute = node && node->type == XML_ATTRIBUTE_NODE ? reinterpret_cast<const char*>(node->name)
                                                                     : attribute_named_in(problem.message);
        problem.element_index = current_element;
    }
};

// Streaming validation builds no tree, so a schema problem cannot name its node. The
// parser calls these before the validator sees an element start or end, so the element
// being validated is always known: the one just started, or the one being closed.
struct ElementCounter {
    Collector& collector;
    std::vector<std::size_t> open{};
    std::size_t started = 0;

    static ElementCounter& of(void* parser) {
        return *static_cast<ElementCounter*>(static_cast<xmlParserCtxt*>(parser)->_private);
    }
    static void start(void* parser, const xmlChar*, const xmlChar*, const xmlChar*, int, const xmlChar**, int, int,
                      const xmlChar**) {
        ElementCounter& self = of(parser);
        self.open.push_back(self.started);
        self.collector.current_element = self.started++;
    }
    static void end(void* parser, const xmlChar*, const xmlChar*, const xmlChar*) {
        ElementCounter& self = of(parser);
        self.collector.current_element = self.open.back();
        self.open.pop_back();
    }
    // Files with a DOCTYPE are refused before their schema problems matter; stopping
    // here means libxml2 never reads an entity declaration.
    static void refuse_doctype(void* parser, const xmlChar*, const xmlChar*, const xmlChar*) {
        xmlStopParser(static_cast<xmlParserCtxt*>(parser));
    }
};

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

// libxml2's own SAX callbacks for entity lookups and the like, with every callback that
// would build a tree replaced: content reaches the validator through the schema plug.
xmlSAXHandler streaming_handler(const xmlSAXHandler& defaults) {
    xmlSAXHandler sax = defaults;
    sax.internalSubset = &ElementCounter::refuse_doctype;
    sax.externalSubset = nullptr;
    sax.startElementNs = &ElementCounter::start;
    sax.endElementNs = &ElementCounter::end;
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

struct SchemaValidator::Compiled {
    std::unique_ptr<xmlSchema, SchemaFree> schema;
};

SchemaValidator::SchemaValidator(std::string_view xsd) : compiled_(std::make_unique<Compiled>()) {
    xmlInitParser();
    Collector collector;
    ScopedErrorHandler handler(collector);
    std::unique_ptr<xmlSchemaParserCtxt, ParserContextFree> parser(
        xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size())));
    if (parser) compiled_->schema.reset(xmlSchemaParse(parser.get()));
    if (!compiled_->schema)
        throw std::runtime_error("the built-in pledge schema does not compile" +
                                 (collector.problems.empty() ? std::string()
                                                             : ": " + collector.problems[0].message));
}

SchemaValidator::~SchemaValidator() = default;

std::vector<XmlProblem> SchemaValidator::check(std::string_view document, const std::string& name) const {
    Collector collector;
    ScopedErrorHandler handler(collector);
    if (document.size() > static_cast<std::size_t>(INT_MAX)) {
        collector.problems.push_back({.kind = XmlProblem::Kind::syntax, .message = "document too large for the XML parser"});
        return collector.problems;
    }
    // The document streams through the validator; no libxml2 tree is ever built.
    // Read through a callback, as from a file: libxml2 holds only a window of the
    // document, where a memory parser would first copy all of it.
    MemoryReader reader{document};
    std::unique_ptr<xmlParserCtxt, DocumentParserFree> parser(xmlCreateIOParserCtxt(
        nullptr, nullptr, &MemoryReader::read, &MemoryReader::close, &reader, XML_CHAR_ENCODING_NONE));
    if (!parser) throw std::bad_alloc();
    // As xmlReadIO(..., name, "UTF-8", parse_options) would set it up.
    xmlCtxtUseOptions(parser.get(), parse_options);
    parser->encoding = xmlStrdup(BAD_CAST "UTF-8");
    if (xmlCharEncodingHandler* utf8 = xmlFindCharEncodingHandler("UTF-8")) xmlSwitchToEncoding(parser.get(), utf8);
    parser->input->filename = reinterpret_cast<char*>(xmlStrdup(BAD_CAST name.c_str()));
    xmlSAXHandler sax = streaming_handler(*parser->sax);
    xmlSAXHandler* default_sax = parser->sax;
    parser->sax = &sax;
    ElementCounter counter{collector};
    parser->_private = &counter;

    std::unique_ptr<xmlSchemaValidCtxt, ValidContextFree> validation(
        xmlSchemaNewValidCtxt(compiled_->schema.get()));
    xmlSchemaSetValidStructuredErrors(validation.get(), &Collector::receive, &collector);
    {
        std::unique_ptr<std::remove_pointer_t<xmlSchemaSAXPlugPtr>, SaxPlugRemove> plug(
            xmlSchemaSAXPlug(validation.get(), &parser->sax, &parser->userData));
        xmlParseDocument(parser.get());
    }
    parser->sax = default_sax;
    // A document that is not well-formed has only its syntax problems reported: what the
    // validator made of the broken part would only confuse.
    const bool well_formed = parser->wellFormed != 0 && !collector.syntax_problem;
    if (!well_formed)
        std::erase_if(collector.problems, [](const XmlProblem& p) { return p.kind == XmlProblem::Kind::schema; });
    if (!well_formed && collector.problems.empty())
        collector.problems.push_back({.kind = XmlProblem::Kind::syntax, .message = "not well-formed XML"});
    if (well_formed && xmlSchemaIsValid(validation.get()) != 1 && collector.problems.empty())
        collector.problems.push_back({.kind = XmlProblem::Kind::schema, .message = "the document does not follow the schema"});
    return collector.problems;
}

}  // namespace pledgetrack::xml
