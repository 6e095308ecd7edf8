import Foundation

/// The NumPy engine's worker: a Python program (the driver) that speaks the worker protocol
/// (``WorkerRequest`` in, ``WorkerReply`` out) and runs a variant on real NumPy.
///
/// The driver is a real Python file, `Driver/peakmem_numpy_driver.py` (linted and unit-tested
/// by `make test`); `make driver` (run by every `make build`) embeds it as ``source`` into the
/// generated `NumpyDriver+Source.swift`, so `.build/release/peakmem` and any installed copy of
/// it carry the driver without resource files. Each run writes it into its workspace
/// (``install(in:)``) and starts it with `--python PATH`, `$PEAKMEM_PYTHON` or `python3`.
/// ``probe()`` checks first that Python, NumPy and memray are there.
package enum NumpyDriver {
    /// The Python interpreter: `$PEAKMEM_PYTHON`, else `python3` found on `$PATH`.
    package static func python(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let given = environment["PEAKMEM_PYTHON"], !given.isEmpty {
            return given.contains("/") ? URL(fileURLWithPath: given) : find(given, environment)
        }
        return find("python3", environment)
    }

    static func find(_ name: String, _ environment: [String: String]) -> URL? {
        for directory in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// What the whole-worker `--memory-limit` adds for the NumPy driver's own work after the
    /// scenario code: reading memray's capture with native stacks symbolizes the loaded
    /// libraries, about 90 MiB of resident memory on a trivial variant
    /// (docs/research/scripts/sandbox/driver_analysis_rss.py; 95 MiB limit killed, 105 MiB
    /// passed in `peakmem run --engine numpy`). 160 MiB leaves room for more libraries.
    package static let analysisAllowance = 160 << 20

    /// The file name the driver is written under.
    package static let fileName = "peakmem_numpy_driver.py"

    /// How the driver is started: the interpreter `python` running `driver` unbuffered with
    /// `arguments` (none to measure a variant, `--discover FILE...` to find benchmarks). The
    /// one place that builds the driver's command line.
    package static func command(python: URL, driver: URL, arguments: [String] = []) -> (executable: URL, arguments: [String]) {
        (python, ["-u", driver.path] + arguments)
    }

    /// Where ``install(in:)`` writes the driver in `directory`.
    static func installedPath(in directory: URL) -> URL {
        directory.appendingPathComponent(fileName)
    }

    /// Writes the driver into `directory` and returns its path.
    package static func install(in directory: URL) throws -> URL {
        let file = installedPath(in: directory)
        try Data(source.utf8).write(to: file, options: .atomic)
        return file
    }
}
