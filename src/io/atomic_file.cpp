#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace pledgetrack::io {
namespace {

std::string system_message(const std::string& what, const std::filesystem::path& path) {
    return what + " " + path.string() + ": " + std::strerror(errno);
}

void fsync_path(const std::filesystem::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) throw WriteError(system_message("cannot open", path));
    const int synced = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    errno = saved;
    if (synced != 0 && errno != EINVAL) throw WriteError(system_message("cannot flush", path));
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
    const std::filesystem::path directory = target_.has_parent_path() ? target_.parent_path() : ".";
    std::string pattern = (directory / ("." + target_.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw WriteError(system_message("cannot create a temporary file in", directory));
    ::close(fd);
    temp_path_ = pattern;
}

AtomicFile::~AtomicFile() {
    if (!committed_) ::unlink(temp_path_.c_str());
}

void AtomicFile::commit() {
    fsync_path(temp_path_, O_RDONLY);
    // Keep the permissions of the file being replaced, or use the usual 0644 otherwise.
    struct stat existing {};
    const mode_t mode = ::stat(target_.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    ::chmod(temp_path_.c_str(), mode);
    if (::rename(temp_path_.c_str(), target_.c_str()) != 0)
        throw WriteError(system_message("cannot replace", target_));
    committed_ = true;
    fsync_path(target_.has_parent_path() ? target_.parent_path() : ".", O_RDONLY | O_DIRECTORY);
}

void write_file_atomically(const std::filesystem::path& target, const std::string& content) {
    AtomicFile file(target);
    const int fd = ::open(file.temp_path().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) throw WriteError(system_message("cannot open", file.temp_path()));
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const std::string message = system_message("cannot write", target);
            ::close(fd);
            throw WriteError(message);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) throw WriteError(system_message("cannot write", target));
    file.commit();
}

}  // namespace pledgetrack::io
