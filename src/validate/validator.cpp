#include "validate/validator.hpp"

#include "io/sha256.hpp"
#include "validate/ordered_parallel.hpp"
#include "validate/semantic_checks.hpp"
#include "xml/loader.hpp"
#include "xml/xml_document.hpp"

#include <optional>
#include <string_view>

namespace pledgetrack::embedded {
extern const std::string_view pledges_xsd;
}

namespace pledgetrack::validate {

// What checking one file gives, before it joins the data set. Files are checked apart
// from each other, so that several can be checked at once.
struct FileOutcome {
    std::optional<io::InputRecord> input;  // none when the file could not be read
    model::Dataset dataset;
    diagnostics::DiagnosticList diagnostics;
    bool structure_ok = false;
};

namespace {

const xml::schema::Schema& pledge_schema() {
    static const xml::schema::Schema schema(embedded::pledges_xsd);
    return schema;
}

FileOutcome check_file(std::string name, std::string bytes) {
    FileOutcome outcome;
    outcome.input = io::InputRecord{name, io::sha256_hex(bytes), bytes.size()};
    diagnostics::DiagnosticList load_problems;
    const auto load = [&](const xml::XmlDocument& file) { outcome.dataset = xml::load_dataset(file, load_problems); };
    outcome.structure_ok =
        xml::XmlDocument::open(std::move(name), std::move(bytes), pledge_schema(), outcome.diagnostics, load) != nullptr;
    if (outcome.structure_ok) outcome.diagnostics.append(std::move(load_problems));
    return outcome;
}

}  // namespace

void Validation::add(std::string name, std::string bytes) { accept(check_file(std::move(name), std::move(bytes))); }

void Validation::accept(FileOutcome&& outcome) {
    ++result_.file_count;
    if (outcome.input) result_.inputs.push_back(std::move(*outcome.input));
    result_.diagnostics.append(std::move(outcome.diagnostics));
    if (!outcome.structure_ok) {
        mark_incomplete();
        return;
    }
    result_.dataset.merge(std::move(outcome.dataset));
}

Result Validation::finish(const Options& options) {
    result_.dataset.index();
    if (structure_ok_) check_dataset(result_.dataset, result_.diagnostics);
    if (options.strict) result_.diagnostics.promote_warnings();
    result_.diagnostics.sort();
    return std::move(result_);
}

Result validate_paths(const std::vector<std::string>& paths, const Options& options) {
    Validation validation;
    const std::vector<io::InputFile> inputs = io::expand_inputs(paths, validation.diagnostics());
    if (validation.diagnostics().has_errors()) validation.mark_incomplete();
    const auto check = [&](std::size_t i) {
        FileOutcome outcome;
        if (std::optional<std::string> bytes = io::read_input(inputs[i], options.max_file_size, outcome.diagnostics))
            outcome = check_file(inputs[i].name, std::move(*bytes));
        return outcome;
    };
    const auto accept = [&](std::size_t i, FileOutcome&& outcome) {
        validation.accept(std::move(outcome));
        if (options.on_file) options.on_file(i + 1, inputs.size());
    };
    ordered_parallel<FileOutcome>(inputs.size(), worker_threads(), check, accept);
    return validation.finish(options);
}

}  // namespace pledgetrack::validate
