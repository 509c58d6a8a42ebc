#include "validate/validator.hpp"

#include "io/sha256.hpp"
#include "validate/semantic_checks.hpp"
#include "xml/loader.hpp"
#include "xml/xml_document.hpp"

#include <string_view>

namespace pledgetrack::embedded {
extern const std::string_view pledges_xsd;
}

namespace pledgetrack::validate {

Result validate_paths(const std::vector<std::string>& paths, const Options& options) {
    Result result;
    const std::vector<io::InputFile> inputs = io::expand_inputs(paths, result.diagnostics);
    result.file_count = inputs.size();
    bool structure_ok = !result.diagnostics.has_errors();

    const xml::SchemaValidator schema(embedded::pledges_xsd);
    for (const io::InputFile& input : inputs) {
        std::optional<std::string> bytes = io::read_input(input, options.max_file_size, result.diagnostics);
        if (!bytes) {
            structure_ok = false;
            continue;
        }
        result.inputs.push_back({input.name, io::sha256_hex(*bytes), bytes->size()});
        auto file = xml::XmlDocument::open(input.name, std::move(*bytes), schema, result.diagnostics);
        if (!file) {
            structure_ok = false;
            continue;
        }
        result.dataset.merge(xml::load_dataset(*file, result.diagnostics));
    }

    result.dataset.index();
    if (structure_ok) check_dataset(result.dataset, result.diagnostics);
    if (options.strict) result.diagnostics.promote_warnings();
    result.diagnostics.sort();
    return result;
}

}  // namespace pledgetrack::validate
