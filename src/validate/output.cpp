#include "validate/output.hpp"

#include "diagnostics/rules.hpp"

#include <nlohmann/json.hpp>

namespace pledgetrack::validate {
namespace {

std::string counted(std::size_t count, std::string_view noun) {
    return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

}  // namespace

void write_diagnostics_text(std::ostream& out, const diagnostics::DiagnosticList& diagnostics) {
    for (const diagnostics::Diagnostic& d : diagnostics.all()) {
        out << d.at.file.str() << ':';
        if (d.at.line > 0) out << d.at.line << ':' << d.at.column << ':';
        out << ' ' << to_string(d.severity) << '[' << d.rule << "]: " << d.message << '\n';
    }
}

void write_summary_line(std::ostream& out, const diagnostics::DiagnosticList& diagnostics,
                        std::size_t file_count) {
    out << counted(diagnostics.error_count(), "error") << ", "
        << counted(diagnostics.warning_count(), "warning") << " in " << counted(file_count, "file")
        << '\n';
}

void write_diagnostics_json(std::ostream& out, const diagnostics::DiagnosticList& diagnostics,
                            std::size_t file_count) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const diagnostics::Diagnostic& d : diagnostics.all()) {
        list.push_back({{"file", d.at.file.str()},
                        {"line", d.at.line},
                        {"column", d.at.column},
                        {"severity", to_string(d.severity)},
                        {"rule", d.rule},
                        {"message", d.message}});
    }
    const nlohmann::ordered_json document{{"files", file_count},
                                          {"errors", diagnostics.error_count()},
                                          {"warnings", diagnostics.warning_count()},
                                          {"valid", !diagnostics.has_errors()},
                                          {"diagnostics", std::move(list)}};
    // Replace, not throw, if a message carries bytes that are not UTF-8.
    out << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

void write_rules_text(std::ostream& out) {
    for (const diagnostics::Rule& rule : diagnostics::all_rules()) {
        out << rule.id << " (" << to_string(rule.severity);
        if (rule.scope == diagnostics::Scope::reports) out << ", report definitions only";
        out << ")\n    " << rule.summary << "\n";
    }
}

void write_rules_json(std::ostream& out) {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const diagnostics::Rule& rule : diagnostics::all_rules())
        rules.push_back({{"id", rule.id},
                         {"severity", to_string(rule.severity)},
                         {"applies_to", rule.scope == diagnostics::Scope::pledges   ? "pledges"
                                        : rule.scope == diagnostics::Scope::reports ? "reports"
                                                                                    : "both"},
                         {"summary", rule.summary}});
    out << rules.dump(2) << '\n';
}

}  // namespace pledgetrack::validate
