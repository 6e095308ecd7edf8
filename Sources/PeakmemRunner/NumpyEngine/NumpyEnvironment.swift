import Foundation
import PeakmemScenario

/// The Python the NumPy engine runs with, checked once before a run: the interpreter, the
/// versions of NumPy and memray, and which optional packages scenario code may import
/// (SciPy, numexpr, opt_einsum) are installed.
package struct NumpyEnvironment: Sendable, Hashable {
    /// The Python command found (`$PEAKMEM_PYTHON` or `python3` on `PATH`; possibly a wrapper
    /// script such as a pyenv shim).
    package var python: URL
    /// The interpreter itself (`sys.executable`, symbolic links resolved): what the NumPy
    /// engine starts, so that its sandbox need allow no shell or wrapper.
    package var interpreter: URL
    /// The Python installation the interpreter reads (its prefixes and the existing entries of
    /// `sys.path`: the standard library, site-packages, the user's site-packages): readable
    /// in the NumPy engine's sandbox.
    package var readablePaths: [String] = []
    /// `python`, `numpy`, `memray` → version.
    package var versions: [String: String]
    /// The optional packages that can be imported.
    package var available: Set<String>

    /// The optional packages a scenario's code may import.
    package static let optionalPackages = ["scipy", "numexpr", "opt_einsum"]

    /// Starts the interpreter once to read what is installed; throws when Python, NumPy or
    /// memray is missing (`make deps` installs them).
    package static func probe(python: URL? = NumpyDriver.python()) throws(NumpyEngineError) -> NumpyEnvironment {
        guard let python else { throw .pythonMissing }
        let script = """
            import importlib.util, json, sys
            found = {"python": sys.version.split()[0]}
            missing = []
            for name in ("numpy", "memray"):
                try:
                    found[name] = __import__(name).__version__
                except ImportError:
                    missing.append(name)
            optional = [n for n in \(optionalPackages) if importlib.util.find_spec(n) is not None]
            import os, site
            paths = [sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix] + sys.path + site.getsitepackages()
            if site.ENABLE_USER_SITE:
                paths.append(site.getusersitepackages())
            paths = sorted({os.path.realpath(p) for p in paths if p and os.path.exists(p)})
            print(json.dumps({"versions": found, "missing": missing, "optional": optional, "paths": paths,
                              "executable": os.path.realpath(sys.executable)}))
            """
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw .pythonMissing }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        struct Answer: Decodable {
            var versions: [String: String]; var missing: [String]; var optional: [String]; var paths: [String]; var executable: String
        }
        guard process.terminationStatus == 0, let answer = try? JSONDecoder().decode(Answer.self, from: data) else {
            throw .pythonFailed(python.path)
        }
        if !answer.missing.isEmpty { throw .packagesMissing(answer.missing, python: python.path) }
        return NumpyEnvironment(python: python, interpreter: URL(fileURLWithPath: answer.executable),
                                readablePaths: answer.paths, versions: answer.versions, available: Set(answer.optional))
    }

    /// The optional packages that `variant`'s code (with the scenario's setup) imports and
    /// that are not installed.
    package func missingPackages(_ scenario: Scenario, _ variant: Variant) -> [String] {
        let code = [scenario.setup, variant.setup, variant.run].compactMap { $0?.text }.joined(separator: "\n")
        return Self.optionalPackages.filter { package in
            !available.contains(package) && code.split(separator: "\n").contains { line in
                let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "." })
                return (words.first == "import" || words.first == "from") && words.dropFirst().contains { $0 == package }
            }
        }
    }
}

/// Why the NumPy engine cannot run.
package enum NumpyEngineError: Error, Sendable, Hashable, CustomStringConvertible {
    case pythonMissing
    case pythonFailed(String)
    case packagesMissing([String], python: String)
    /// Variants whose code imports packages that are not installed: (scenario/variant, packages).
    case variantsNeedPackages([(String, [String])])

    package var description: String {
        switch self {
        case .pythonMissing:
            "the NumPy engine needs python3 (set PEAKMEM_PYTHON or put python3 on PATH); `make deps` installs NumPy and memray for it"
        case .pythonFailed(let path):
            "the NumPy engine could not query \(path)"
        case .packagesMissing(let packages, let python):
            "the NumPy engine needs \(packages.joined(separator: " and ")) for \(python); `make deps` installs \(packages.count == 1 ? "it" : "them") (pip install --user \(packages.joined(separator: " ")))"
        case .variantsNeedPackages(let list):
            list.map { "variant '\($0.0)' needs the Python package\($0.1.count == 1 ? "" : "s") \($0.1.joined(separator: ", ")) for the NumPy engine; `make deps` installs \($0.1.count == 1 ? "it" : "them")" }
                .joined(separator: "\n")
        }
    }

    package static func == (a: Self, b: Self) -> Bool { a.description == b.description }
    package func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
