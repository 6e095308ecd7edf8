import Foundation
import PeakmemRunner
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Scenario code as a hostile user writes it, end to end on both engines (issue 16): the OS
/// sandbox and the Swift engine's file rules stop it with a clear error and leave everything
/// outside the worker's directory as it was; the same code inside works; the timeout and the
/// memory limit hold; nothing a worker started outlives `peakmem run`.
@Suite("peakmem run: sandbox and limits (end to end)", .serialized)
struct SandboxCommandTests {
    static let numpyPresent = NumpyEngineCommandTests.numpyPresent
    /// Whether this kernel offers Landlock (the file and network rules need it), asked of the
    /// kernel as peakmem asks it (`/sys/kernel/security/lsm` is absent where securityfs is not
    /// mounted, which would skip these tests on a machine that has Landlock).
    static let landlock = (try? Landlock.abiVersion()) != nil

    /// A directory outside the scenario's (which workers may read): what scenario code must
    /// neither read nor change.
    final class Outside {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-outside-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try "secret\n".write(to: url.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
            // A .npy file NumPy and peakmem can both load: a float64 array of 3 ones.
            try NPY.onesFloat64(3).write(to: url.appendingPathComponent("x.npy"))
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        /// The names and contents of the files in the directory.
        var snapshot: [String: Data] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return Dictionary(uniqueKeysWithValues: names.map { ($0, (try? Data(contentsOf: url.appendingPathComponent($0))) ?? Data()) })
        }
    }

