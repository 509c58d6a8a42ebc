#include "support/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <csignal>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

extern char** environ;

namespace pledgetrack::test {
namespace {

struct Pipe {
    int fds[2] = {-1, -1};
    Pipe() {
        if (pipe2(fds, O_CLOEXEC) != 0) throw std::system_error(errno, std::generic_category(), "pipe");
    }
    ~Pipe() {
        close_read();
        close_write();
    }
    void close_read() { if (fds[0] >= 0) { ::close(fds[0]); fds[0] = -1; } }
    void close_write() { if (fds[1] >= 0) { ::close(fds[1]); fds[1] = -1; } }
};

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input) {
    // A child that exits without reading its input must not kill the test runner.
    std::signal(SIGPIPE, SIG_IGN);
    Pipe in, out, err;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.fds[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out.fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err.fds[1], 2);

    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) throw std::system_error(spawned, std::generic_category(), "spawn " + argv[0]);
    in.close_read();
    out.close_write();
    err.close_write();

    ProcessResult result;
    std::size_t written = 0;
    if (input.empty()) in.close_write();
    std::array<pollfd, 3> polls{{{out.fds[0], POLLIN, 0}, {err.fds[0], POLLIN, 0}, {in.fds[1], POLLOUT, 0}}};
    while (polls[0].fd >= 0 || polls[1].fd >= 0) {
        polls[2].fd = in.fds[1];
        if (poll(polls.data(), polls.size(), -1) < 0 && errno != EINTR)
            throw std::system_error(errno, std::generic_category(), "poll");
        if (polls[2].fd >= 0 && polls[2].revents) {
            const ssize_t n = ::write(in.fds[1], input.data() + written, input.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if (n < 0 || written == input.size()) in.close_write();
        }
        for (int i = 0; i < 2; ++i) {
            if (polls[i].fd < 0 || !polls[i].revents) continue;
            char buffer[65536];
            const ssize_t n = ::read(polls[i].fd, buffer, sizeof buffer);
            if (n <= 0) {
                polls[i].fd = -1;
                continue;
            }
            (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
        }
    }
    in.close_write();
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

ProcessResult run_pledgetrack(const std::vector<std::string>& args, const std::string& input) {
    std::vector<std::string> argv{PLEDGETRACK_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv, input);
}

ProcessResult run_pledgetrack_unprivileged(const TempDir& dir, const std::vector<std::string>& args) {
    if (::geteuid() != 0) return run_pledgetrack(args);
    namespace fs = std::filesystem;
    const fs::path binary = dir.path() / "pledgetrack-copy";
    fs::copy_file(PLEDGETRACK_BINARY, binary, fs::copy_options::overwrite_existing);
    fs::permissions(binary, fs::perms::all & ~fs::perms::group_write & ~fs::perms::others_write);
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    std::vector<std::string> argv{"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", binary.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv);
}

std::filesystem::path source_dir() { return PLEDGETRACK_SOURCE_DIR; }

std::string read_file(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pledgetrack-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::system_error(errno, std::generic_category(), "mkdtemp");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& content) const {
    const std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
}

}  // namespace pledgetrack::test
