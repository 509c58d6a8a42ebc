#pragma once

#include "diagnostics/diagnostic.hpp"
#include "model/location.hpp"
#include "text/line_index.hpp"
#include "xml/schema_validator.hpp"

#include <pugixml.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace pledgetrack::xml {

// A pledge file that passed every structural check: UTF-8, well-formed, no DOCTYPE,
// valid against schemas/pledges.xsd. It keeps its text so that any node or attribute
// can be located for a diagnostic.
class PledgeFile {
public:
    // Runs the structural checks in order and reports what fails; returns nullptr
    // when the file cannot be loaded.
    static std::unique_ptr<PledgeFile> open(std::string name, std::string bytes,
                                            const SchemaValidator& schema,
                                            diagnostics::DiagnosticList& diagnostics);

    PledgeFile(const PledgeFile&) = delete;
    PledgeFile& operator=(const PledgeFile&) = delete;

    const std::string& name() const { return name_; }
    pugi::xml_node root() const { return document_.document_element(); }

    // Position of an element's '<', or of one of its attributes (the element's when the
    // attribute is absent).
    model::Location location_of(pugi::xml_node element) const;
    model::Location location_of(pugi::xml_node element, std::string_view attribute) const;
    model::Location location_at(std::size_t offset) const;

private:
    PledgeFile(std::string name, std::string bytes);
    bool parse(const SchemaValidator& schema, diagnostics::DiagnosticList& diagnostics);

    std::string name_;
    std::string bytes_;
    text::LineIndex lines_;
    pugi::xml_document document_;
};

// Local name of an element, without a namespace prefix.
std::string_view local_name(pugi::xml_node element);

}  // namespace pledgetrack::xml
