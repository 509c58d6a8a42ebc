#pragma once

#include "diagnostics/diagnostic.hpp"
#include "model/location.hpp"
#include "text/line_index.hpp"
#include "xml/schema/schema.hpp"
#include "xml/syntax_check.hpp"

#include <pugixml.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pledgetrack::xml {

// How pledge files are parsed. Whitespace-only text is kept: the schema check must see it
// where XSD does (an empty element holds none; text beside a comment or CDATA keeps its
// spaces). Line ends are normalised as XML says (written CR LF and CR become LF, while a
// character reference stays what it names); pugixml does so within each value, so node
// offsets still match the bytes of the file.
inline constexpr unsigned pugixml_parse_flags = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata;

// An XML file that passed every structural check: UTF-8, well-formed, no DOCTYPE, valid
// against a schema (schemas/pledges.xsd for pledge files, schemas/reports.xsd for report
// definitions). It keeps its text so that any node or attribute can be located for a
// diagnostic.
class XmlDocument {
public:
    // Runs the structural checks in order and reports what fails; returns nullptr
    // when the file cannot be loaded. libxml2's strict well-formedness check, the
    // slowest, runs on a second thread for large files; meanwhile pugixml parses, the
    // schema is checked and `while_checking`, if given, reads the valid document. What it
    // made must be discarded when open returns nullptr, since the document may then not
    // be well-formed.
    static std::unique_ptr<XmlDocument> open(std::string name, std::string bytes,
                                            const schema::Schema& schema,
                                            diagnostics::DiagnosticList& diagnostics,
                                            const std::function<void(const XmlDocument&)>& while_checking = {});

    XmlDocument(const XmlDocument&) = delete;
    XmlDocument& operator=(const XmlDocument&) = delete;

    const std::string& name() const { return name_.str(); }
    pugi::xml_node root() const { return document_.document_element(); }

    // Position of an element's '<', or of one of its attributes (the element's when the
    // attribute is absent).
    model::Location location_of(pugi::xml_node element) const;
    model::Location location_of(pugi::xml_node element, std::string_view attribute) const;
    model::Location location_at(std::size_t offset) const;

private:
    XmlDocument(std::string name, std::string bytes);
    bool parse(const schema::Schema& schema, diagnostics::DiagnosticList& diagnostics,
               const std::function<void(const XmlDocument&)>& while_checking);
    void report(const std::vector<SyntaxProblem>& problems, diagnostics::DiagnosticList& diagnostics) const;
    void report(const std::vector<schema::SchemaProblem>& problems, diagnostics::DiagnosticList& diagnostics) const;

    model::FileName name_;
    std::string bytes_;
    text::LineIndex lines_;
    pugi::xml_document document_;
};

// Local name of an element, without a namespace prefix.
std::string_view local_name(pugi::xml_node element);

}  // namespace pledgetrack::xml
