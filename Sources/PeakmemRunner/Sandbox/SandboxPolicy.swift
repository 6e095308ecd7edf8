import Foundation

/// What one worker may reach, and the limits it runs under: the arguments of the hidden
/// `peakmem sandbox-exec` launcher that starts every worker (``WorkerSupervisor``,
/// ``SandboxConfinement``).
///
/// Paths are allowed with everything beneath them. With ``landlock`` false (`--no-sandbox`,
/// or a kernel without Landlock) the paths are not enforced, the limits still are.
package struct SandboxPolicy: Sendable, Hashable {
    /// Whether Landlock confines the worker to the paths below.
    package var landlock: Bool
    /// Read, write, create and remove (the worker's own directory).
    package var writable: [String]
    /// Read only: the system libraries, the Python installation, the scenario's directory and
    /// its `data:` directories. Built by the runner (``ScenarioRunner/sandboxPolicy(for:program:numpy:)``):
    /// one more entry is one line. The peakmem executable's own libraries are added by the
    /// supervisor, which is that executable (``SandboxConfinement/ruleset(for:)``).
    package var readable: [String]
    /// The files the worker may execute (the worker program itself); nothing else.
    package var executable: [String]
    /// `--memory-limit`: how far the resident memory of the worker and all its processes may
    /// grow once scenario code starts (sampled by the ``WorkerSupervisor``).
    package var memoryLimit: Int?

    package init(landlock: Bool, writable: [String], readable: [String], executable: [String], memoryLimit: Int? = nil) {
        self.landlock = landlock
        self.writable = writable
        self.readable = readable
        self.executable = executable
        self.memoryLimit = memoryLimit
    }

    /// What every worker reads, whatever its engine: shared libraries and their configuration,
    /// `/proc` and `/sys` (its own memory figures, the CPU topology OpenBLAS reads), and the
    /// character devices `/dev/null`, `/dev/zero`, `/dev/urandom`. Paths missing on a machine
    /// are skipped.
    package static let systemReadable = ["/usr", "/lib", "/lib64", "/lib32", "/etc/ld.so.cache", "/etc/ld.so.conf",
                                        "/etc/ld.so.conf.d", "/etc/localtime", "/proc", "/sys", "/dev/null",
                                        "/dev/zero", "/dev/urandom", "/dev/random"]
    /// Written by every worker: `/dev/null`.
    package static let systemWritable = ["/dev/null"]
    /// Written by every worker in its own `/proc/PID/`: `clear_refs`, the peak RSS reset of the
    /// measurement (the rule is added in the worker's process, the only one that knows its PID).
    package static let ownProcessWritable = "/proc/self/clear_refs"

    /// The directories of the shared objects mapped into this process (the Swift runtime,
    /// Foundation, OpenBLAS, jemalloc: whatever the peakmem executable loads), from
    /// `/proc/self/maps`. The `sandbox-exec` supervisor adds its own (``SandboxConfinement``):
    /// it is the peakmem executable, which the Swift worker is, whatever process started it.
    ///
    /// The file is read to its end in one pass of `read`s and decoded leniently: a process that
    /// has mapped many files (or one whose name is not UTF-8) must not lose the list.
    package static func loadedLibraryDirectories() -> [String] {
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/maps"),
              let data = try? handle.readToEnd() else { return [] }
        try? handle.close()
        var directories: Set<String> = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = String(line[slash...])
            guard path.contains(".so"), !path.hasSuffix(" (deleted)") else { continue }
            directories.insert((path as NSString).deletingLastPathComponent)
        }
        return directories.sorted()
    }

    /// The ELF interpreter (the dynamic loader) `execve` opens for a dynamically linked program,
    /// resolved: it needs the execute right too.
    package static var dynamicLoaders: [String] {
        ["/lib64/ld-linux-x86-64.so.2", "/lib/ld-linux-aarch64.so.1"].compactMap { path in
            FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : nil
        }
    }

    /// The `sandbox-exec` options that carry this policy.
    package var arguments: [String] {
        var arguments: [String] = landlock ? [] : ["--no-landlock"]
        for path in writable { arguments += ["--write", path] }
        for path in readable { arguments += ["--read", path] }
        for path in executable { arguments += ["--execute", path] }
        if let memoryLimit { arguments += ["--memory-limit", String(memoryLimit)] }
        return arguments
    }
}