    /// A `.npy` file's bytes (format 1.0).
    enum NPY {
        static func onesFloat64(_ count: Int) -> Data {
            var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (\(count),), }"
            while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
            header += "\n"
            var data = Data([0x93]) + Data("NUMPY".utf8) + Data([1, 0])
            data += Data([UInt8(header.utf8.count & 0xff), UInt8(header.utf8.count >> 8)]) + Data(header.utf8)
            for _ in 0..<count { withUnsafeBytes(of: Double(1).bitPattern.littleEndian) { data += Data($0) } }
            return data
        }
    }

    /// The outcome of `peakmem run` and its results JSON.
    static func run(_ scenario: String, _ arguments: [String] = []) throws -> (PeakmemProcess.Outcome, [String: Any]) {
        let directory = try CheckCommandTests.Directory(["s.yaml": scenario])
        let json = directory.url.appendingPathComponent("results.json").path
        let outcome = try PeakmemProcess.run(["run", "--repeat", "1", "s.yaml", "--json", json, "--no-report", "--quiet"] + arguments,
                                             in: directory.url)
        let data = try Data(contentsOf: URL(fileURLWithPath: json))
        return (outcome, try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:])
    }

    /// Each variant's status and failure (kind, message, limit), by name.
    static func variants(_ results: [String: Any]) -> [String: (status: String, kind: String?, message: String, limit: String?)] {
        let scenarios = results["scenarios"] as? [[String: Any]] ?? []
        var found: [String: (String, String?, String, String?)] = [:]
        for variant in scenarios.flatMap({ $0["variants"] as? [[String: Any]] ?? [] }) {
            let failure = variant["failure"] as? [String: Any]
            found[variant["name"] as? String ?? ""] = (variant["status"] as? String ?? "", failure?["kind"] as? String,
                                                       failure?["message"] as? String ?? "", failure?["limit"] as? String)
        }
        return found
    }

    // MARK: Files and network

    @Test("Swift engine: np.save/np.load/np.memmap outside the workspace fail with PermissionError naming path and rule, and change nothing; inside they work")
    func swiftEngineFiles() throws {
        let outside = try Outside()
        let before = outside.snapshot
        let o = outside.url.path
        let (outcome, results) = try Self.run("""
            scenario: files
            title: files outside and inside the workspace
            variants:
              save-absolute:
                run: np.save("\(o)/evil.npy", np.ones(3))
              save-parent:
                run: np.save("../evil.npy", np.ones(3))
              load-outside:
                run: a = np.load("\(o)/x.npy")
              memmap-append:
                run: m = np.memmap("\(o)/secret.txt", dtype=np.uint8, mode="r+")
              memmap-create:
                run: m = np.memmap("\(o)/new.dat", dtype=np.uint8, mode="w+", shape=(10,))
              inside:
                run: |
                  np.save("in.npy", np.ones(3))
                  a = np.load("in.npy")
                  m = np.memmap("m.dat", dtype=np.float64, mode="w+", shape=(10,))
                  m[:] = 2.0
                  m.flush()
            """)
        #expect(outcome.status == 1)
        let variants = Self.variants(results)
        #expect(variants["inside"]?.status == "ok")
        for name in ["save-absolute", "load-outside", "memmap-append", "memmap-create"] {
            let failure = try #require(variants[name])
            #expect(failure.kind == "error", "\(name)")
            #expect(failure.message.contains("PermissionError: np.") && failure.message.contains("'\(o)/"), "\(name): \(failure.message)")
            #expect(failure.message.contains("scenario code may"), "\(name): \(failure.message)")
        }
        #expect(variants["save-parent"]?.message.contains("'../evil.npy' is outside the allowed directories: scenario code may write files only in its working directory") == true)
        #expect(outside.snapshot == before)
    }

    @Test("Swift engine: a data: directory is readable and read-only")
    func dataDirectory() throws {
        let outside = try Outside()
        let (_, results) = try Self.run("""
            scenario: data
            title: a declared data directory
            data: [\(outside.url.path)]
            variants:
              load:
                run: a = np.load("\(outside.url.path)/x.npy")
              write:
                run: np.save("\(outside.url.path)/y.npy", np.ones(3))
            """)
        let variants = Self.variants(results)
        #expect(variants["load"]?.status == "ok")
        #expect(variants["write"]?.message.contains("PermissionError: np.save: cannot write '\(outside.url.path)/y.npy': it is in the data directory \(outside.url.resolvingSymlinksInPath().path), which scenario code may only read") == true)
        #expect(!FileManager.default.fileExists(atPath: outside.url.appendingPathComponent("y.npy").path))
    }

    /// A TCP socket listening on 127.0.0.1 (an ephemeral port), non-blocking.
    /// A TCP listener, or a UDP socket (`datagram`), on 127.0.0.1 at a free port.
    final class Listener {
        let descriptor: Int32
        let port: UInt16
        let datagram: Bool
        init(datagram: Bool = false) throws {
            self.datagram = datagram
            let descriptor = socket(AF_INET, Int32(datagram ? SOCK_DGRAM.rawValue : SOCK_STREAM.rawValue), 0)
            self.descriptor = descriptor
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { general -> Bool in
                    bind(descriptor, general, length) == 0 && (datagram || listen(descriptor, 4) == 0)
                        && getsockname(descriptor, general, &length) == 0
                }
            }
            guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
            port = UInt16(bigEndian: address.sin_port)
            _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
        }
        deinit { close(descriptor) }

        /// Whether a connection is waiting (accepted and closed), or a datagram arrived (read).
        var wasConnected: Bool {
            if datagram {
                var byte: UInt8 = 0
                return recv(descriptor, &byte, 1, Int32(MSG_DONTWAIT)) >= 0
            }
            let connection = accept(descriptor, nil, nil)
            if connection >= 0 { close(connection) }
            return connection >= 0
        }
    }

    /// The NumPy-engine attacks that pass `peakmem check`: real Python behind
    /// `().__class__.__base__.__subclasses__()` (os through `os._wrap_close`).
    static func hostilePython(outside: String, port: UInt16) -> String {
        let os = #"os = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == "_wrap_close"][0].__init__.__globals__"#
        return """
            scenario: hostile
            title: hostile Python on the NumPy engine
            variants:
              write-outside:
                run: np.save("\(outside)/evil.npy", np.ones(3))
              append-outside:
                run: |
                  \(os)
                  f = os["__builtins__"]["open"]("\(outside)/secret.txt", "a")
                  f.write("appended")
              read-outside:
                run: a = np.load("\(outside)/x.npy")
              tcp:
                run: |
                  \(os)
                  socket = os["__builtins__"]["__import__"]("socket")
                  s = socket.create_connection(("127.0.0.1", \(port)), 5)
              shell:
                run: |
                  \(os)
                  subprocess = os["__builtins__"]["__import__"]("subprocess")
                  subprocess.check_call(["/bin/sh", "-c", "echo pwned > \(outside)/shell"])
              pickle:
                run: |
                  \(os)
                  f = os["__builtins__"]["open"]("evil.pkl", "w")
                  f.write("csubprocess\\ncheck_call\\n((lp0\\nVsh\\naV-c\\naVecho pwned > \(outside)/pickled\\natR.")
                  f.close()
                  x = np.load("evil.pkl", allow_pickle=True)
              inside:
                run: |
                  \(os)
                  f = os["__builtins__"]["open"]("in.txt", "w")
                  f.write("x")
                  f.close()
                  np.save("in.npy", np.ones(3))
                  a = np.load("in.npy")
                  m = np.memmap("m.dat", dtype=np.float64, mode="w+", shape=(10,))
            """
    }

    @Test("NumPy engine: writes, appends and reads outside, a TCP connection, a shell through __subclasses__ and a self-written pickle all fail clearly and change nothing; inside works",
          .enabled(if: numpyPresent, "python3 with numpy and memray is not installed: the NumPy engine cannot run"),
          .enabled(if: landlock, "this kernel offers no Landlock"))
    func numpyEngineHostileCode() throws {
        let outside = try Outside()
        let before = outside.snapshot
        let listener = try Listener()
        let (outcome, results) = try Self.run(Self.hostilePython(outside: outside.url.path, port: listener.port), ["--engine", "numpy"])
        #expect(outcome.status == 1)
        let variants = Self.variants(results)
        #expect(variants["inside"]?.status == "ok", "\(String(describing: variants["inside"]))")
        let expected = [
            "write-outside": "PermissionError: [Errno 13] Permission denied: '\(outside.url.path)/evil.npy'",
            "append-outside": "PermissionError: [Errno 13] Permission denied: '\(outside.url.path)/secret.txt'",
            "read-outside": "PermissionError: [Errno 13] Permission denied: '\(outside.url.path)/x.npy'",
            "tcp": "PermissionError: [Errno 13] Permission denied",
            "shell": "PermissionError: [Errno 13] Permission denied: '/bin/sh'",
            "pickle": "(because of PermissionError: [Errno 13] Permission denied: 'sh')",
        ]
        for (name, text) in expected {
            let failure = try #require(variants[name])
            #expect(failure.kind == "error" && failure.message.contains(text), "\(name): \(failure.message)")
        }
        #expect(!listener.wasConnected)
        #expect(outside.snapshot == before)
        // The attacks are real: without the sandbox the same shell escape writes outside.
        let (_, unconfined) = try Self.run(Self.hostilePython(outside: outside.url.path, port: listener.port),
                                           ["--engine", "numpy", "--no-sandbox", "--filter", "shell"])
        #expect(Self.variants(unconfined)["shell"]?.status == "ok")
        #expect(FileManager.default.fileExists(atPath: outside.url.appendingPathComponent("shell").path))
        #expect((unconfined["options"] as? [String: Any])?["sandbox"] as? [String: String] == ["mode": "none", "option": "off", "reason": "--no-sandbox"])
    }

    @Test("NumPy engine: UDP, Unix and raw sockets fail with PermissionError (the seccomp filter beside Landlock) and send nothing; TCP sockets and socketpair are made; --no-sandbox sends",
          .enabled(if: numpyPresent, "python3 with numpy and memray is not installed: the NumPy engine cannot run"),
          .enabled(if: landlock, "this kernel offers no Landlock"))
    func numpyEngineSockets() throws {
        let receiver = try Listener(datagram: true)
        let scenario = """
            scenario: sockets
            title: sockets on the NumPy engine
            variants:
              udp:
                run: |
                  import socket
                  socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("127.0.0.1", \(receiver.port)))
              unix:
                run: |
                  import socket
                  socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).connect("/run/peakmem-no-such.sock")
              netlink:
                run: |
                  import socket
                  socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)
              tcp-socket-and-pair:
                run: |
                  import socket
                  socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
                  a, b = socket.socketpair()
                  a.close()
                  b.close()
            """
        let (outcome, results) = try Self.run(scenario, ["--engine", "numpy"])
        #expect(outcome.status == 1)
        let variants = Self.variants(results)
        for name in ["udp", "unix", "netlink"] {
            let failure = try #require(variants[name])
            #expect(failure.kind == "error" && failure.message.contains("PermissionError: [Errno 13] Permission denied"), "\(name): \(failure.message)")
        }
        #expect(variants["tcp-socket-and-pair"]?.status == "ok", "\(String(describing: variants["tcp-socket-and-pair"]))")
        #expect(!receiver.wasConnected)
        // The datagram is real: without the sandbox it arrives.
        let (_, unconfined) = try Self.run(scenario, ["--engine", "numpy", "--no-sandbox", "--filter", "udp"])
        #expect(Self.variants(unconfined)["udp"]?.status == "ok")
        #expect(receiver.wasConnected)
    }

    @Test("asv-style discovery imports the benchmark modules confined: a module that writes outside at import changes nothing and its benchmark fails with PermissionError; --no-sandbox lets it write",
          .enabled(if: numpyPresent, "python3 with numpy and memray is not installed: the NumPy engine cannot run"),
          .enabled(if: landlock, "this kernel offers no Landlock"))
    func discoveryIsConfined() throws {
        let outside = try Outside()
        let before = outside.snapshot
        let target = outside.url.appendingPathComponent("imported.txt").path
        let directory = try CheckCommandTests.Directory(["bench_hostile.py": """
            import numpy as np

            with open("\(target)", "w") as f:
                f.write("written while importing")


            def peakmem_ones():
                return np.ones(10)
            """])
        // `check` only discovers (imports the module): the import fails inside the sandbox.
        let confined = try PeakmemProcess.run(["check", "bench_hostile.py", "--engine", "numpy"], in: directory.url)
        #expect(confined.status == 0, "\(confined.standardError)")
        #expect(outside.snapshot == before)
        // The benchmark then fails with the import's error, at its line; nothing was written.
        let run = try PeakmemProcess.run(["run", "--repeat", "1", "bench_hostile.py", "--engine", "numpy", "--no-report"], in: directory.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("bench_hostile.py:3: error: PermissionError: [Errno 13] Permission denied: '\(target)'"),
                "\(run.standardError)")
        #expect(outside.snapshot == before)
        // The write is real: without the sandbox the import writes outside.
        let unconfined = try PeakmemProcess.run(["run", "--repeat", "1", "bench_hostile.py", "--engine", "numpy", "--no-sandbox", "--no-report"],
                                                in: directory.url)
        #expect(unconfined.status == 0, "\(unconfined.standardError)")
        #expect(FileManager.default.fileExists(atPath: target))
    }

    @Test("the results record the sandbox: landlock with its ABI here; --sandbox=require runs; --no-sandbox with require is a usage error",
          .enabled(if: landlock, "this kernel offers no Landlock"))
    func sandboxRecorded() throws {
        let scenario = "scenario: s\ntitle: t\nvariants:\n  v:\n    run: a = np.ones(3)\n"
        let (outcome, results) = try Self.run(scenario, ["--sandbox", "require"])
        #expect(outcome.status == 0)
        let sandbox = try #require((results["options"] as? [String: Any])?["sandbox"] as? [String: Any])
        #expect(sandbox["mode"] as? String == "landlock" && sandbox["option"] as? String == "require")
        #expect((sandbox["landlock_abi"] as? Int ?? 0) >= 1)
        #expect((results["options"] as? [String: Any])?["default_timeout"] as? Double == 600)
        let directory = try CheckCommandTests.Directory(["s.yaml": scenario])
        let contradiction = try PeakmemProcess.run(["run", "--repeat", "1", "s.yaml", "--no-sandbox", "--sandbox", "require", "--no-report"], in: directory.url)
        #expect(contradiction.status == 2)
        #expect(contradiction.standardError.contains("--no-sandbox and --sandbox=require contradict each other"))
    }

    // MARK: Timeouts and process lifetimes

    static let endless = """
        scenario: endless
        title: a loop that never ends
        timeout: 2 s
        variants:
          spin:
            run: |
              i = 0
              for j in range(10**18):
                  i = i + 1
        """

    @Test("a scenario's timeout: stops an endless loop; --timeout none is accepted, a bad timeout: is an error at its line")
    func scenarioTimeout() throws {
        let started = Date()
        let (outcome, results) = try Self.run(Self.endless)
        #expect(outcome.status == 1)
        #expect(Date().timeIntervalSince(started) < 30)
        let spin = try #require(Self.variants(results)["spin"])
        #expect(spin.kind == "timeout" && spin.message.hasPrefix("timed out after 2 s"))
        let directory = try CheckCommandTests.Directory(["s.yaml": Self.endless.replacingOccurrences(of: "timeout: 2 s", with: "timeout: soon")])
        let bad = try PeakmemProcess.run(["check", "s.yaml"], in: directory.url)
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("s.yaml:3:10: error: 'soon' is not a timeout: a positive time (e.g. 30 s, 2 min) or none [at timeout]"))
    }

    /// A NumPy-engine variant that starts two sleeping Python children (one in a session of
    /// its own, out of the worker's process group), then loops; `marker` is in their command lines.
    static func spawning(marker: String, timeout: String) -> String {
        let os = #"os = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == "_wrap_close"][0].__init__.__globals__"#
        return """
            scenario: spawning
            title: background children
            timeout: \(timeout)
            variants:
              children:
                run: |
                  \(os)
                  sys = os["__builtins__"]["__import__"]("sys")
                  subprocess = os["__builtins__"]["__import__"]("subprocess")
                  p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300) # \(marker)"], start_new_session=True)
                  q = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300) # \(marker)"])
                  i = 0
                  for j in range(10**18):
                      i = i + 1
            """
    }

    /// The live (not zombie) processes whose command line contains `marker`.
    static func processes(containing marker: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(pid_t.init).filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).contains(marker) && isAlive(pid)
        }
    }

    /// True while `pid` exists and is not a zombie.
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(close, offsetBy: 2)] != "Z"
    }

    /// Every process beneath `pid`.
    static func descendants(of pid: pid_t) -> [pid_t] {
        var found: [pid_t] = [], pending = [pid]
        while let next = pending.popLast() {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(next)/task")) ?? []
            for task in tasks {
                let text = (try? String(contentsOfFile: "/proc/\(next)/task/\(task)/children", encoding: .utf8)) ?? ""
                let children = text.split(separator: " ").compactMap { pid_t($0) }
                found += children
                pending += children
            }
        }
        return found
    }

    /// Waits up to `seconds` for `condition`.
    static func wait(_ seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    @Test("NumPy engine: no child of the driver outlives --timeout, not even one in a session of its own",
          .enabled(if: numpyPresent, "python3 with numpy and memray is not installed: the NumPy engine cannot run"))
    func numpyChildrenEndWithTheTimeout() throws {
        let marker = "peakmem-test-\(UUID().uuidString)"
        let (_, results) = try Self.run(Self.spawning(marker: marker, timeout: "none"), ["--engine", "numpy", "--timeout", "3s"])
        #expect(Self.variants(results)["children"]?.kind == "timeout")
        #expect(Self.processes(containing: marker).isEmpty)
    }

    @Test("SIGKILL or SIGTERM of peakmem run leaves no worker and no worker child alive (by PID), on both engines",
          arguments: [(SIGKILL, "swift"), (SIGTERM, "swift"), (SIGKILL, "numpy"), (SIGTERM, "numpy")])
    func workersDieWithPeakmem(signal: Int32, engine: String) throws {
        guard engine == "swift" || Self.numpyPresent else { return }
        let marker = "peakmem-test-\(UUID().uuidString)"
        let scenario = engine == "swift" ? Self.endless.replacingOccurrences(of: "timeout: 2 s", with: "timeout: none")
            : Self.spawning(marker: marker, timeout: "none")
        let directory = try CheckCommandTests.Directory(["s.yaml": scenario])
        let process = Process()
        process.executableURL = try PeakmemProcess.executableURL()
        process.arguments = ["run", "--repeat", "1", "s.yaml", "--engine", engine, "--no-report", "--quiet"]
        process.currentDirectoryURL = directory.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The supervisor and the worker; on NumPy the worker's two children as well.
        let expected = engine == "swift" ? 2 : 4
        var tree: [pid_t] = []
        #expect(Self.wait(60) { tree = Self.descendants(of: process.processIdentifier); return tree.count >= expected })
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(Self.wait(10) { tree.allSatisfy { !Self.isAlive($0) } }, "alive: \(tree.filter(Self.isAlive))")
        #expect(Self.processes(containing: marker).isEmpty)
    }

    // MARK: Memory and output

    static let memoryHogs = """
        scenario: hogs
        title: memory outside the ledger
        variants:
          lists:
            run: x = [1.5] * (40 * 10**6)
          strings:
            run: s = "x" * (400 * 2**20)
          memmap:
            run: |
              m = np.memmap("big.dat", dtype=np.uint8, mode="w+", shape=(400 * 2**20,))
              m[:] = 1
          small:
            run: |
              a = np.ones(1000)
              l = [1] * 1000
        """

    @Test("lists, strings and memmap writes beyond --memory-limit fail with a memory-limit failure naming the resident-memory limit; small code passes",
          arguments: ["swift", "numpy"])
    func memoryLimitHolds(engine: String) throws {
        guard engine == "swift" || Self.numpyPresent else { return }
        let (_, results) = try Self.run(Self.memoryHogs, ["--engine", engine, "--memory-limit", "50MiB"])
        let variants = Self.variants(results)
        for name in ["lists", "strings", "memmap"] {
            let failure = try #require(variants[name])
            #expect(failure.kind == "memory_limit" && failure.limit == "resident", "\(engine) \(name): \(failure)")
            #expect(failure.message == "the resident memory of the worker's processes grew past the --memory-limit: killed")
        }
        #expect(variants["small"]?.status == "ok")
    }

    @Test("200 MB of print output keeps peakmem run under 100 MB of resident memory")
    func outputIsBounded() throws {
        let directory = try CheckCommandTests.Directory(["s.yaml": """
            scenario: chatty
            title: prints 200 MB
            variants:
              print:
                run: |
                  line = "x" * 999
                  for i in range(200000):
                      print(line)
            """])
        let process = Process()
        process.executableURL = try PeakmemProcess.executableURL()
        process.arguments = ["run", "--repeat", "1", "s.yaml", "--no-report", "--quiet"]
        process.currentDirectoryURL = directory.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var peak = 0
        while process.isRunning {
            // VmHWM: the parent's own peak resident memory so far (never decreases).
            if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") {
                peak = max(peak, kilobytes * 1024)
            }
            usleep(20_000)
        }
        #expect(process.terminationStatus == 0)
        #expect(peak > 0 && peak < 100_000_000, "peak RSS of peakmem run: \(peak) bytes")
    }
}
