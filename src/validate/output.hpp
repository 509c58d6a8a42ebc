#pragma once

#include "diagnostics/diagnostic.hpp"

#include <ostream>

namespace pledgetrack::validate {

// One line per problem, `file:line:col: severity[rule]: message` (`file: ...` for
// problems with the file as a whole).
void write_diagnostics_text(std::ostream& out, const diagnostics::DiagnosticList& diagnostics);

// "2 errors, 1 warning in 26 files".
void write_summary_line(std::ostream& out, const diagnostics::DiagnosticList& diagnostics,
                        std::size_t file_count);

// A JSON object: {"files": N, "errors": N, "warnings": N, "valid": bool,
// "diagnostics": [{"file", "line", "column", "severity", "rule", "message"}, ...]}.
void write_diagnostics_json(std::ostream& out, const diagnostics::DiagnosticList& diagnostics,
                            std::size_t file_count);

// The rule catalog, as text or JSON.
void write_rules_text(std::ostream& out);
void write_rules_json(std::ostream& out);

}  // namespace pledgetrack::validate
