import Foundation
import Testing

/// The history store under SIGKILL and concurrent writers: a killed recorder leaves no partial
/// record, two recorders at once both land.
@Suite("peakmem history: killed and concurrent recorders (end to end)")
struct HistoryDurabilityTests {
    /// A repository with one commit of the acceptance scenario and a complete results file.
    static func repository() throws -> ThrowawayRepository {
        let repository = try ThrowawayRepository()
        try repository.write("scenarios/growth.yaml", HistoryCommandTests.growthScenario(step: 3))
        try repository.commit("one")
        try HistoryCommandTests.peakmem(["run", "--repeat", "1", "scenarios", "--json", "small.json", "--no-report", "--quiet"], in: repository)
        return repository
    }

    /// Writes `big.json`: `small.json` with its first variant copied `count` times (as `v0`,
    /// `v1`, ...), so that recording it writes `count` variant rows and `count × figures`
    /// figure rows in one transaction — long enough for a kill to land inside it.
    static func writeBigResults(in repository: ThrowawayRepository, count: Int) throws -> Int {
        let url = repository.url.appendingPathComponent("small.json")
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var scenarios = try #require(root["scenarios"] as? [[String: Any]])
        let variants = try #require(scenarios[0]["variants"] as? [[String: Any]])
        var template = variants[0]
        template["runs"] = []
        scenarios[0]["variants"] = (0..<count).map { index in
            var variant = template
            variant["name"] = "v\(index)"
            return variant
        }
        root["scenarios"] = scenarios
        try JSONSerialization.data(withJSONObject: root).write(to: repository.url.appendingPathComponent("big.json"))
        let figures = try #require(template["figures"] as? [String: Double])
        return figures.count + 2  // + the wall and CPU time medians
    }

