#pragma once

#include "model/location.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pledgetrack::diagnostics {

enum class Severity { error, warning };

struct Diagnostic {
    model::Location at;
    Severity severity;
    std::string rule;
    std::string message;
};

std::string_view to_string(Severity severity);

// Collects problems as they are found; severity comes from the rule catalog (rules.hpp).
class DiagnosticList {
public:
    void report(std::string_view rule, model::Location at, std::string message);
    // Takes over every problem of another list.
    void append(DiagnosticList&& other);

    // Warnings become errors (--strict).
    void promote_warnings();
    void drop_warnings();
    // Orders by file, line, column, then rule, and drops exact repeats.
    void sort();

    const std::vector<Diagnostic>& all() const { return items_; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }
    // True if an error was reported against the given file.
    bool file_has_error(std::string_view file) const;

private:
    std::vector<Diagnostic> items_;
};

}  // namespace pledgetrack::diagnostics
