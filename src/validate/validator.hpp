#pragma once

#include "diagnostics/diagnostic.hpp"
#include "io/input_files.hpp"
#include "model/dataset.hpp"

#include <string>
#include <vector>

namespace pledgetrack::validate {

struct Options {
    bool strict = false;  // warnings count as errors
    std::uintmax_t max_file_size = io::default_max_file_size;
};

struct Result {
    model::Dataset dataset;  // indexed; complete only when valid()
    diagnostics::DiagnosticList diagnostics;  // sorted
    std::size_t file_count = 0;
    std::vector<io::InputRecord> inputs;  // every input that could be read, in order

    bool valid() const { return !diagnostics.has_errors(); }
};

// Reads, checks and loads pledge files and directories. Structure comes first (encoding,
// XML, schema) for every file; the meaning rules run over the whole data set once every
// file is structurally sound, since a broken file would make its references look dangling.
// Throws io::MissingInput for a path that does not exist.
Result validate_paths(const std::vector<std::string>& paths, const Options& options);

}  // namespace pledgetrack::validate
