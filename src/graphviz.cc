#include "graphviz.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/format.h>

extern char** environ;

namespace gazer {

bool GraphvizAvailable() {
  const char* path = std::getenv("PATH");
  std::string_view dirs = path != nullptr ? path : "/usr/bin:/bin";
  while (true) {
    const size_t colon = dirs.find(':');
    const std::string_view dir = dirs.substr(0, colon);
    const std::string dot = fmt::format("{}/dot", dir.empty() ? std::string_view(".") : dir);
    if (access(dot.c_str(), X_OK) == 0) return true;
    if (colon == std::string_view::npos) return false;
    dirs.remove_prefix(colon + 1);
  }
}

Status RenderDot(std::string_view dot_source, std::string_view format, const std::string& path, bool* missing) {
  *missing = false;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return Status::Error(fmt::format("pipe: {}", std::strerror(errno)));

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);  // dup2 clears O_CLOEXEC
  std::string type_arg = fmt::format("-T{}", format);
  std::string out_arg = path;
  std::vector<char*> argv = {const_cast<char*>("dot"), type_arg.data(), const_cast<char*>("-o"), out_arg.data(),
                             nullptr};
  pid_t pid;
  const int spawn_error = posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[0]);
  if (spawn_error != 0) {
    close(fds[1]);
    *missing = spawn_error == ENOENT;
    return Status::Error(fmt::format("cannot run dot: {}", std::strerror(spawn_error)));
  }

  // If dot exits early the write fails with EPIPE; its exit status tells why,
  // so SIGPIPE must not end gazer first.
  struct sigaction ignore = {}, previous;
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &previous);
  int write_error = 0;
  for (size_t done = 0; done < dot_source.size();) {
    const ssize_t n = write(fds[1], dot_source.data() + done, dot_source.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      write_error = errno;
      break;
    }
    done += static_cast<size_t>(n);
  }
  close(fds[1]);
  sigaction(SIGPIPE, &previous, nullptr);

  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0) {
    if (errno != EINTR) return Status::Error(fmt::format("waiting for dot: {}", std::strerror(errno)));
  }
  if (WIFSIGNALED(wstatus)) return Status::Error(fmt::format("dot was killed by signal {}", WTERMSIG(wstatus)));
  if (WEXITSTATUS(wstatus) != 0) return Status::Error(fmt::format("dot failed (exit status {})", WEXITSTATUS(wstatus)));
  if (write_error != 0) return Status::Error(fmt::format("writing to dot: {}", std::strerror(write_error)));
  return Status::Ok();
}

}  // namespace gazer
