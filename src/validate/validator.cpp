#include "validate/validator.hpp"

#include "io/sha256.hpp"
#include "validate/semantic_checks.hpp"
#include "xml/loader.hpp"
#include "xml/xml_document.hpp"

#include <optional>
#include <string_view>

namespace pledgetrack::embedded {
extern const std::string_view pledges_xsd;
}

namespace pledgetrack::validate {

namespace {

const xml::schema::Schema& pledge_schema() {
    static const xml::schema::Schema schema(embedded::pledges_xsd);
    return schema;
}

}  // namespace

void Validation::add(std::string name, std::string bytes) {
    ++result_.file_count;
    result_.inputs.push_back({name, io::sha256_hex(bytes), bytes.size()});
    model::Dataset loaded;
    diagnostics::DiagnosticList load_problems;
    auto load = [&](const xml::XmlDocument& file) {
        try {
            loaded = xml::load_dataset(file, load_problems);
        } catch (const std::bad_optional_access&) {
            // A value the schema would have refused; open() reports the schema problem.
        }
    };
    if (!xml::XmlDocument::open(std::move(name), std::move(bytes), pledge_schema(), result_.diagnostics, load)) {
        structure_ok_ = false;
        return;
    }
    result_.dataset.merge(std::move(loaded));
    result_.diagnostics.append(std::move(load_problems));
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
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        std::optional<std::string> bytes = io::read_input(inputs[i], options.max_file_size, validation.diagnostics());
        if (bytes) validation.add(inputs[i].name, std::move(*bytes));
        else validation.add_unreadable();
        if (options.on_file) options.on_file(i + 1, inputs.size());
    }
    return validation.finish(options);
}

}  // namespace pledgetrack::validate