    /// Starts peakmem in the repository without waiting, its output discarded.
    static func start(_ arguments: [String], in repository: ThrowawayRepository) throws -> Process {
        let process = Process()
        process.executableURL = try PeakmemProcess.executableURL()
        process.arguments = arguments
        process.currentDirectoryURL = repository.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// How many runs the store holds (`history list`).
    static func runCount(in repository: ThrowawayRepository, store: String) throws -> Int {
        let list = try HistoryCommandTests.peakmem(["history", "list", "--store", store], in: repository).standardOutput
        return list.split(separator: "\n").filter { $0.hasPrefix(" #") || $0.hasPrefix("#") }.count
    }

    /// Per recorded run: its variant count (from `history list`) and its figure count (rows of
    /// `history export --format csv`).
    static func recordedRuns(in repository: ThrowawayRepository, store: String) throws -> [(variants: Int, figures: Int)] {
        let list = try HistoryCommandTests.peakmem(["history", "list", "--store", store], in: repository).standardOutput
        let variants = list.split(separator: "\n").filter { $0.hasPrefix(" #") || $0.hasPrefix("#") }.map { line in
            Int(line.split(separator: " ").dropLast(1).last ?? "") ?? -1
        }
        let csv = try HistoryCommandTests.peakmem(["history", "export", "--format", "csv", "--store", store], in: repository).standardOutput
        var figures: [String: Int] = [:]
        for line in csv.components(separatedBy: "\r\n").dropFirst() where !line.isEmpty {
            figures[String(line.prefix { $0 != "," }), default: 0] += 1
        }
        let ids = figures.keys.compactMap { Int($0) }.sorted()
        return zip(variants, ids).map { ($0, figures[String($1)] ?? 0) }
    }

    /// The size of the file at `path` (0 when there is none).
    static func size(of path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// Kills `arguments` with SIGKILL after random delays up to about its full duration, at
    /// least `trials` times, then checks that every recorded run is complete (a record is never
    /// deleted, so a partial one left by any trial would still be there).
    ///
    /// With `interruptedWrites`, trials go on (up to 8 × `trials`; every other one is killed as
    /// soon as the WAL grows by 64 KiB, inside the write) until that many kills landed
    /// inside the write: the store's WAL held more than 64 KiB of frames when the process died
    /// (the transaction's pages, spilled or being committed) and yet no run was added.
    static func killRepeatedly(_ arguments: [String], store: String, in repository: ThrowawayRepository, trials: Int,
                               interruptedWrites: Int = 0, variants: Int, figuresPerVariant: Int) throws {
        // One complete record first: its duration sets the range of the kill delays.
        let began = Date()
        try HistoryCommandTests.peakmem(arguments, in: repository)
        let duration = Date().timeIntervalSince(began)
        let wal = repository.url.appendingPathComponent(store + "-wal").path
        var delays: [Double] = [], interrupted = 0, recorded = try runCount(in: repository, store: store)
        var trial = 0
        while trial < trials || (interrupted < interruptedWrites && trial < 8 * trials) {
            trial += 1
            let walBefore = Self.size(of: wal)
            let process = try start(arguments, in: repository)
            var delay = duration * Double.random(in: 0.05...1.1)
            if interruptedWrites > 0, trial % 2 == 0 {
                // Aimed at the write: the kill comes as soon as the WAL has grown by 64 KiB of
                // the transaction's frames (or at 1.5 × the duration, when it never does).
                let started = Date()
                while process.isRunning, Self.size(of: wal) <= walBefore + (64 << 10),
                      Date().timeIntervalSince(started) < 1.5 * duration {
                    usleep(200)
                }
                delay = Date().timeIntervalSince(started)
            } else {
                Thread.sleep(forTimeInterval: delay)
            }
            guard process.isRunning else {
                process.waitUntilExit()
                continue
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            delays.append(delay)
            guard interruptedWrites > 0 else { continue }
            let walBytes = Self.size(of: wal)
            let now = try runCount(in: repository, store: store)
            if walBytes > 64 << 10, now == recorded { interrupted += 1 }
            recorded = now
        }
        #expect(!delays.isEmpty, "no run was killed: every one finished within its delay")
        #expect(interrupted >= interruptedWrites, "\(interrupted) kills inside the write in \(trial) trials (delays \(delays) of \(duration) s)")
        let runs = try recordedRuns(in: repository, store: store)
        #expect(runs.count >= 1 && runs.count <= 1 + trial)
        for run in runs {
            #expect(run.variants == variants && run.figures == variants * figuresPerVariant,
                    "a partial run \(run) in \(runs) (kills after \(delays) s of a \(duration) s record)")
        }
    }

    @Test("SIGKILL at random moments of `history record` (a 2,000-variant write) never leaves a partial record; some kills land inside the write")
    func killedRecord() throws {
        let repository = try Self.repository()
        let perVariant = try Self.writeBigResults(in: repository, count: 2000)
        try Self.killRepeatedly(["history", "record", "big.json", "--store", "kill.sqlite"], store: "kill.sqlite",
                                in: repository, trials: 6, interruptedWrites: 1, variants: 2000, figuresPerVariant: perVariant)
    }

    @Test("SIGKILL at random moments of `run --record` never leaves a partial record")
    func killedRun() throws {
        let repository = try Self.repository()
        let perVariant = try Self.writeBigResults(in: repository, count: 1)
        try Self.killRepeatedly(["run", "--repeat", "1", "scenarios", "--record", "--store", "run.sqlite", "--no-report", "--quiet"], store: "run.sqlite",
                                in: repository, trials: 8, variants: 2, figuresPerVariant: perVariant)
    }

    @Test("two recorders at once on a new store both land, complete (three rounds), and two `run --record` too")
    func concurrentRecorders() throws {
        let repository = try Self.repository()
        let perVariant = try Self.writeBigResults(in: repository, count: 300)
        for round in 0..<3 {
            let store = "concurrent-\(round).sqlite"
            let recorders = try (0..<2).map { _ in try Self.start(["history", "record", "big.json", "--store", store], in: repository) }
            for recorder in recorders {
                recorder.waitUntilExit()
                #expect(recorder.terminationStatus == 0, "round \(round)")
            }
            let runs = try Self.recordedRuns(in: repository, store: store)
            #expect(runs.count == 2, "round \(round)")
            for run in runs { #expect(run.variants == 300 && run.figures == 300 * perVariant, "round \(round): \(runs)") }
        }
        let runners = try (0..<2).map { _ in
            try Self.start(["run", "--repeat", "1", "scenarios", "--record", "--store", "runs.sqlite", "--no-report", "--quiet"], in: repository)
        }
        for runner in runners {
            runner.waitUntilExit()
            #expect(runner.terminationStatus == 0)
        }
        let runs = try Self.recordedRuns(in: repository, store: "runs.sqlite")
        #expect(runs.count == 2)
        for run in runs { #expect(run.variants == 2 && run.figures == 2 * perVariant, "\(runs)") }
    }
}
