#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pledgetrack::test {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs a program with arguments (no shell), feeding `input` on stdin, and captures
// its exit code, stdout and stderr.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input = {});

// Runs the pledgetrack binary under test.
ProcessResult run_pledgetrack(const std::vector<std::string>& args, const std::string& input = {});

class TempDir;

// Runs pledgetrack as an ordinary user, for permission checks: directly when the tests
// run unprivileged, and as "nobody" (setpriv) when they run as root, who reads and
// writes everything. The binary is copied into `dir`, which is opened to all users.
ProcessResult run_pledgetrack_unprivileged(const TempDir& dir, const std::vector<std::string>& args);

std::filesystem::path source_dir();
std::string read_file(const std::filesystem::path& path);

// A fresh directory under the system temp dir, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path path_;
};

}  // namespace pledgetrack::test
