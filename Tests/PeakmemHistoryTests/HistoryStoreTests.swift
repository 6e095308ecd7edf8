import Foundation
import GRDB
import PeakmemHistory
import PeakmemReports
import Testing

@Suite("HistoryStore: recording, reading, deleting, schema")
struct HistoryStoreTests {
    static let figures: [String: Double] = ["peak_increment": 80_000, "retained": 80_000, "temporaries": 0, "rss_peak": 38_000_000]

    @Test("a recorded run reads back with the commit, the series and exactly the figures compare reads")
    func roundTrip() throws {
        let store = try HistoryStore(path: ResultsFixture.storePath())
        let results = try ResultsFixture.results(["s/a": Self.figures, "s/b": nil, "t/c": ["peak_increment": 8]])
        let commit = ResultsFixture.commit(1, dirty: true)
        let run = try store.record(results, commit: commit)
        #expect(run.id == 1)
        #expect(run.commit == commit)
        #expect(run.series == HistorySeries(machineClass: MachineClass(system: "Linux", architecture: "x86_64", engine: "swift"), scale: "quick"))
        #expect(run.variantCount == 3)
        #expect(run.failedCount == 1)
        #expect(try store.figures(ofRun: run.id) == FigureTable(results))
        let variants = try store.variants(ofRun: run.id)
        #expect(variants.map(\.key) == ["s/a", "s/b", "t/c"])
        #expect(variants[1].status == "failed")
        #expect(variants[1].failure == "memory_limit")
        #expect(variants[0].file == "scenarios/s.yaml")
        #expect(try store.schemaVersion() == "v1-runs")
    }

    @Test("runs come in commit-date order, then recording order; deleting takes their figures along")
    func orderAndDelete() throws {
        let path = ResultsFixture.storePath()
        let store = try HistoryStore(path: path)
        let results = try ResultsFixture.results(["s/a": Self.figures])
        try store.record(results, commit: ResultsFixture.commit(3))
        try store.record(results, commit: ResultsFixture.commit(1))
        try store.record(results, commit: ResultsFixture.commit(3))
        #expect(try store.runs().map(\.id) == [2, 1, 3])
        #expect(try store.runs(commitPrefix: "333").map(\.id) == [1, 3])
        #expect(try store.runs(matching: "#2", repository: nil).map(\.id) == [2])
        #expect(try store.delete(runs: [1, 3]) == 2)
        #expect(try store.runs().map(\.id) == [2])
        #expect(try store.figures(ofRun: 1).variants.isEmpty)
        let leftovers = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM figure WHERE run_id != 2")
        }
        #expect(leftovers == 0)
    }

    @Test("a trend skips failed runs, and its changes are the runs with a new value")
    func trend() throws {
        let store = try HistoryStore(path: ResultsFixture.storePath())
        let values: [Double?] = [80_000, 80_000, nil, 160_000, 160_000, 80_000]
        for (index, value) in values.enumerated() {
            let figures: [String: Double]? = value.map { ["peak_increment": $0] }
            try store.record(try ResultsFixture.results(["s/a": figures]), commit: ResultsFixture.commit(index + 1))
        }
        try store.record(try ResultsFixture.results(["s/a": ["peak_increment": 1]], scale: "doc"), commit: ResultsFixture.commit(7))
        let series = try HistoryView.series(in: store)
        #expect(series.all.count == 2)
        #expect(series.newest?.scale == "doc")
        let view = try HistoryView(store: store, series: try #require(series.all.first { $0.scale == "quick" }))
        let trend = try view.trend(key: "s/a", metric: "peak_increment")
        #expect(trend.points.map(\.value) == values)
        #expect(trend.changes == [FigureTrend.Change(index: 3, old: 80_000, new: 160_000), FigureTrend.Change(index: 5, old: 160_000, new: 80_000)])
        #expect(try view.exactChangeRuns(key: "s/a") == [4, 6])
    }

    @Test("a store written by a newer peakmem is refused; a file that is not SQLite cannot be opened")
    func refusals() throws {
        let path = ResultsFixture.storePath()
        _ = try HistoryStore(path: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')") }
        #expect {
            _ = try HistoryStore(path: path)
        } throws: { error in
            guard case HistoryStoreError.newerSchema = error else { return false }
            return true
        }
        let garbage = ResultsFixture.storePath()
        try FileManager.default.createDirectory(atPath: (garbage as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: garbage))
        #expect {
            _ = try HistoryStore(path: garbage)
        } throws: { error in
            guard case HistoryStoreError.cannotOpen = error else { return false }
            return "\(error)".contains(garbage)
        }
    }

    @Test("the trend chart marks exactly the runs given, by commit")
    func chartMarks() throws {
        let store = try HistoryStore(path: ResultsFixture.storePath())
        for (index, value) in [1.0, 1, 2, 2].enumerated() {
            try store.record(try ResultsFixture.results(["s/a": ["peak_increment": value * 80_000]]), commit: ResultsFixture.commit(index + 1))
        }
        let view = try HistoryView(store: store, series: try #require(HistoryView.series(in: store).newest))
        let trend = try view.trend(key: "s/a", metric: "peak_increment")
        let svg = TrendChart(trend: trend, markedRuns: try view.exactChangeRuns(key: "s/a")).render()
        #expect(svg.contains(">changed at 3333333333<"))
        for other in [1, 2, 4] { #expect(!svg.contains("changed at \(String(repeating: String(other), count: 10))")) }
        #expect(svg.components(separatedBy: "stroke-dasharray").count - 1 == 1)
        #expect(svg.contains(">KiB<"))
    }

    @Test("CSV quotes fields with commas and quotes; JSON carries the schema")
    func export() throws {
        let store = try HistoryStore(path: ResultsFixture.storePath())
        var commit = ResultsFixture.commit(1)
        commit.subject = "fix \"dot\", again"
        try store.record(try ResultsFixture.results(["s/a": ["peak_increment": 80_000, "wall_time": 0.25]]), commit: commit)
        let export = try HistoryExport(store: store)
        let lines = export.csv().components(separatedBy: "\r\n")
        #expect(lines[0] == HistoryExport.csvHeader.joined(separator: ","))
        #expect(lines[1].hasSuffix(",s/a,peak_increment,80000"))
        #expect(lines[1].contains(",\"fix \"\"dot\"\", again\",main,false,"))
        #expect(lines[2].hasSuffix(",s/a,wall_time,0.25"))
        #expect(lines.count == 4 && lines[3].isEmpty)
        #expect(try export.json().contains("\"schema\" : \"peakmem-history-export/1\""))
    }
}
