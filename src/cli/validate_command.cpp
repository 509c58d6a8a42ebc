#include "cli/commands.hpp"

#include "cli/keep_until_exit.hpp"
#include "cli/progress.hpp"
#include "io/input_files.hpp"
#include "validate/output.hpp"
#include "validate/validator.hpp"

#include <iostream>
#include <memory>

namespace pledgetrack::cli {
namespace {

struct ValidateArgs {
    std::vector<std::string> paths;
    std::string format = "text";
    bool strict = false;
    bool quiet = false;
    bool list_rules = false;
    std::uintmax_t max_file_size = io::default_max_file_size;
};

int run_validate(const ValidateArgs& args) {
    if (args.list_rules) {
        args.format == "json" ? validate::write_rules_json(std::cout) : validate::write_rules_text(std::cout);
        return exit_ok;
    }
    if (args.paths.empty()) {
        std::cerr << "pledgetrack validate: give at least one PATH (or --list-rules); see --help\n";
        return exit_usage;
    }
    validate::Options options;
    options.strict = args.strict;
    options.max_file_size = args.max_file_size;
    Progress progress("validating", args.quiet || args.format == "json");
    options.on_file = progress.callback();
    const validate::Result& result = keep_until_exit(validate::validate_paths(args.paths, options));

    if (args.format == "json") {
        validate::write_diagnostics_json(std::cout, result.diagnostics, result.file_count);
    } else {
        diagnostics::DiagnosticList shown = result.diagnostics;
        if (args.quiet) shown.drop_warnings();
        validate::write_diagnostics_text(std::cout, shown);
        if (!args.quiet) validate::write_summary_line(std::cout, result.diagnostics, result.file_count);
    }
    return result.valid() ? exit_ok : exit_invalid;
}

}  // namespace

Command add_validate_command(CLI::App& app) {
    auto args = std::make_shared<ValidateArgs>();
    CLI::App* command = app.add_subcommand("validate", "Check pledge XML files: structure and meaning");
    command->description(
        "Check pledge XML files: structure and meaning.\n\n"
        "Check pledge XML files against the schema (schemas/pledges.xsd, built in) and the\n"
        "rules of meaning: unique ids, resolvable references, real calendar dates, weekday\n"
        "and window checks, sources and due dates not before their meeting, alias collisions.\n"
        "Every problem is printed at once, sorted, one per line:\n"
        "  FILE:LINE:COL: error[RULE]: MESSAGE   (or warning[RULE])\n"
        "followed by a summary line. Structure is checked for every file first; the rules of\n"
        "meaning run once all files are structurally valid.");
    command->add_option("PATH", args->paths,
                        "Pledge files or directories (every *.xml below, sorted); '-' reads stdin");
    command->add_option("--format", args->format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    command->add_flag("--strict", args->strict, "Treat warnings as errors");
    command->add_flag("-q,--quiet", args->quiet, "Print errors only: no warnings, no summary line");
    command->add_flag("--list-rules", args->list_rules, "Describe every rule id and exit");
    command->add_option("--max-file-size", args->max_file_size,
                        "Refuse files larger than this (bytes; suffixes KB, MB, KiB, MiB... allowed)")
        ->transform(CLI::AsSizeValue(false))
        ->capture_default_str();
    command->footer(
        "\nExit status: 0 valid (warnings allowed unless --strict), 1 invalid, 2 usage or I/O error.\n"
        "\nExamples:\n"
        "  pledgetrack validate seeds/\n"
        "  pledgetrack validate --strict --format json seeds/ > problems.json\n"
        "  cat meeting.xml | pledgetrack validate -\n"
        "  pledgetrack validate --list-rules");
    return {command, [args] { return run_validate(*args); }};
}

}  // namespace pledgetrack::cli
