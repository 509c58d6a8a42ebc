#pragma once

#include "diagnostics/diagnostic.hpp"
#include "model/partial_date.hpp"
#include "xml/xml_document.hpp"

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>

// Reading values out of a schema-valid document: the helpers both loaders share.
namespace pledgetrack::xml {

// An element's text, with whitespace runs collapsed (text may be wrapped over lines).
std::string text_of(pugi::xml_node element);

// An attribute of a token type (enumerations, xs:language, booleans): the schema ignores
// surrounding and repeated whitespace, so it is collapsed here too.
std::string token(pugi::xml_node element, const char* attribute);

// The first child element with this local name (any namespace prefix), or null.
pugi::xml_node child(pugi::xml_node element, std::string_view name);

// The first child element, whatever its name, or null.
pugi::xml_node first_child_element(pugi::xml_node element);

template <class Visit> void for_children(pugi::xml_node element, std::string_view name, Visit visit) {
    for (pugi::xml_node c : element.children())
        if (c.type() == pugi::node_element && local_name(c) == name) visit(c);
}

// A date written as text; reports invalid-date at `where` when the day does not exist.
std::optional<model::PartialDate> checked_date(std::string_view text, model::Location where,
                                               diagnostics::DiagnosticList& diagnostics);

// A date attribute, if present; reports invalid-date at the attribute.
std::optional<model::PartialDate> date_attribute(const XmlDocument& file, pugi::xml_node element,
                                                 const char* attribute, diagnostics::DiagnosticList& diagnostics);

}  // namespace pledgetrack::xml
