#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace pledgetrack::io {

class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file that becomes visible at its target path only on commit(): content goes to a
// temporary file beside the target, which commit() flushes to disk and renames over the
// target. Until then, and if the object is destroyed without commit(), the target keeps
// its previous content and the temporary file is removed.
class AtomicFile {
public:
    // Creates the temporary file; throws WriteError if the directory is missing or not
    // writable.
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& temp_path() const { return temp_path_; }
    const std::filesystem::path& target() const { return target_; }

    // fsyncs the temporary file, renames it over the target and fsyncs the directory.
    // Throws WriteError (and leaves the target untouched) on failure.
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temp_path_;
    bool committed_ = false;
};

// Writes `content` to `target` through an AtomicFile.
void write_file_atomically(const std::filesystem::path& target, const std::string& content);

}  // namespace pledgetrack::io
