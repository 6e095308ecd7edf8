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
    /// ``WorkerProcess``) and the libraries peakmem loads (added by the supervisor,
    /// ``SandboxConfinement/ruleset(for:)``), read-only the system
    /// (``SandboxPolicy/systemReadable``), the scenario file's directory and its `data:` directories,
    /// and on the NumPy engine its `python_path:` directories and benchmark roots, the Python installation (``NumpyEnvironment/readablePaths``)
    /// and the driver; it may execute only `program` (the worker) and the dynamic loader.
    func sandboxPolicy(for scenario: Scenario, program: URL, numpy: Bool) -> SandboxPolicy {
        var readable = SandboxPolicy.systemReadable
        if scenario.file != InlineCode.file {
            readable.append(URL(fileURLWithPath: WorkerProcess.absolute(scenario.file)).deletingLastPathComponent().path)
        }
        readable += scenario.data
        if numpy {
            // The user's code: `python_path:` and the roots asv-style benchmark modules import from.
            readable += scenario.pythonPath
            readable += Set(scenario.variants.compactMap { $0.benchmark?.root }).sorted()
        }
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
