#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pledgetrack::xml {

// One problem found by libxml2 while parsing or validating a file against the XSD.
struct XmlProblem {
    enum class Kind { syntax, schema } kind;
    unsigned line = 0;    // as libxml2 reports it, 0 if unknown
    unsigned column = 0;  // 0 if unknown
    // For schema problems: the offending element as its index in document order, and the
    // attribute the message is about, if any, so callers can point at the exact place.
    std::optional<std::size_t> element_index{};
    std::string attribute{};
    std::string message{};
};

// Validates documents against one XML Schema with libxml2, never touching the network or
// the file system: no DTD loading, no entity substitution, no XInclude.
class SchemaValidator {
public:
    // Throws std::runtime_error if the schema itself does not compile.
    explicit SchemaValidator(std::string_view xsd);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator&) = delete;
    SchemaValidator& operator=(const SchemaValidator&) = delete;

    // Problems in document order; empty when the document is well-formed and valid.
    std::vector<XmlProblem> check(std::string_view document, const std::string& name) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> compiled_;
};

}  // namespace pledgetrack::xml
