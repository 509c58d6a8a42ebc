#include "xml/node_reading.hpp"

#include "diagnostics/rules.hpp"
#include "text/whitespace.hpp"
#include "xml/text_content.hpp"

namespace pledgetrack::xml {

std::string text_of(pugi::xml_node element) {
    std::string storage;
    return text::collapse_whitespace(text_content(element, storage));
}

std::string token(pugi::xml_node element, const char* attribute) {
    return text::collapse_whitespace(element.attribute(attribute).value());
}

pugi::xml_node child(pugi::xml_node element, std::string_view name) {
    for (pugi::xml_node c : element.children())
        if (c.type() == pugi::node_element && local_name(c) == name) return c;
    return {};
}

pugi::xml_node first_child_element(pugi::xml_node element) {
    for (pugi::xml_node c : element.children())
        if (c.type() == pugi::node_element) return c;
    return {};
}

std::optional<model::PartialDate> checked_date(std::string_view text, model::Location where,
                                               diagnostics::DiagnosticList& diagnostics) {
    auto parsed = model::PartialDate::parse(text);
    if (!parsed)
        diagnostics.report(diagnostics::rule::invalid_date, std::move(where),
                           "'" + std::string(text) + "' is not a real calendar date");
    return parsed;
}

std::optional<model::PartialDate> date_attribute(const XmlDocument& file, pugi::xml_node element,
                                                 const char* attribute, diagnostics::DiagnosticList& diagnostics) {
    if (!element.attribute(attribute)) return std::nullopt;
    return checked_date(token(element, attribute), file.location_of(element, attribute), diagnostics);
}

}  // namespace pledgetrack::xml
