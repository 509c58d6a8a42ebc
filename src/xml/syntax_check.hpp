#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pledgetrack::xml {

// One way a document is not well-formed XML, as libxml2 reports it.
struct SyntaxProblem {
    unsigned line = 0;    // 0 if unknown
    unsigned column = 0;  // 0 if unknown
    std::string message{};
};

// Checks that `document` is well-formed, namespace-well-formed XML with libxml2's strict
// parser, which refuses much that pugixml lets through (undeclared prefixes, repeated
// attributes, unknown entities, text after the root, ...). Nothing is built and nothing
// is fetched: no DTD loading, no entity substitution, no XInclude; a DOCTYPE stops the
// parse, since such files are refused anyway. Problems in document order; empty when the
// document is well-formed.
std::vector<SyntaxProblem> find_syntax_problems(std::string_view document, const std::string& name);

}  // namespace pledgetrack::xml
