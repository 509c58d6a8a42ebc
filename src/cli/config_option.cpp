#include "cli/config_option.hpp"

#include "io/input_files.hpp"
#include "schedule/state.hpp"
#include "validate/output.hpp"
#include "xml/config_loader.hpp"

#include <chrono>
#include <iostream>

namespace pledgetrack::cli {

void add_config_options(CLI::App& command, ConfigArgs& args) {
    command.add_option("-c,--config", args.config, "Report definitions file (schemas/reports.xsd)")->capture_default_str();
    command.add_option("NAME", args.names, "Only these reports (default: all in the file)");
    command.add_option("--now", args.now,
                       "Act as if it were this UTC time, e.g. 2025-03-30T00:00:00Z (for checks and what-ifs)");
}

std::optional<schedule::ReportConfig> load_config(const ConfigArgs& args) {
    diagnostics::DiagnosticList diagnostics;
    std::optional<schedule::ReportConfig> config;
    try {
        config = xml::load_report_config(args.config, diagnostics);
    } catch (const io::MissingInput& e) {
        std::cerr << "pledgetrack: " << e.what() << '\n';
        return std::nullopt;
    }
    validate::write_diagnostics_text(std::cerr, diagnostics);
    if (!config) {
        std::cerr << "pledgetrack: " << args.config << " is not a valid report definitions file\n";
        return std::nullopt;
    }
    for (const std::string& name : args.names) {
        if (!config->find(name)) {
            std::cerr << "pledgetrack: " << args.config << " defines no report named '" << name << "'\n";
            return std::nullopt;
        }
    }
    return config;
}

std::optional<date::sys_seconds> resolve_now(const ConfigArgs& args) {
    if (args.now.empty()) return date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    auto parsed = schedule::parse_iso_utc(args.now);
    if (!parsed) std::cerr << "pledgetrack: --now: '" << args.now << "' is not of the form YYYY-MM-DDTHH:MM:SSZ\n";
    return parsed;
}

}  // namespace pledgetrack::cli
