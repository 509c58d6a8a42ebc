#include "io/input_files.hpp"

#include "diagnostics/rules.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <system_error>

namespace pledgetrack::io {
namespace {

namespace fs = std::filesystem;
namespace rule = diagnostics::rule;

bool is_hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return name.size() > 1 && name[0] == '.';
}

std::string size_text(std::uintmax_t bytes) {
    return std::to_string(bytes) + " bytes";
}

class Expander {
public:
    explicit Expander(diagnostics::DiagnosticList& diagnostics) : diagnostics_(diagnostics) {}

    void add(const std::string& argument) {
        if (argument == "-") {
            files_.push_back({"<stdin>", {}, true});
            return;
        }
        std::error_code error;
        const fs::path path(argument);
        const fs::file_status status = fs::status(path, error);
        if (error && error != std::errc::no_such_file_or_directory && error != std::errc::not_a_directory) {
            diagnostics_.report(rule::input_unreadable, {argument}, error.message());
            return;
        }
        if (!fs::exists(status)) throw MissingInput(argument + ": no such file or directory");
        if (fs::is_directory(status))
            add_directory(path, argument);
        else
            files_.push_back({argument, path});
    }

    std::vector<InputFile> take() { return std::move(files_); }

private:
    void add_directory(const fs::path& directory, const std::string& shown_as) {
        std::error_code error;
        const fs::path canonical = fs::canonical(directory, error);
        if (error) {
            diagnostics_.report(rule::input_unreadable, {shown_as}, error.message());
            return;
        }
        if (!visited_.insert(canonical).second) return;  // a symlink loop or a repeat

        std::vector<fs::directory_entry> entries;
        fs::directory_iterator it(directory, error);
        for (; !error && it != fs::directory_iterator(); it.increment(error)) entries.push_back(*it);
        if (error) {
            diagnostics_.report(rule::input_unreadable, {shown_as}, "cannot list directory: " + error.message());
            return;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
        for (const fs::directory_entry& entry : entries) {
            if (is_hidden(entry.path())) continue;
            const std::string name = (fs::path(shown_as) / entry.path().filename()).lexically_normal().string();
            // A broken *.xml entry (dangling link, no permission) is still listed, so that
            // reading it reports the problem against its name.
            std::error_code status_error;
            if (entry.is_directory(status_error))
                add_directory(entry.path(), name);
            else if (entry.path().extension() == ".xml")
                files_.push_back({name, entry.path()});
        }
    }

    diagnostics::DiagnosticList& diagnostics_;
    std::vector<InputFile> files_;
    std::set<fs::path> visited_;
};

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths,
                                     diagnostics::DiagnosticList& diagnostics) {
    Expander expander(diagnostics);
    for (const std::string& path : paths) expander.add(path);
    return expander.take();
}

std::optional<std::string> read_input(const InputFile& input, std::uintmax_t max_size,
                                      diagnostics::DiagnosticList& diagnostics) {
    auto too_large = [&] {
        diagnostics.report(rule::file_too_large, {input.name},
                           "file is larger than the limit of " + size_text(max_size) +
                               " (see --max-file-size)");
        return std::nullopt;
    };
    std::istream* stream = &std::cin;
    std::ifstream file;
    std::uintmax_t expected_size = 0;  // unknown for stdin
    if (!input.from_stdin) {
        std::error_code error;
        if (!fs::is_regular_file(input.path, error)) {
            diagnostics.report(rule::input_unreadable, {input.name},
                               error ? error.message() : "not a regular file");
            return std::nullopt;
        }
        const std::uintmax_t size = fs::file_size(input.path, error);
        if (!error && size > max_size) return too_large();
        expected_size = error ? 0 : size;
        file.open(input.path, std::ios::binary);
        if (!file) {
            diagnostics.report(rule::input_unreadable, {input.name}, std::strerror(errno));
            return std::nullopt;
        }
        stream = &file;
    }
    // Read in chunks so that a stream without a known size (stdin, a pipe) is still bounded.
    std::string content;
    // Sized once: growing by doubling would briefly hold twice a large file.
    content.reserve(static_cast<std::size_t>(expected_size));
    char chunk[64 * 1024];
    while (*stream) {
        stream->read(chunk, sizeof chunk);
        content.append(chunk, static_cast<std::size_t>(stream->gcount()));
        if (content.size() > max_size) return too_large();
    }
    if (stream->bad()) {
        diagnostics.report(rule::input_unreadable, {input.name}, "read error");
        return std::nullopt;
    }
    return content;
}

}  // namespace pledgetrack::io
