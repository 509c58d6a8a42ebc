#include "schedule/regen.hpp"

#include "io/atomic_file.hpp"
#include "io/input_files.hpp"
#include "io/sha256.hpp"
#include "report/generate.hpp"
#include "schedule/run_plan.hpp"
#include "schedule/state.hpp"
#include "version.hpp"

#include <nlohmann/json.hpp>

namespace pledgetrack::schedule {
namespace {

namespace fs = std::filesystem;

// The resolved options that decide a report's content, as one comparable string.
std::string options_key(const report::ReportRequest& request) {
    nlohmann::ordered_json key{{"format", request.output.format == report::Format::json ? "json" : "xlsx"},
                               {"output", request.output.path}};
    for (const auto& [name, value] : report::describe(request)) key[name] = value;
    return key.dump();
}

// SHA-256 of every input file, or nullopt after reporting why they cannot all be read.
std::optional<std::map<std::string, std::string>> fingerprint(const report::ReportRequest& request,
                                                              diagnostics::DiagnosticList& diagnostics) {
    std::map<std::string, std::string> hashes;
    for (const io::InputFile& input : io::expand_inputs(request.inputs, diagnostics)) {
        std::optional<std::string> bytes = io::read_input(input, request.max_file_size, diagnostics);
        if (bytes) hashes[input.name] = io::sha256_hex(*bytes);
    }
    if (diagnostics.has_errors()) return std::nullopt;
    return hashes;
}

std::string describe_input_changes(const std::map<std::string, std::string>& before,
                                   const std::map<std::string, std::string>& now) {
    std::vector<std::string> changes;
    for (const auto& [name, hash] : now) {
        auto old = before.find(name);
        if (old == before.end()) changes.push_back("added " + name);
        else if (old->second != hash) changes.push_back("changed " + name);
    }
    for (const auto& [name, hash] : before)
        if (!now.contains(name)) changes.push_back("removed " + name);
    std::string text = "inputs changed: ";
    for (std::size_t i = 0; i < changes.size() && i < 3; ++i) text += (i ? ", " : "") + changes[i];
    if (changes.size() > 3) text += " and " + std::to_string(changes.size() - 3) + " more";
    return text;
}

// Why the report must be rebuilt, or nullopt when it is fresh.
std::optional<std::string> staleness(const ReportState* previous, const report::ReportRequest& request,
                                     const std::string& key, const std::map<std::string, std::string>& inputs,
                                     bool force) {
    if (force) return "--force";
    if (!previous) return "no previous build";
    if (previous->tool_version != version) return "pledgetrack version changed (" + previous->tool_version + " -> " + version + ")";
    if (previous->options != key) return "options changed (window, as-of day, filters or output)";
    if (!fs::exists(request.output.path)) return "output " + request.output.path + " is missing";
    if (previous->inputs != inputs) return describe_input_changes(previous->inputs, inputs);
    return std::nullopt;
}

class Regenerator {
public:
    Regenerator(const ReportConfig& config, const RegenOptions& options) : config_(config), options_(options) {
        LoadedState loaded = load_state(options.state_path);
        state_ = std::move(loaded.state);
        run_.state_problem = std::move(loaded.problem);
    }

    RegenRun run() {
        for (const ReportDefinition& definition : config_.reports) {
            if (!options_.names.empty() &&
                std::find(options_.names.begin(), options_.names.end(), definition.name) == options_.names.end())
                continue;
            run_.results.push_back(regenerate_one(definition));
        }
        return std::move(run_);
    }

private:
    RegenResult regenerate_one(const ReportDefinition& definition) {
        RegenResult result;
        result.name = definition.name;
        const report::ReportRequest request = plan_run(config_, definition, options_.now);
        result.output = request.output.path;
        try {
            const auto inputs = fingerprint(request, result.diagnostics);
            if (!inputs) return failed(std::move(result), "inputs cannot be read");
            const std::string key = options_key(request);
            auto found = state_.reports.find(definition.name);
            const ReportState* previous = found == state_.reports.end() ? nullptr : &found->second;
            const auto reason = staleness(previous, request, key, *inputs, options_.force);
            if (!reason) {
                result.outcome = Outcome::fresh;
                if (!options_.dry_run) record(definition.name, previous->inputs, key, request, false);
                return result;
            }
            result.reason = *reason;
            if (options_.dry_run) {
                result.outcome = Outcome::would_rebuild;
                return result;
            }
            report::ReportOutcome built = report::generate_report(request);
            result.diagnostics = std::move(built.validation.diagnostics);
            if (!built.written) return failed(std::move(result), "invalid input; previous output left unchanged");
            result.warnings = std::move(built.warnings);
            std::map<std::string, std::string> used;
            for (const io::InputRecord& input : built.validation.inputs) used[input.name] = input.sha256;
            record(definition.name, used, key, request, true);
            result.outcome = Outcome::rebuilt;
            return result;
        } catch (const io::MissingInput& e) {
            return failed(std::move(result), std::string("input missing: ") + e.what());
        } catch (const report::RequestError& e) {
            return failed(std::move(result), e.what());
        } catch (const io::WriteError& e) {
            return failed(std::move(result), std::string(e.what()) + "; previous output left unchanged");
        }
    }

    static RegenResult failed(RegenResult result, std::string reason) {
        result.outcome = Outcome::failed;
        result.reason = std::move(reason);
        return result;
    }

    void record(const std::string& name, const std::map<std::string, std::string>& inputs, const std::string& key,
                const report::ReportRequest& request, bool built) {
        ReportState& entry = state_.reports[name];
        entry.output = request.output.path;
        entry.options = key;
        entry.tool_version = version;
        entry.inputs = inputs;
        if (built || entry.built_at.empty()) entry.built_at = iso_utc(options_.now);
        entry.last_success = iso_utc(options_.now);
        save_state(options_.state_path, state_);
    }

    const ReportConfig& config_;
    const RegenOptions& options_;
    RegenState state_;
    RegenRun run_;
};

}  // namespace

fs::path default_state_path(const ReportConfig& config) { return config.base_dir / ".pledgetrack-state.json"; }

fs::path lock_path(const ReportConfig& config) { return config.base_dir / ".pledgetrack-regen.lock"; }

std::string_view to_string(Outcome outcome) {
    switch (outcome) {
    case Outcome::fresh: return "fresh";
    case Outcome::rebuilt: return "rebuilt";
    case Outcome::would_rebuild: return "would rebuild";
    case Outcome::failed: return "FAILED";
    }
    return "?";
}

RegenRun regenerate(const ReportConfig& config, const RegenOptions& options) {
    return Regenerator(config, options).run();
}

}  // namespace pledgetrack::schedule
