#include "cli/commands.hpp"
#include "cli/config_option.hpp"

#include "io/atomic_file.hpp"
#include "io/file_lock.hpp"
#include "schedule/regen.hpp"
#include "validate/output.hpp"

#include <iostream>
#include <memory>

namespace pledgetrack::cli {
namespace {

constexpr int exit_busy = 75;  // EX_TEMPFAIL: another regen holds the lock; try again later

struct RegenArgs {
    ConfigArgs config;
    bool force = false;
    bool dry_run = false;
    bool wait = false;
    bool quiet = false;
    std::string state;
};

void print(const schedule::RegenResult& result, bool quiet) {
    using schedule::Outcome;
    if (result.outcome == Outcome::failed) {
        validate::write_diagnostics_text(std::cerr, result.diagnostics);
        std::cerr << result.name << ": FAILED: " << result.reason << '\n';
        return;
    }
    if (quiet) return;
    for (const std::string& warning : result.warnings) std::cerr << result.name << ": warning: " << warning << '\n';
    switch (result.outcome) {
    case Outcome::fresh: std::cout << result.name << ": fresh, nothing written (" << result.output << ")\n"; break;
    case Outcome::rebuilt: std::cout << result.name << ": rebuilt " << result.output << " (" << result.reason << ")\n"; break;
    case Outcome::would_rebuild:
        std::cout << result.name << ": would rebuild " << result.output << " (" << result.reason << ")\n";
        break;
    case Outcome::failed: break;
    }
}

int run_regen(const RegenArgs& args) {
    const auto config = load_config(args.config);
    if (!config) return exit_usage;
    const auto now = resolve_now(args.config);
    if (!now) return exit_usage;

    schedule::RegenOptions options;
    options.names = args.config.names;
    options.force = args.force;
    options.dry_run = args.dry_run;
    options.now = *now;
    options.state_path = args.state.empty() ? schedule::default_state_path(*config) : std::filesystem::path(args.state);
    try {
        const auto lock = io::FileLock::acquire(schedule::lock_path(*config), args.wait);
        if (!lock) {
            std::cerr << "pledgetrack: another regen is running for " << args.config.config
                      << "; nothing done (use --wait to wait for it)\n";
            return exit_busy;
        }
        const schedule::RegenRun run = schedule::regenerate(*config, options);
        if (run.state_problem) std::cerr << "pledgetrack: warning: " << *run.state_problem << '\n';
        bool failed = false;
        for (const auto& result : run.results) {
            print(result, args.quiet);
            failed = failed || result.outcome == schedule::Outcome::failed;
        }
        return failed ? exit_invalid : exit_ok;
    } catch (const io::WriteError& e) {
        std::cerr << "pledgetrack: " << e.what() << '\n';
        return exit_usage;
    }
}

}  // namespace

Command add_regen_command(CLI::App& app) {
    auto args = std::make_shared<RegenArgs>();
    CLI::App* command = app.add_subcommand("regen", "Rebuild the configured reports whose inputs changed");
    command->description(
        "Rebuild the configured reports whose inputs changed.\n\n"
        "Rebuild the reports defined in a report definitions file (default reports/reports.xml),\n"
        "but only those that are stale: an input's content (SHA-256) changed, an input was added\n"
        "or removed, the resolved options changed (window, as-of day, filters, output path), the\n"
        "pledgetrack version changed, or the output is missing. Fresh reports are not touched.\n"
        "A state file beside the definitions (.pledgetrack-state.json) remembers each build; an\n"
        "unreadable state file is reported and rebuilt. Reports and state are replaced atomically,\n"
        "so an error or a crash leaves the previous good files. A report with invalid inputs\n"
        "fails alone; the others still run. One regen at a time per definitions file (a lock\n"
        "file beside it); a second one exits 75, or waits with --wait.");
    add_config_options(*command, args->config);
    command->add_flag("--force", args->force, "Rebuild even if nothing changed");
    command->add_flag("-n,--dry-run", args->dry_run, "Say what would be rebuilt and why; write nothing");
    command->add_flag("--wait", args->wait, "Wait for a running regen instead of exiting 75");
    command->add_option("--state", args->state, "State file (default: .pledgetrack-state.json beside the config)");
    command->add_flag("-q,--quiet", args->quiet, "Print only failures");
    command->footer(
        "\nOutput: one line per report: 'NAME: rebuilt PATH (reason)', 'NAME: fresh, nothing written',\n"
        "'NAME: would rebuild PATH (reason)' (--dry-run) or 'NAME: FAILED: reason' (stderr).\n"
        "\nExit status: 0 every report fresh or rebuilt, 1 some report failed, 2 usage or\n"
        "definitions error, 75 another regen is running (without --wait).\n"
        "\nExamples:\n"
        "  pledgetrack regen                          # every report in reports/reports.xml\n"
        "  pledgetrack regen --dry-run\n"
        "  pledgetrack regen --config team/reports.xml --force seed-commitments");
    return {command, [args] { return run_regen(*args); }};
}

}  // namespace pledgetrack::cli
