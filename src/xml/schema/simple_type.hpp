#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xml/schema/pattern.hpp"

namespace pledgetrack::xml::schema {

// The value space a simple type builds on: what the lexical form must look like before
// any facet applies.
enum class Primitive { string, boolean, decimal, integer, any_uri };

// XSD's whiteSpace facet: how a value is normalised before it is checked.
enum class Whitespace { preserve, collapse };

// A simple type of XML Schema as compiled from an XSD: an atomic type with its facets,
// a list of an item type, or a union of member types.
struct SimpleType {
    enum class Variety { atomic, list, union_of };

    std::string name;           // "Id", "xs:boolean"; empty for an anonymous type
    std::string documentation;  // the type's xs:documentation, used in messages
    Variety variety = Variety::atomic;
    Primitive primitive = Primitive::string;
    Whitespace whitespace = Whitespace::preserve;
    // A value must match one pattern of every derivation step that has patterns.
    struct PatternStep {
        std::vector<std::shared_ptr<const Pattern>> patterns;
        std::string expected;  // for messages: "a valid Id (lower-case letters, ...)"
    };
    std::vector<PatternStep> pattern_steps;
    std::vector<std::string> enumeration;   // empty: no enumeration facet
    std::optional<std::size_t> min_length;  // characters, or items of a list
    std::optional<std::size_t> max_length;
    std::optional<std::string> min_inclusive;  // decimal numbers, as written in the XSD
    std::optional<std::string> max_inclusive;
    const SimpleType* item = nullptr;        // list
    std::vector<const SimpleType*> members;  // union

    // What is wrong with `value` (text or an attribute's value, as parsed), or nothing
    // when it is valid. The message quotes the value and says what was expected.
    std::optional<std::string> problem_with(std::string_view value) const;

    // A few words naming the type for messages: its name and documentation, else its
    // enumeration, else "a value".
    std::string description() const;
};

// Sign and digits of a decimal number in XSD's lexical form, or nothing if it is not
// one. Exact: no rounding through floating point.
struct Decimal {
    bool negative = false;
    std::string integer_digits;   // no leading zeros; empty for zero
    std::string fraction_digits;  // no trailing zeros
};
std::optional<Decimal> parse_decimal(std::string_view text);
int compare(const Decimal& a, const Decimal& b);  // <0, 0, >0

}  // namespace pledgetrack::xml::schema
