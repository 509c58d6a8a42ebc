#include "diagnostics/diagnostic.hpp"

#include "diagnostics/rules.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace pledgetrack::diagnostics {

std::string_view to_string(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

void DiagnosticList::report(std::string_view rule, model::Location at, std::string message) {
    const Rule& known = find_rule(rule);
    items_.push_back({std::move(at), known.severity, std::string(known.id), std::move(message)});
}

void DiagnosticList::append(DiagnosticList&& other) {
    items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                  std::make_move_iterator(other.items_.end()));
    other.items_.clear();
}

void DiagnosticList::promote_warnings() {
    for (Diagnostic& diagnostic : items_) diagnostic.severity = Severity::error;
}

void DiagnosticList::drop_warnings() {
    std::erase_if(items_, [](const Diagnostic& d) { return d.severity == Severity::warning; });
}

void DiagnosticList::sort() {
    auto key = [](const Diagnostic& d) { return std::tie(d.at, d.rule, d.message, d.severity); };
    std::sort(items_.begin(), items_.end(),
              [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    items_.erase(std::unique(items_.begin(), items_.end(),
                             [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
                 items_.end());
}

std::size_t DiagnosticList::error_count() const {
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t DiagnosticList::warning_count() const { return items_.size() - error_count(); }

bool DiagnosticList::file_has_error(std::string_view file) const {
    return std::any_of(items_.begin(), items_.end(), [&](const Diagnostic& d) {
        return d.severity == Severity::error && d.at.file.str() == file;
    });
}

}  // namespace pledgetrack::diagnostics
