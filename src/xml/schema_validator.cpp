#include "xml/schema_validator.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <climits>
#include <regex>
#include <stdexcept>
#include <unordered_map>

namespace pledgetrack::xml {
namespace {

constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

struct DocFree { void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); } };
struct ParserContextFree { void operator()(xmlSchemaParserCtxt* c) const { xmlSchemaFreeParserCtxt(c); } };
struct SchemaFree { void operator()(xmlSchema* s) const { xmlSchemaFree(s); } };
struct ValidContextFree { void operator()(xmlSchemaValidCtxt* c) const { xmlSchemaFreeValidCtxt(c); } };
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

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
    XmlProblem::Kind kind = XmlProblem::Kind::syntax;
    bool stopped = false;
    const std::unordered_map<const xmlNode*, std::size_t>* element_indexes = nullptr;

    static void receive(void* self, xmlErrorPtr error) {
        static_cast<Collector*>(self)->add(*error);
    }

    void add(const xmlError& error) {
        // After a fatal error the parser has stopped; what follows is noise.
        if (error.level == XML_ERR_WARNING || stopped) return;
        stopped = error.level == XML_ERR_FATAL;
        XmlProblem problem{.kind = kind};
        problem.line = error.line > 0 ? static_cast<unsigned>(error.line) : 0;
        problem.column = kind == XmlProblem::Kind::syntax && error.int2 > 0
                             ? static_cast<unsigned>(error.int2) : 0;
        problem.message = tidy_message(error.message);
        if (kind == XmlProblem::Kind::schema) locate(problem, static_cast<const xmlNode*>(error.node));
        problems.push_back(std::move(problem));
    }

    void locate(XmlProblem& problem, const xmlNode* node) const {
        if (node && node->type == XML_ATTRIBUTE_NODE) {
            problem.attribute = reinterpret_cast<const char*>(node->name);
            node = node->parent;
        } else {
            problem.attribute = attribute_named_in(problem.message);
        }
        if (!node || !element_indexes) return;
        if (auto found = element_indexes->find(node); found != element_indexes->end())
            problem.element_index = found->second;
    }
};

void index_elements(const xmlNode* node, std::unordered_map<const xmlNode*, std::size_t>& indexes) {
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        indexes.emplace(node, indexes.size());
        index_elements(node->children, indexes);
    }
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
    DocPtr doc(xmlReadMemory(document.data(), static_cast<int>(document.size()), name.c_str(),
                             "UTF-8", parse_options));
    if (!doc || !collector.problems.empty()) {
        if (collector.problems.empty())
            collector.problems.push_back({.kind = XmlProblem::Kind::syntax, .message = "not well-formed XML"});
        return collector.problems;
    }

    std::unordered_map<const xmlNode*, std::size_t> element_indexes;
    index_elements(xmlDocGetRootElement(doc.get()), element_indexes);
    collector.kind = XmlProblem::Kind::schema;
    collector.element_indexes = &element_indexes;

    std::unique_ptr<xmlSchemaValidCtxt, ValidContextFree> validation(
        xmlSchemaNewValidCtxt(compiled_->schema.get()));
    xmlSchemaSetValidStructuredErrors(validation.get(), &Collector::receive, &collector);
    if (xmlSchemaValidateDoc(validation.get(), doc.get()) != 0 && collector.problems.empty())
        collector.problems.push_back({.kind = XmlProblem::Kind::schema, .message = "the document does not follow the schema"});
    return collector.problems;
}

}  // namespace pledgetrack::xml
