#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace pledgetrack::cli {

Progress::Progress(std::string label, bool quiet)
    : label_(std::move(label)),
      enabled_(!quiet && ::isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
}

void Progress::update(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - start_ < std::chrono::seconds{1} || (shown_ && now - last_ < std::chrono::milliseconds{100})) return;
    last_ = now;
    shown_ = true;
    std::fprintf(stderr, "\r%s %zu/%zu files", label_.c_str(), done, total);
}

std::function<void(std::size_t, std::size_t)> Progress::callback() {
    return [this](std::size_t done, std::size_t total) { update(done, total); };
}

}  // namespace pledgetrack::cli
