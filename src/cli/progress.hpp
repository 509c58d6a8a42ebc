#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace pledgetrack::cli {

// "validating 1200/3000 files" on stderr, for runs longer than a second, and only when
// stderr is a terminal: never in pipes, logs or CI. The line is cleared when done.
class Progress {
public:
    Progress(std::string label, bool quiet);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void update(std::size_t done, std::size_t total);
    // A callback for validate::Options::on_file.
    std::function<void(std::size_t, std::size_t)> callback();

private:
    std::string label_;
    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace pledgetrack::cli
