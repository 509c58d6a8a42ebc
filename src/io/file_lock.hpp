#pragma once

#include <filesystem>
#include <optional>

namespace pledgetrack::io {

// An exclusive advisory lock (flock) on a file, held for the object's lifetime. The
// kernel releases it if the process dies, so a crash never leaves a stale lock.
class FileLock {
public:
    // Takes the lock, waiting for it if `wait` is set; returns nullopt if another process
    // holds it and `wait` is not set. Throws WriteError if the lock file cannot be opened.
    static std::optional<FileLock> acquire(const std::filesystem::path& path, bool wait);

    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&&) = delete;
    FileLock(const FileLock&) = delete;
    ~FileLock();

private:
    explicit FileLock(int fd) : fd_(fd) {}
    int fd_;
};

}  // namespace pledgetrack::io
