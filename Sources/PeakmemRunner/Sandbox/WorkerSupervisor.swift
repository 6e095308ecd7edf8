import CSandbox
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The supervising half of `peakmem sandbox-exec`: the process between `peakmem run` and a
/// worker. It is outside the worker's sandbox (the worker can neither signal nor trace it), and
/// it makes sure that nothing the worker starts outlives it:
///
/// - it is the child subreaper of everything beneath it (orphans are reparented to it);
/// - it starts the worker (``SandboxConfinement``: confined, in its own process group, dying
///   with the supervisor) and waits for it;
/// - when the worker ends, when it is told to stop (SIGTERM, SIGINT: the parent's timeout,
///   Ctrl-C) or when `peakmem` itself dies (SIGHUP as its parent-death signal), it kills every
///   process beneath it, repeatedly, until none is left;
/// - with a memory limit, it samples the resident memory of all those processes every 5 ms
///   from the moment the worker signals that scenario code starts, and kills them all when it
///   has grown by more than the limit (``Exit/memoryLimit``).
///
/// It then ends as the worker did: the same exit status, or the same signal.
package struct WorkerSupervisor {
    /// The supervisor's own exit statuses, beside the worker's (read by the parent only when
    /// the worker gave no reply).
    package enum Exit: Int32, Sendable {
        /// The resident memory of the worker's processes grew past `--memory-limit`.
        case memoryLimit = 90
        /// The sandbox could not be set up in the worker's process.
        case sandboxFailed = 91
        /// The worker program could not be started.
        case launchFailed = 92
    }

    /// The environment variable naming the file descriptor on which the worker writes one byte
    /// when scenario code is about to start (then closes it): the memory baseline.
    package static let startDescriptorVariable = "PEAKMEM_WATCHDOG_FD"
    /// The descriptor number the worker receives it under.
    static let startDescriptor: Int32 = 3
    /// How often the supervisor looks at the worker (and, with a limit, its memory).
    static let interval = 0.005

    package let policy: SandboxPolicy
    /// The worker program and its arguments (an absolute path first).
    package let command: [String]

    package init(policy: SandboxPolicy, command: [String]) {
        self.policy = policy
        self.command = command
    }

    /// Supervises the worker to its end and exits as it did.
    package func run() -> Never {
        let parent = getppid()
        _ = peakmem_set_child_subreaper()
        // SIGHUP on parent death, told apart from a hang-up by getppid() (below).
        _ = peakmem_set_parent_death_signal(SIGHUP)
        for signal in Self.stopSignals {
            Glibc.signal(signal) { number in WorkerSupervisor.stopRequest = number }
        }
        // A mask inherited from the parent (a thread that blocks signals started it) must not
        // keep the stop signals pending forever.
        Self.unblock(Self.stopSignals)
        if getppid() != parent || parent == 1 { exit(1) }

        var descriptors: [Int32] = [0, 0]
        guard peakmem_pipe_cloexec_nonblock(&descriptors) == 0 else { Self.fail(.launchFailed, "pipe2: \(String(cString: strerror(errno)))") }
        let worker: pid_t
        do {
            worker = try spawnConfined(startWrite: descriptors[1])
        } catch {
            Self.fail(.sandboxFailed, "cannot start the worker confined: \(error)")
        }
        close(descriptors[1])

        var baseline: Int?
        var status: Int32 = 0
        var exceeded: Int?
        loop: while true {
            let stop = Self.stopRequest
            if stop != 0 {
                // A SIGHUP while the parent lives is the parent-death signal of a thread that
                // ended (PR_SET_PDEATHSIG follows the thread that started us): not a stop.
                if stop != SIGHUP || getppid() != parent {
                    Self.killAll(worker)
                    Glibc.signal(stop, SIG_DFL)
                    kill(getpid(), stop)
                    exit(128 + stop)
                }
                Self.stopRequest = 0
            }
            while true {
                var childStatus: Int32 = 0
                let reaped = waitpid(-1, &childStatus, WNOHANG)
                if reaped == worker { status = childStatus; break loop }
                if reaped <= 0 { break }
            }
            if let limit = policy.memoryLimit {
                if baseline == nil {
                    var byte: UInt8 = 0
                    if read(descriptors[0], &byte, 1) == 1 { baseline = ProcessTree.residentBytes(beneath: getpid()) }
                }
                if let baseline {
                    let resident = ProcessTree.residentBytes(beneath: getpid())
                    if resident - baseline > limit {
                        exceeded = resident - baseline
                        break loop
                    }
                }
            }
            usleep(UInt32(Self.interval * 1e6))
        }
        // The worker has ended (or must): nothing it started may outlive it.
        Self.killAll(worker)
        if let exceeded, let limit = policy.memoryLimit {
            let message = "peakmem: the resident memory of the worker's processes grew by \(exceeded) bytes, past the --memory-limit of \(limit) bytes: killed\n"
            FileHandle.standardError.write(Data(message.utf8))
            exit(Exit.memoryLimit.rawValue)
        }
        if (status & 0x7f) == 0 {
            // The supervisor's own statuses stay its own: a worker exiting with one of them
            // (scenario code calling sys.exit(90)) is reported as an ordinary exit.
            let code = (status >> 8) & 0xff
            exit(Exit(rawValue: code) == nil ? code : 1)
        }
        let signal = status & 0x7f
        Glibc.signal(signal, SIG_DFL)
        kill(getpid(), signal)
        exit(128 + signal)
    }

    /// In the worker: tells the supervisor that scenario code starts (the memory baseline of
    /// its watchdog) and closes the descriptor, before any scenario code can reach it.
    package static func announceScenarioCode() {
        guard let text = ProcessInfo.processInfo.environment[startDescriptorVariable], let descriptor = Int32(text) else { return }
        var byte: UInt8 = 0x73
        _ = write(descriptor, &byte, 1)
        close(descriptor)
        unsetenv(startDescriptorVariable)
    }

    /// The signals that stop the supervisor (with the worker and everything it started).
    package static let stopSignals = [SIGTERM, SIGINT, SIGHUP]

    /// Unblocks `signals` in the calling thread (`sigprocmask`).
    package static func unblock(_ signals: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// The signal that asked the supervisor to stop (0: none), set by its handlers.
    nonisolated(unsafe) static var stopRequest: Int32 = 0

    /// Starts the worker confined (``SandboxConfinement``), the start descriptor as its
    /// descriptor 3.
    private func spawnConfined(startWrite: Int32) throws(SandboxError) -> pid_t {
        var environment = ProcessInfo.processInfo.environment
        environment[Self.startDescriptorVariable] = String(Self.startDescriptor)
        return try SandboxConfinement.spawn(command, environment: environment, ruleset: try SandboxConfinement.ruleset(for: policy),
                                            startDescriptor: startWrite)
    }

    /// Kills the worker's process group and every process beneath the supervisor, reaping
    /// them, until there is none (each killed process's children are reparented here).
    static func killAll(_ worker: pid_t) {
        kill(-worker, SIGKILL)
        while true {
            for pid in ProcessTree.children(of: getpid()) { kill(pid, SIGKILL) }
            var status: Int32 = 0
            while waitpid(-1, &status, WNOHANG) > 0 {}
            if waitpid(-1, &status, WNOHANG) == -1, errno == ECHILD { return }
            usleep(1000)
        }
    }

    package static func fail(_ exit: Exit, _ message: String) -> Never {
        FileHandle.standardError.write(Data("peakmem sandbox-exec: \(message)\n".utf8))
        Glibc.exit(exit.rawValue)
    }
}
