#include "io/file_lock.hpp"

#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace pledgetrack::io {

std::optional<FileLock> FileLock::acquire(const std::filesystem::path& path, bool wait) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) throw WriteError("cannot open lock file " + path.string() + ": " + std::strerror(errno));
    int locked;
    do {
        locked = ::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB));
    } while (locked != 0 && errno == EINTR);
    if (locked != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) return std::nullopt;
        throw WriteError("cannot lock " + path.string() + ": " + std::strerror(error));
    }
    return FileLock(fd);
}

FileLock::FileLock(FileLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

FileLock::~FileLock() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace pledgetrack::io
