#pragma once

#include "diagnostics/diagnostic.hpp"
#include "io/input_files.hpp"
#include "model/dataset.hpp"

#include <functional>
#include <string>
#include <vector>

namespace pledgetrack::validate {

struct Options {
    bool strict = false;  // warnings count as errors
    std::uintmax_t max_file_size = io::default_max_file_size;
    // Called after each file with (files done, files in all), e.g. to show progress.
    std::function<void(std::size_t, std::size_t)> on_file{};
};

struct Result {
    model::Dataset dataset;  // indexed; complete only when valid()
    diagnostics::DiagnosticList diagnostics;  // sorted
    std::size_t file_count = 0;
    std::vector<io::InputRecord> inputs;  // every input that could be read, in order

    bool valid() const { return !diagnostics.has_errors(); }
};

struct FileOutcome;  // what checking one file apart from the others gave (validator.cpp)

// Checks documents one at a time and then the data set they form together. validate_paths
// feeds it files; tools and fuzzers can feed it documents held in memory.
class Validation {
public:
    void add(std::string name, std::string bytes);
    // Takes in one file checked apart from the others (validate_paths checks several at
    // once). A file that could not be read counts too, but leaves the data set incomplete.
    void accept(FileOutcome&& outcome);
    // Inputs went missing before any file was read (a directory that cannot be listed).
    void mark_incomplete() { structure_ok_ = false; }
    diagnostics::DiagnosticList& diagnostics() { return result_.diagnostics; }
    Result finish(const Options& options);

private:
    Result result_;
    bool structure_ok_ = true;
};

// Reads, checks and loads pledge files and directories. Structure comes first (encoding,
// XML, schema) for every file; the meaning rules run over the whole data set once every
// file is structurally sound, since a broken file would make its references look dangling.
// Throws io::MissingInput for a path that does not exist.
Result validate_paths(const std::vector<std::string>& paths, const Options& options);

}  // namespace pledgetrack::validate
