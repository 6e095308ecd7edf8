// CSandbox: the Linux calls behind peakmem's worker sandbox that Swift cannot make directly.
//
// Swift imports neither variadic C functions (`syscall`, `prctl`) nor the Landlock system
// calls, which glibc does not wrap. Each call is wrapped once here as a static inline function
// with fixed arguments; the Swift layer (PeakmemRunner/Sandbox) wraps each wrapper once more
// with a typed error.
//
// The Landlock ABI (structures, access bits, system call numbers) is declared here rather than
// taken from <linux/landlock.h>, so the build does not depend on how new the installed kernel
// headers are: the layout is the kernel's stable user-space ABI (Documentation/userspace-api/
// landlock.rst), grown only by appending fields and bits. Which of them a kernel knows is asked
// at run time (`peakmem_landlock_abi_version`).
#ifndef PEAKMEM_CSANDBOX_SHIM_H
#define PEAKMEM_CSANDBOX_SHIM_H

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

// The Landlock system calls have the same numbers on every architecture (the unified table).
#ifndef __NR_landlock_create_ruleset
#define __NR_landlock_create_ruleset 444
#endif
#ifndef __NR_landlock_add_rule
#define __NR_landlock_add_rule 445
#endif
#ifndef __NR_landlock_restrict_self
#define __NR_landlock_restrict_self 446
#endif

/// `struct landlock_ruleset_attr` (ABI 1: fs; ABI 4: net; ABI 6: scoped).
struct peakmem_landlock_ruleset_attr {
    uint64_t handled_access_fs;
    uint64_t handled_access_net;
    uint64_t scoped;
};

/// `struct landlock_path_beneath_attr` (packed, as the kernel declares it).
struct __attribute__((packed)) peakmem_landlock_path_beneath_attr {
    uint64_t allowed_access;
    int32_t parent_fd;
};

/// `LANDLOCK_CREATE_RULESET_VERSION`: create_ruleset(NULL, 0, this) returns the ABI version.
static const uint32_t PEAKMEM_LANDLOCK_CREATE_RULESET_VERSION = 1U << 0;
/// `LANDLOCK_RULE_PATH_BENEATH`.
static const int PEAKMEM_LANDLOCK_RULE_PATH_BENEATH = 1;

/// The Landlock ABI version of the running kernel, or -1 with errno (ENOSYS: not built in;
/// EOPNOTSUPP: disabled at boot).
static inline int peakmem_landlock_abi_version(void) {
    return (int)syscall(__NR_landlock_create_ruleset, (void *)0, (size_t)0, PEAKMEM_LANDLOCK_CREATE_RULESET_VERSION);
}

/// `landlock_create_ruleset(attr, size, 0)`: a ruleset file descriptor, or -1 with errno.
static inline int peakmem_landlock_create_ruleset(const struct peakmem_landlock_ruleset_attr *attr, size_t size) {
    return (int)syscall(__NR_landlock_create_ruleset, attr, size, 0U);
}

/// `landlock_add_rule(ruleset, LANDLOCK_RULE_PATH_BENEATH, attr, 0)`: 0, or -1 with errno.
static inline int peakmem_landlock_add_path_rule(int ruleset, const struct peakmem_landlock_path_beneath_attr *attr) {
    return (int)syscall(__NR_landlock_add_rule, ruleset, PEAKMEM_LANDLOCK_RULE_PATH_BENEATH, attr, 0U);
}

/// `prctl(PR_SET_PDEATHSIG, signal)`: the signal this process receives when its parent dies.
static inline int peakmem_set_parent_death_signal(int signal) {
    return prctl(PR_SET_PDEATHSIG, (unsigned long)signal, 0UL, 0UL, 0UL);
}

/// `prctl(PR_SET_CHILD_SUBREAPER, 1)`: orphaned descendants are reparented to this process.
static inline int peakmem_set_child_subreaper(void) {
    return prctl(PR_SET_CHILD_SUBREAPER, 1UL, 0UL, 0UL, 0UL);
}

/// `open(path, O_PATH | O_CLOEXEC)`: a descriptor naming `path` for a Landlock rule (O_PATH
/// is a GNU extension Swift's Glibc module does not export; its value is the same on every
/// Linux architecture but alpha, parisc and sparc).
static inline int peakmem_open_path(const char *path) {
#ifdef O_PATH
    return open(path, O_PATH | O_CLOEXEC);
#else
    return open(path, 010000000 | O_CLOEXEC);
#endif
}

/// `pipe2(descriptors, O_CLOEXEC | O_NONBLOCK)` (a GNU extension, through its system call).
static inline int peakmem_pipe_cloexec_nonblock(int descriptors[2]) {
    return (int)syscall(SYS_pipe2, descriptors, O_CLOEXEC | O_NONBLOCK);
}

/// Starts the worker program confined: `fork`, then in the child only async-signal-safe calls
/// (no allocation, no Swift), in order: its own process group; no signal blocked; `start_fd`
/// as descriptor 3 (the watchdog's start signal; -1: none); `PR_SET_PDEATHSIG` SIGKILL, and
/// an exit if the supervisor is already gone; no core files; `PR_SET_NO_NEW_PRIVS`; the
/// Landlock ruleset `ruleset` (-1: none), to which the child first adds `own_access` on
/// `own_path` as the child resolves it (its own `/proc/self/...` file: only the child knows its
/// PID; the ruleset serves this one child); `execve`. The child exits with `sandbox_failed` when
/// a step fails, `launch_failed` when `execve` does. Returns the child's PID, or -1 with errno.
static inline pid_t peakmem_spawn_confined(const char *path, char *const argv[], char *const envp[], int ruleset,
                                           const char *own_path, uint64_t own_access,
                                           int start_fd, int sandbox_failed, int launch_failed) {
    pid_t supervisor = getpid();
    pid_t pid = fork();
    if (pid != 0) return pid;
    setpgid(0, 0);
    sigset_t empty;
    sigemptyset(&empty);
    sigprocmask(SIG_SETMASK, &empty, (sigset_t *)0);
    if (start_fd >= 0) {
        if (start_fd == 3) {
            if (fcntl(3, F_SETFD, 0) != 0) _exit(sandbox_failed);
        } else if (dup2(start_fd, 3) != 3) {
            _exit(sandbox_failed);
        }
    }
    if (prctl(PR_SET_PDEATHSIG, (unsigned long)SIGKILL, 0UL, 0UL, 0UL) != 0) _exit(sandbox_failed);
    if (getppid() != supervisor) _exit(sandbox_failed);
    struct rlimit no_core = { 0, 0 };
    if (setrlimit(RLIMIT_CORE, &no_core) != 0) _exit(sandbox_failed);
    if (prctl(PR_SET_NO_NEW_PRIVS, 1UL, 0UL, 0UL, 0UL) != 0) _exit(sandbox_failed);
    if (ruleset >= 0) {
        int own = open(own_path, 010000000 | O_CLOEXEC);
        if (own < 0) _exit(sandbox_failed);
        struct peakmem_landlock_path_beneath_attr rule = { own_access, own };
        if (syscall(__NR_landlock_add_rule, ruleset, PEAKMEM_LANDLOCK_RULE_PATH_BENEATH, &rule, 0U) != 0) _exit(sandbox_failed);
        close(own);
        if (syscall(__NR_landlock_restrict_self, ruleset, 0U) != 0) _exit(sandbox_failed);
    }
    execve(path, argv, envp);
    _exit(launch_failed);
}

#endif
