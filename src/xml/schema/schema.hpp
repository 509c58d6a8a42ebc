#pragma once

#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pledgetrack::xml::schema {

// One way a document breaks the schema: the node at fault (an element, or the text
// inside one), the attribute the message is about if any, and what is wrong.
struct SchemaProblem {
    pugi::xml_node node;
    std::string attribute;
    std::string message;
};

struct CompiledSchema;

// An XML Schema compiled for checking parsed documents quickly: content models become
// deterministic automata over element names, patterns are JIT-compiled.
//
// It understands the part of XSD 1.0 that pledgetrack's schemas use: global and local
// element declarations with named or anonymous types; complex types with attributes and
// empty, simple (xs:simpleContent extension) or element-only content made of xs:sequence,
// xs:choice and xs:element with minOccurs 0 or 1 and maxOccurs 1 or unbounded; simple
// types by restriction (enumeration, pattern, minLength, maxLength, minInclusive,
// maxInclusive), xs:list and xs:union over xs:string, xs:token, xs:language,
// xs:boolean, xs:anyURI, xs:decimal, xs:integer, xs:nonNegativeInteger and
// xs:positiveInteger; elementFormDefault and attributeFormDefault. Anything else in the
// XSD is refused when it is compiled, so the schema never means more than is checked.
//
// Where a document is checked differently from XSD: xsi:type and xsi:nil are refused like
// any other unknown attribute. tests/fuzz/fuzz_schema.cpp compares the checker with
// libxml2's XSD validator on fuzzed documents.
class Schema {
public:
    // Throws std::invalid_argument naming what the XSD uses that is not understood.
    explicit Schema(std::string_view xsd);
    ~Schema();
    Schema(const Schema&) = delete;
    Schema& operator=(const Schema&) = delete;

    // Problems in document order; empty when the document is valid. The document must
    // be well-formed XML with its namespace prefixes declared.
    std::vector<SchemaProblem> check(const pugi::xml_document& document) const;

private:
    std::unique_ptr<CompiledSchema> model_;
};

}  // namespace pledgetrack::xml::schema
