#include "cli/commands.hpp"

#include "cli/keep_until_exit.hpp"
#include "cli/progress.hpp"
#include "io/atomic_file.hpp"
#include "model/partial_date.hpp"
#include "report/generate.hpp"
#include "validate/output.hpp"
#include "validate/validator.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>

namespace pledgetrack::cli {
namespace {

struct ReportArgs {
    std::vector<std::string> paths;
    std::string output = "reports/commitments.xlsx";
    std::string format;
    std::string table;
    std::string from, to, as_of;
    std::vector<std::string> categories, items;
    int due_within = 90;
    bool quiet = false;
    std::uintmax_t max_file_size = io::default_max_file_size;
};

date::year_month_day parse_day_option(const std::string& name, const std::string& value) {
    auto day = model::parse_full_date(value);
    if (!day) throw report::RequestError(name + ": '" + value + "' is not a date of the form YYYY-MM-DD");
    return *day;
}

// The as-of day: --as-of, else the day of SOURCE_DATE_EPOCH (for reproducible builds),
// else today in UTC.
date::year_month_day resolve_as_of(const std::string& option) {
    if (!option.empty()) return parse_day_option("--as-of", option);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        char* end = nullptr;
        const long long seconds = std::strtoll(epoch, &end, 10);
        if (*end != '\0' || seconds < 0) throw report::RequestError("SOURCE_DATE_EPOCH must be a number of seconds");
        return date::year_month_day{date::floor<date::days>(date::sys_seconds{std::chrono::seconds{seconds}})};
    }
    return date::year_month_day{date::floor<date::days>(std::chrono::system_clock::now())};
}

report::Format resolve_format(const ReportArgs& args) {
    if (args.format == "xlsx") return report::Format::xlsx;
    if (args.format == "csv") return report::Format::csv;
    if (args.format == "json") return report::Format::json;
    return report::format_from_extension(args.output).value_or(report::Format::xlsx);
}

report::ReportRequest request_for(const ReportArgs& args) {
    const report::Format format = resolve_format(args);
    if (format == report::Format::xlsx && args.output == "-" && ::isatty(STDOUT_FILENO))
        throw report::RequestError("a workbook is binary: redirect standard output to a file, or use --format csv or json");
    report::ReportRequest request;
    request.inputs = args.paths;
    request.max_file_size = args.max_file_size;
    if (!args.from.empty()) request.from = parse_day_option("--from", args.from);
    if (!args.to.empty()) request.to = parse_day_option("--to", args.to);
    request.categories = args.categories;
    request.items = args.items;
    request.as_of = resolve_as_of(args.as_of);
    request.due_within = args.due_within;
    request.output = {format, args.output, args.table, 0};
    return request;
}

int run_report(const ReportArgs& args) {
    try {
        Progress progress("reading", args.quiet);
        report::ReportRequest request = request_for(args);
        request.on_file = progress.callback();
        const report::ReportOutcome& outcome = keep_until_exit(report::generate_report(request));
        const auto& diagnostics = outcome.validation.diagnostics;
        if (!outcome.written) {
            validate::write_diagnostics_text(std::cerr, diagnostics);
            std::cerr << "pledgetrack: invalid input; "
                      << (args.output == "-" ? "nothing written" : args.output + " left unchanged") << '\n';
            return exit_invalid;
        }
        if (args.quiet) return exit_ok;
        validate::write_diagnostics_text(std::cerr, diagnostics);  // warnings only, at this point
        for (const std::string& warning : outcome.warnings) std::cerr << "pledgetrack: warning: " << warning << '\n';
        if (args.output != "-") std::cerr << "pledgetrack: wrote " << args.output << '\n';
        return exit_ok;
    } catch (const report::RequestError& e) {
        std::cerr << "pledgetrack report: " << e.what() << '\n';
        return exit_usage;
    } catch (const io::WriteError& e) {
        std::cerr << "pledgetrack report: " << e.what() << "; the previous report is unchanged\n";
        return exit_usage;
    }
}

}  // namespace

Command add_report_command(CLI::App& app) {
    auto args = std::make_shared<ReportArgs>();
    CLI::App* command = app.add_subcommand("report", "Build the recurrence workbook (or CSV/JSON) from pledge files");
    command->description(
        "Build the recurrence workbook (or CSV/JSON) from pledge files.\n\n"
        "Validate pledge files and, if they are valid, write a report of which items recur\n"
        "across meetings, who raised them, what is due and what each source covers.\n"
        "Sheets: Overview (counts, top recurring items, chart of pledges per quarter),\n"
        "Recurrence (items x meetings), Pledges, Meetings, Items (status, evidence),\n"
        "Deadlines (as of --as-of), Coverage (what one side's readouts omit), Quarters,\n"
        "Provenance (inputs with SHA-256, options, version).\n"
        "The output is replaced atomically and only when the input is valid; the same inputs\n"
        "and options give a byte-identical file.");
    command->add_option("PATH", args->paths, "Pledge files or directories; '-' reads stdin")->required();
    command->add_option("-o,--output", args->output,
                        "Output file, '-' for stdout, or (CSV) a directory to get every table")
        ->capture_default_str();
    command->add_option("--format", args->format, "xlsx, csv or json (default: from the output's extension, else xlsx)")
        ->check(CLI::IsMember({"xlsx", "csv", "json"}));
    command->add_option("--table", args->table,
                        "Only this table, e.g. Pledges; for a workbook, a workbook of just that sheet\n"
                        "(Overview: with the Quarters sheet its chart plots)");
    command->add_option("--from", args->from, "Only meetings from this day (YYYY-MM-DD; a window counts from its start)");
    command->add_option("--to", args->to, "Only meetings up to this day (YYYY-MM-DD)");
    command->add_option("--category", args->categories, "Only items of this category id (repeatable)");
    command->add_option("--item", args->items, "Only this item id (repeatable)");
    command->add_option("--as-of", args->as_of,
                        "Judge deadlines on this day (YYYY-MM-DD; default: SOURCE_DATE_EPOCH's day, else today, UTC)");
    command->add_option("--due-within", args->due_within, "Days ahead that count as 'due soon'")
        ->check(CLI::Range(0, 36500))
        ->capture_default_str();
    command->add_flag("-q,--quiet", args->quiet, "No warnings or progress on stderr");
    command->add_option("--max-file-size", args->max_file_size, "Refuse input files larger than this")
        ->transform(CLI::AsSizeValue(false))
        ->capture_default_str();
    command->footer(
        "\nExit status: 0 report written, 1 invalid input (nothing written), 2 usage or I/O error.\n"
        "\nExamples:\n"
        "  pledgetrack report seeds/ -o reports/commitments.xlsx\n"
        "  pledgetrack report seeds/ --from 2024-01-01 --to 2024-12-31 --category railway -o rail-2024.xlsx\n"
        "  pledgetrack report seeds/ --format csv --table Pledges -o - | head\n"
        "  pledgetrack report seeds/ --table Recurrence -o recurrence.xlsx\n"
        "  pledgetrack report seeds/ --format csv -o tables/     # every table as tables/<name>.csv\n"
        "  pledgetrack report seeds/ --format json -o report.json");
    return {command, [args] { return run_report(*args); }};
}

}  // namespace pledgetrack::cli
