// CLI — starting other programs: posix_spawnp with pipes, one poll loop for stdin, stdout and stderr.
#include "cli/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace py2cpp {

namespace {

// Owns the two ends of a pipe so that every early return closes them.
struct Pipe {
    int fd[2] = {-1, -1};
    bool open() { return pipe2(fd, O_CLOEXEC) == 0; }
    void close_end(int i) {
        if (fd[i] >= 0) ::close(fd[i]);
        fd[i] = -1;
    }
    ~Pipe() {
        close_end(0);
        close_end(1);
    }
};

std::vector<char*> c_argv(const std::vector<std::string>& argv) {
    std::vector<char*> out;
    out.reserve(argv.size() + 1);
    for (const auto& a : argv) out.push_back(const_cast<char*>(a.c_str()));
    out.push_back(nullptr);
    return out;
}

int decode_wait_status(int wstatus) {
    if (WIFEXITED(wstatus)) return WEXITSTATUS(wstatus);
    if (WIFSIGNALED(wstatus)) return -WTERMSIG(wstatus);
    return -1;
}

}  // namespace

ProcessResult run_captured(const std::vector<std::string>& argv, const std::string& input,
                           const std::string& program_path) {
    ProcessResult result;
    Pipe in, out, err;
    if (!in.open() || !out.open() || !err.open()) {
        result.error = std::strerror(errno);
        return result;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.fd[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);

    // We ignore SIGPIPE while feeding stdin (a child may exit without reading it); the child must not inherit
    // that, or a compiled program and python3 would behave differently on a closed pipe than when run alone.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);

    auto args = c_argv(argv);
    const std::string& file = program_path.empty() ? argv.at(0) : program_path;
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, file.c_str(), &actions, &attr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) {
        result.error = std::strerror(rc);
        return result;
    }
    result.started = true;
    in.close_end(0);
    out.close_end(1);
    err.close_end(1);

    struct sigaction ignore {}, previous {};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, &previous);

    std::size_t written = 0;
    if (input.empty()) in.close_end(1);
    char buffer[65536];
    while (in.fd[1] >= 0 || out.fd[0] >= 0 || err.fd[0] >= 0) {
        pollfd fds[3];
        int n = 0;
        if (in.fd[1] >= 0) fds[n++] = {in.fd[1], POLLOUT, 0};
        if (out.fd[0] >= 0) fds[n++] = {out.fd[0], POLLIN, 0};
        if (err.fd[0] >= 0) fds[n++] = {err.fd[0], POLLIN, 0};
        if (poll(fds, static_cast<nfds_t>(n), -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int i = 0; i < n; ++i) {
            if (fds[i].revents == 0) continue;
            if (fds[i].fd == in.fd[1]) {
                ssize_t w = ::write(in.fd[1], input.data() + written, input.size() - written);
                if (w > 0) written += static_cast<std::size_t>(w);
                // A child that exits without reading its input is not an error: stop feeding it.
                if (w < 0 && errno != EINTR && errno != EAGAIN) written = input.size();
                if (written == input.size()) in.close_end(1);
                continue;
            }
            std::string& sink = fds[i].fd == out.fd[0] ? result.out : result.err;
            Pipe& pipe = fds[i].fd == out.fd[0] ? out : err;
            ssize_t r = ::read(fds[i].fd, buffer, sizeof buffer);
            if (r > 0) {
                sink.append(buffer, static_cast<std::size_t>(r));
            } else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
                pipe.close_end(0);
            }
        }
    }
    sigaction(SIGPIPE, &previous, nullptr);

    int wstatus = 0;
    while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
    }
    result.status = decode_wait_status(wstatus);
    return result;
}

void exec_program(const std::string& program_path, const std::vector<std::string>& argv, std::string& error) {
    auto args = c_argv(argv);
    ::execv(program_path.c_str(), args.data());
    error = std::strerror(errno);
}

std::string find_in_path(const std::string& name) {
    auto executable = [](const std::string& p) {
        struct stat st {};
        return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(p.c_str(), X_OK) == 0;
    };
    if (name.find('/') != std::string::npos) return executable(name) ? name : std::string{};
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        std::size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        std::string dir = dirs.substr(start, end - start);
        std::string candidate = (dir.empty() ? std::string{"."} : dir) + "/" + name;
        if (executable(candidate)) return candidate;
        start = end + 1;
    }
    return {};
}

}  // namespace py2cpp
