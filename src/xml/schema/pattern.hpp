#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace pledgetrack::xml::schema {

// An XML Schema pattern facet, matched against a whole value. XSD regular expressions
// are translated to PCRE2 (JIT-compiled) once, when the schema is compiled.
//
// Supported: literals, '.', character classes with ranges and negation, groups,
// alternation, the quantifiers ? * + {n} {n,} {n,m}, and the escapes \s \S \d \n \r \t
// and \ before a metacharacter. \s and \S differ from PCRE2's only on form feed and
// vertical tab, which XML 1.0 text cannot hold. The rest (\i \c \w \p{..}, class
// subtraction) is refused with std::invalid_argument.
class Pattern {
public:
    explicit Pattern(std::string xsd_expression);
    ~Pattern();
    Pattern(Pattern&&) noexcept;
    Pattern& operator=(Pattern&&) noexcept;

    // `value` must be valid UTF-8 (pledge files are checked for it before parsing).
    // Throws std::runtime_error if PCRE2 gives up (a resource limit), which a value no
    // longer than a pledge file cannot reach with the schema's own patterns.
    bool matches(std::string_view value) const;

    const std::string& expression() const { return expression_; }

private:
    struct Compiled;
    std::string expression_;
    std::unique_ptr<Compiled> compiled_;
};

// The PCRE2 form of an XSD regular expression, anchored at both ends.
std::string translate_to_pcre2(std::string_view xsd_expression);

}  // namespace pledgetrack::xml::schema
