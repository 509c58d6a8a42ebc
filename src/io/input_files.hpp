#pragma once

#include "diagnostics/diagnostic.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace pledgetrack::io {

// A command-line path that does not exist: a usage error, not a data problem.
class MissingInput : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct InputFile {
    std::string name;  // as shown in diagnostics: the path as the user wrote it, or "<stdin>"
    std::filesystem::path path;
    bool from_stdin = false;
};

// An input as it was read, for provenance and change detection.
struct InputRecord {
    std::string name;
    std::string sha256;
    std::uintmax_t bytes = 0;
};

inline constexpr std::uintmax_t default_max_file_size = 64u * 1024 * 1024;

// Expands paths into the files to read, in a stable order: a file stays as given, a
// directory contributes every *.xml below it (sorted, hidden entries skipped, symlinked
// directories followed once), "-" means standard input. Directories that cannot be
// listed are reported as input-unreadable. Throws MissingInput for a path that does not
// exist.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths,
                                     diagnostics::DiagnosticList& diagnostics);

// The whole content of an input, or nullopt after reporting input-unreadable or
// file-too-large.
std::optional<std::string> read_input(const InputFile& input, std::uintmax_t max_size,
                                      diagnostics::DiagnosticList& diagnostics);

}  // namespace pledgetrack::io
