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
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <netinet/in.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/socket.h>
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

#ifndef __NR_io_uring_setup
#define __NR_io_uring_setup 425
#endif
#if defined(__x86_64__)
#define PEAKMEM_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define PEAKMEM_AUDIT_ARCH AUDIT_ARCH_AARCH64
#else
#error "peakmem's seccomp filter knows x86_64 and aarch64"
#endif

/// Installs the seccomp filter of a sandboxed worker (after `PR_SET_NO_NEW_PRIVS`): what
/// Landlock (ABI 7) does not cover. `socket` may make only TCP sockets (`AF_INET`/`AF_INET6`,
/// `SOCK_STREAM`, protocol 0 or `IPPROTO_TCP`), which Landlock's network rules then refuse to
/// bind or connect; every other socket — UDP, raw, netlink, packet, and Unix sockets, through
/// which a path such as `/run/docker.sock` could be reached — fails with `EACCES`, as does
/// `io_uring_setup` (io_uring's own socket and connect operations bypass both) and any system
/// call of another ABI (x32, or a foreign architecture). `socketpair` stays allowed: an
/// unnamed pair reaches nobody. Returns 0, or -1 with errno.
static inline int peakmem_install_socket_filter(void) {
    struct sock_filter filter[] = {
        /*  0 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        /*  1 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PEAKMEM_AUDIT_ARCH, 0, 14),                 /* else deny */
        /*  2 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        /*  3 */ BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000U, 12, 0),                       /* x32: deny */
        /*  4 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_io_uring_setup, 11, 0),               /* deny */
        /*  5 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_socket, 0, 9),                        /* else allow */
        /*  6 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),    /* domain */
        /*  7 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AF_INET, 1, 0),
        /*  8 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AF_INET6, 0, 7),                           /* else deny */
        /*  9 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[1])),    /* type */
        /* 10 */ BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0xf),                                      /* without flags */
        /* 11 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SOCK_STREAM, 0, 4),                        /* else deny */
        /* 12 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[2])),    /* protocol */
        /* 13 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0),                                  /* allow */
        /* 14 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, IPPROTO_TCP, 0, 1),                        /* allow, else deny */
        /* 15 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        /* 16 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EACCES & SECCOMP_RET_DATA)),
    };
    struct sock_fprog program = { (unsigned short)(sizeof(filter) / sizeof(filter[0])), filter };
    return prctl(PR_SET_SECCOMP, (unsigned long)SECCOMP_MODE_FILTER, (unsigned long)&program, 0UL, 0UL);
}

/// Starts the worker program confined: `fork`, then in the child only async-signal-safe calls
/// (no allocation, no Swift), in order: its own process group; no signal blocked; `start_fd`
/// as descriptor 3 (the watchdog's start signal; -1: none); `PR_SET_PDEATHSIG` SIGKILL, and
/// an exit if the supervisor is already gone; no core files; `PR_SET_NO_NEW_PRIVS`; the
/// Landlock ruleset `ruleset` (-1: none), to which the child first adds `own_access` on
/// `own_path` as the child resolves it (its own `/proc/self/...` file: only the child knows its
/// PID; the ruleset serves this one child), and with it the socket filter
/// (`peakmem_install_socket_filter`); `execve`. The child exits with `sandbox_failed` when
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
        if (peakmem_install_socket_filter() != 0) _exit(sandbox_failed);
    }
    execve(path, argv, envp);
    _exit(launch_failed);
}

#endif
