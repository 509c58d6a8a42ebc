// libFuzzer target, differential: our compiled schema checker against libxml2's XSD
// validator, both given schemas/pledges.xsd. For every input that reaches the schema
// check in XmlDocument (UTF-8, no control characters, well-formed, no DOCTYPE, parsed by
// pugixml with the same flags), the two must agree on whether the document is valid;
// otherwise the target prints both verdicts and aborts.
//
// Inputs using what Schema knowingly checks differently from XSD (see schema.hpp) are
// skipped: xsi:type and xsi:nil; so are those where libxml2 departs from XSD: blank CDATA
// sections (refused in element-only content) and numbers of more than 24 digits.
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.hpp"
#include "xml/schema/schema.hpp"
#include "xml/syntax_check.hpp"
#include "xml/xml_document.hpp"

namespace pledgetrack::embedded {
extern const std::string_view pledges_xsd;
}

namespace {

namespace schema = pledgetrack::xml::schema;

constexpr int libxml2_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
constexpr std::string_view xsi_namespace = "http://www.w3.org/2001/XMLSchema-instance";

void ignore_error(void*, const char*, ...) {}
void ignore_structured_error(void*, xmlErrorPtr) {}

// The first error libxml2's validator reports.
void keep_first_error(void* context, xmlErrorPtr error) {
    auto& first = *static_cast<std::string*>(context);
    if (!first.empty() || !error) return;
    first = error->message ? error->message : "unknown problem";
    while (!first.empty() && (first.back() == '\n' || first.back() == ' ')) first.pop_back();
    if (error->line > 0) first = "line " + std::to_string(error->line) + ": " + first;
}

struct Libxml2Schema {
    xmlSchemaPtr schema = nullptr;

    Libxml2Schema() {
        xmlInitParser();
        xmlSetGenericErrorFunc(nullptr, &ignore_error);
        const std::string_view xsd = pledgetrack::embedded::pledges_xsd;
        xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
        if (parser) {
            xmlSchemaSetParserStructuredErrors(parser, &ignore_structured_error, nullptr);
            schema = xmlSchemaParse(parser);
            xmlSchemaFreeParserCtxt(parser);
        }
        if (!schema) {
            std::fputs("fuzz_schema: libxml2 cannot compile the embedded pledges.xsd\n", stderr);
            std::abort();
        }
    }
    ~Libxml2Schema() { xmlSchemaFree(schema); }
};

// Whether libxml2 finds the document valid; `message` gets its first complaint.
bool libxml2_valid(std::string_view bytes, std::string& message) {
    static const Libxml2Schema compiled;
    xmlSetGenericErrorFunc(nullptr, &ignore_error);
    xmlSetStructuredErrorFunc(nullptr, &ignore_structured_error);
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "fuzz.xml", "UTF-8", libxml2_options),
        &xmlFreeDoc);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    if (!document) {
        message = "libxml2 could not parse the document";
        return false;
    }
    std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> validator(
        xmlSchemaNewValidCtxt(compiled.schema), &xmlSchemaFreeValidCtxt);
    if (!validator) std::abort();
    xmlSchemaSetValidStructuredErrors(validator.get(), &keep_first_error, &message);
    const int result = xmlSchemaValidateDoc(validator.get(), document.get());
    if (result < 0) message = "libxml2's validator failed internally (" + std::to_string(result) + ")";
    return result == 0;
}

// The namespace `prefix` is bound to at `node`, as declared in the document.
std::string_view namespace_of(pugi::xml_node node, std::string_view prefix) {
    const std::string declaration = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
    for (; node; node = node.parent())
        if (const pugi::xml_attribute bound = node.attribute(declaration.c_str())) return bound.value();
    return {};
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::size_t digit_count(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// Whether the document uses what one of the two checkers reads differently from XSD.
bool has_known_difference(pugi::xml_node node) {
    for (pugi::xml_attribute attribute : node.attributes()) {
        const std::string_view name = attribute.name();
        const std::size_t colon = name.find(':');
        if (colon == std::string_view::npos || name.substr(0, colon) == "xmlns") continue;
        const std::string_view local = name.substr(colon + 1);
        if ((local == "type" || local == "nil") && namespace_of(node, name.substr(0, colon)) == xsi_namespace)
            return true;
    }
    // libxml2 counts a CDATA section in element-only content as text, even when it holds
    // nothing or only white space, which XSD allows there.
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_cdata && is_blank(child.value())) return true;
    // libxml2 refuses decimal numbers of more than 24 digits; XSD lets a processor set
    // such a limit, our checker has none.
    for (pugi::xml_attribute attribute : node.attributes())
        if (digit_count(attribute.value()) > 24) return true;
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element && has_known_difference(child)) return true;
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const schema::Schema ours(pledgetrack::embedded::pledges_xsd);

    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (pledgetrack::text::detect_wide_bom(bytes)) return 0;
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (pledgetrack::text::find_invalid_utf8(bytes) || pledgetrack::text::find_control_character(bytes))
        return 0;
    if (!pledgetrack::xml::find_syntax_problems(bytes, "fuzz.xml").empty()) return 0;

    pugi::xml_document document;
    if (!document.load_buffer(bytes.data(), bytes.size(), pledgetrack::xml::pugixml_parse_flags,
                              pugi::encoding_utf8))
        return 0;
    for (pugi::xml_node node : document.children())
        if (node.type() == pugi::node_doctype) return 0;
    const pugi::xml_node root = document.document_element();
    if (!root || has_known_difference(root)) return 0;

    const std::vector<schema::SchemaProblem> problems = ours.check(document);
    std::string theirs;
    const bool valid_for_libxml2 = libxml2_valid(bytes, theirs);
    if (problems.empty() == valid_for_libxml2) return 0;

    std::fprintf(
        stderr,
        "fuzz_schema: the schema checker and libxml2 disagree\n"
        "  ours:    %s%s\n"
        "  libxml2: %s%s\n",
        problems.empty() ? "valid" : "invalid: ", problems.empty() ? "" : problems.front().message.c_str(),
        valid_for_libxml2 ? "valid" : "invalid: ", valid_for_libxml2 ? "" : theirs.c_str());
    std::abort();
}
