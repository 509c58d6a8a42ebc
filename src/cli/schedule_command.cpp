#include "cli/commands.hpp"
#include "cli/config_option.hpp"

#include "io/atomic_file.hpp"
#include "model/partial_date.hpp"
#include "schedule/cadence.hpp"
#include "schedule/emit.hpp"
#include "schedule/regen.hpp"
#include "schedule/state.hpp"

#include <filesystem>
#include <iostream>
#include <memory>

namespace pledgetrack::cli {
namespace {

namespace fs = std::filesystem;

struct ScheduleArgs {
    ConfigArgs config;
    std::size_t next = 5;
    std::string emit;
    std::string output_dir;
    std::string binary;
    std::string state;
    bool due = false;
    bool quiet = false;
};

std::string describe(const schedule::Cadence& cadence) {
    std::string when;
    switch (cadence.kind) {
    case schedule::Cadence::Kind::daily: when = "daily"; break;
    case schedule::Cadence::Kind::weekly:
        when = "weekly on";
        for (date::weekday day : cadence.weekdays) when += " " + model::weekday_name(day);
        break;
    case schedule::Cadence::Kind::monthly: when = "monthly on day " + std::to_string(cadence.day_of_month); break;
    case schedule::Cadence::Kind::quarterly:
        when = "quarterly (Jan, Apr, Jul, Oct) on day " + std::to_string(cadence.day_of_month);
        break;
    }
    return when + " at " + schedule::local_time_text(cadence) + " " + cadence.time_zone;
}

fs::path running_binary(const ScheduleArgs& args) {
    if (!args.binary.empty()) return fs::absolute(args.binary);
    std::error_code error;
    fs::path self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path("pledgetrack") : self;
}

std::vector<const schedule::ReportDefinition*> selected(const schedule::ReportConfig& config,
                                                        const std::vector<std::string>& names) {
    std::vector<const schedule::ReportDefinition*> reports;
    for (const auto& report : config.reports)
        if (names.empty() || std::find(names.begin(), names.end(), report.name) != names.end()) reports.push_back(&report);
    return reports;
}

int print_next(const std::vector<const schedule::ReportDefinition*>& reports, date::sys_seconds now, std::size_t count) {
    for (const auto* report : reports) {
        std::cout << report->name << ": " << describe(report->cadence) << '\n';
        for (date::sys_seconds run : schedule::next_runs(report->cadence, now, count))
            std::cout << "  " << schedule::format_local(report->cadence.time_zone, run) << "  =  "
                      << schedule::format_utc(run) << '\n';
    }
    return exit_ok;
}

int print_due(const schedule::ReportConfig& config, const std::vector<const schedule::ReportDefinition*>& reports,
              const ScheduleArgs& args, date::sys_seconds now) {
    const auto loaded = schedule::load_state(args.state.empty() ? schedule::default_state_path(config) : fs::path(args.state));
    if (loaded.problem) std::cerr << "pledgetrack: warning: " << *loaded.problem << '\n';
    for (const auto* report : reports) {
        const auto scheduled = schedule::last_run_at_or_before(report->cadence, now);
        auto found = loaded.state.reports.find(report->name);
        std::optional<date::sys_seconds> success;
        if (found != loaded.state.reports.end()) success = schedule::parse_iso_utc(found->second.last_success);
        const bool due = scheduled && (!success || *success < *scheduled);
        if (args.quiet) {
            if (due) std::cout << report->name << '\n';
            continue;
        }
        std::cout << report->name << ": " << (due ? "due" : "up to date") << " (last scheduled run "
                  << (scheduled ? schedule::format_local(report->cadence.time_zone, *scheduled) : "none") << ", last success "
                  << (success ? schedule::format_utc(*success) : "never") << ")\n";
    }
    return exit_ok;
}

int emit(const schedule::ReportConfig& config, const std::vector<const schedule::ReportDefinition*>& reports,
         const ScheduleArgs& args) {
    const fs::path binary = running_binary(args);
    const fs::path definitions = fs::absolute(config.path).lexically_normal();
    for (const auto* report : reports) {
        if (args.emit == "cron") {
            std::cout << schedule::crontab_lines(*report, binary, definitions);
            continue;
        }
        for (const auto& unit : schedule::systemd_units(*report, binary, definitions)) {
            if (args.output_dir.empty()) {
                std::cout << "# " << unit.name << '\n' << unit.content << '\n';
            } else {
                io::write_file_atomically(fs::path(args.output_dir) / unit.name, unit.content);
                if (!args.quiet) std::cerr << "pledgetrack: wrote " << (fs::path(args.output_dir) / unit.name).string() << '\n';
            }
        }
    }
    return exit_ok;
}

int run_schedule(const ScheduleArgs& args) {
    const auto config = load_config(args.config);
    if (!config) return exit_usage;
    const auto now = resolve_now(args.config);
    if (!now) return exit_usage;
    const auto reports = selected(*config, args.config.names);
    try {
        if (!args.emit.empty()) return emit(*config, reports, args);
        if (args.due) return print_due(*config, reports, args, *now);
        return print_next(reports, *now, args.next);
    } catch (const io::WriteError& e) {
        std::cerr << "pledgetrack: " << e.what() << '\n';
        return exit_usage;
    }
}

}  // namespace

Command add_schedule_command(CLI::App& app) {
    auto args = std::make_shared<ScheduleArgs>();
    CLI::App* command = app.add_subcommand("schedule", "Show when reports are due; emit systemd timers or crontab lines");
    command->description(
        "Show when reports are due; emit systemd timers or crontab lines.\n\n"
        "Show the next run times of each report definition, in its time zone and in UTC, or\n"
        "emit what runs `pledgetrack regen` on time. Run times follow the tz database as systemd\n"
        "timers do: a local time skipped by a daylight-saving change has no run that day, a\n"
        "repeated local time runs once (its first occurrence), and a monthly day past a month's\n"
        "end runs on that month's last day. (cron implementations differ on skipped times:\n"
        "many run such jobs right after the change.)");
    add_config_options(*command, args->config);
    command->add_option("--next", args->next, "How many upcoming runs to show")->check(CLI::Range(1, 1000))->capture_default_str();
    command->add_option("--emit", args->emit, "Print a systemd .service + .timer pair, or crontab lines, per report")
        ->check(CLI::IsMember({"systemd", "cron"}));
    command->add_option("--output-dir", args->output_dir, "With --emit systemd: write the unit files into this directory");
    command->add_option("--binary", args->binary, "pledgetrack path the units run (default: this program)");
    command->add_flag("--due", args->due,
                      "Tell, per report, whether a scheduled run was missed since its last success");
    command->add_option("--state", args->state, "State file (default: .pledgetrack-state.json beside the config)");
    command->add_flag("-q,--quiet", args->quiet, "With --due: print only the names of due reports");
    command->footer(
        "\nExit status: 0 success, 2 usage or definitions error.\n"
        "\nExamples:\n"
        "  pledgetrack schedule --next 10\n"
        "  pledgetrack schedule --emit systemd --output-dir ~/.config/systemd/user\n"
        "  pledgetrack schedule --emit cron >> my-crontab\n"
        "  # without systemd or cron: a loop that catches up on missed runs\n"
        "  while sleep 600; do pledgetrack schedule --due --quiet | xargs -r pledgetrack regen; done");
    return {command, [args] { return run_schedule(*args); }};
}

}  // namespace pledgetrack::cli
