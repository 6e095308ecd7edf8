import Foundation
import PeakmemScenario

extension ScenarioRunner {
    /// `worker` set up for one run of `variant`: its timeout, and its launcher with the
    /// sandbox policy of `scenario` (``sandboxPolicy(for:program:numpy:)``).
    func prepared(_ worker: WorkerProcess, _ scenario: Scenario, _ variant: Variant, numpy: Bool) -> WorkerProcess {
        var worker = worker
        worker.timeout = configuration.timeout(of: variant, in: scenario)
        if let launcher = configuration.launcher {
            worker.launcher = WorkerLauncher(executable: launcher,
                                             policy: sandboxPolicy(for: scenario, program: worker.executable, numpy: numpy))
        }
        return worker
    }

    /// What a worker running `scenario` may reach: besides its own directory (added by
    /// ``WorkerProcess``), read-only the system (``SandboxPolicy/systemReadable``), the
    /// libraries peakmem loads, the scenario file's directory and its `data:` directories,
    /// and on the NumPy engine its `python_path:` directories, the Python installation (``NumpyEnvironment/readablePaths``)
    /// and the driver; it may execute only `program` (the worker) and the dynamic loader.
    func sandboxPolicy(for scenario: Scenario, program: URL, numpy: Bool) -> SandboxPolicy {
        var readable = SandboxPolicy.systemReadable + SandboxPolicy.loadedLibraryDirectories()
        if scenario.file != InlineCode.file {
            readable.append(URL(fileURLWithPath: WorkerProcess.absolute(scenario.file)).deletingLastPathComponent().path)
        }
        readable += scenario.data
        if numpy { readable += scenario.pythonPath }
        if numpy, let environment = configuration.numpyEnvironment {
            readable += environment.readablePaths
            readable.append(NumpyDriver.installedPath(in: workspace).path)
        }
        // The NumPy driver's own analysis after the run counts too (``NumpyDriver/analysisAllowance``).
        let limit = configuration.memoryLimit.map { numpy ? $0.bytes + NumpyDriver.analysisAllowance : $0.bytes }
        return SandboxPolicy(landlock: configuration.sandbox.mode == .landlock, writable: [], readable: readable,
                             executable: [program.resolvingSymlinksInPath().path] + SandboxPolicy.dynamicLoaders,
                             memoryLimit: limit)
    }
}
