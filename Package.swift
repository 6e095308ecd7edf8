// swift-tools-version:6.0
//
// peakmem: a memory-profiling benchmark harness for array code.
//
// Modules, one concept each, in layers (a module depends only on modules above it here;
// docs/architecture.md draws the graph and the path data takes):
//   PeakmemResults        the leaf: the vocabulary every boundary encodes (Metric, Scale, Semantics,
//                         ParameterValue, ByteSize, variant selection, measurement records, results
//                         JSON, ratios); Foundation only, no C library
//   PeakmemLanguage       the NumPy-subset language of scenario code: tokens, parser, syntax tree
//   CBLAS, CJemalloc      system-library shims over OpenBLAS and jemalloc (pkg-config)
//   CSandbox              the Landlock and prctl calls of the worker sandbox (C wrappers)
//   PeakmemEngine         the NumPy-compatible array engine and its exact allocation ledger
//   PeakmemMeasurement    jemalloc statistics, /proc probes, the sampler, the measurement protocol
//   PeakmemRuntime        the interpreter of scenario code on the engine, and the function registry
//   PeakmemScenario       scenario files (YAML): the model, loading and validation, parameters
//                         (Results + Language + Yams: no C library)
//   PeakmemRunner         workers (one process per measured run), the run protocol, both engines
//   PeakmemReports        Markdown/SVG reports, results comparison, the CI gate, baselines, shards
//                         (Results + Scenario: reads results, never runs anything)
//   PeakmemHistory        the results store over git commits (SQLite through GRDB), trends, bisection
//                         (Results + Reports + GRDB; runs scenarios only by starting the peakmem executable)
//   peakmem               the command-line tool (swift-argument-parser)
//   peakmem-bench         benchmarks run by `make bench` (release build)
// Every target lists each module it imports; Package.resolved pins the package versions.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

let package = Package(
    name: "peakmem",
    products: [
        .executable(name: "peakmem", targets: ["peakmem"]),
        .library(name: "PeakmemResults", targets: ["PeakmemResults"]),
        .library(name: "PeakmemEngine", targets: ["PeakmemEngine"]),
        .library(name: "PeakmemMeasurement", targets: ["PeakmemMeasurement"]),
        .library(name: "PeakmemLanguage", targets: ["PeakmemLanguage"]),
        .library(name: "PeakmemScenario", targets: ["PeakmemScenario"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        // Landlock and prctl for the worker sandbox (no library: system calls only).
        .systemLibrary(name: "CSandbox"),
        .target(
            name: "PeakmemResults",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemEngine",
            dependencies: ["CBLAS", "PeakmemResults"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemMeasurement",
            dependencies: ["CJemalloc", "CBLAS", "PeakmemEngine", "PeakmemResults"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemLanguage",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemRuntime",
            dependencies: ["PeakmemEngine", "PeakmemLanguage", "PeakmemResults"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemScenario",
            dependencies: [
                "PeakmemLanguage",
                "PeakmemResults",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemRunner",
            dependencies: ["CSandbox", "PeakmemEngine", "PeakmemMeasurement", "PeakmemLanguage", "PeakmemResults", "PeakmemRuntime", "PeakmemScenario"],
            // The NumPy driver's Python source and tests; `make driver` embeds the driver into
            // NumpyEngine/NumpyDriver+Source.swift.
            exclude: ["NumpyEngine/Driver"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemReports",
            dependencies: ["PeakmemResults", "PeakmemScenario"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemHistory",
            dependencies: [
                "PeakmemResults",
                "PeakmemReports",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "peakmem",
            dependencies: [
                "PeakmemResults",
                "PeakmemLanguage",
                "PeakmemHistory",
                "PeakmemMeasurement",
                "PeakmemRuntime",
                "PeakmemScenario",
                "PeakmemRunner",
                "PeakmemReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "peakmem-bench",
            dependencies: ["CBLAS", "PeakmemResults", "PeakmemEngine", "PeakmemMeasurement", "PeakmemRunner", "PeakmemReports",
                           "PeakmemLanguage", "PeakmemRuntime"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemResultsTests",
            dependencies: ["PeakmemResults"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemEngineTests",
            dependencies: ["PeakmemEngine", "PeakmemMeasurement", "PeakmemResults"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemMeasurementTests",
            dependencies: ["PeakmemMeasurement", "PeakmemEngine", "PeakmemResults", "CJemalloc"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemLanguageTests",
            dependencies: ["PeakmemLanguage"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemRuntimeTests",
            dependencies: ["PeakmemRuntime", "PeakmemEngine", "PeakmemLanguage", "PeakmemResults"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemScenarioTests",
            dependencies: ["PeakmemScenario", "PeakmemResults"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemRunnerTests",
            dependencies: ["PeakmemRunner", "PeakmemRuntime", "PeakmemEngine", "PeakmemScenario", "PeakmemLanguage", "PeakmemMeasurement", "PeakmemResults"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemReportsTests",
            dependencies: ["PeakmemReports", "PeakmemRunner", "PeakmemMeasurement", "PeakmemResults"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemHistoryTests",
            dependencies: [
                "PeakmemHistory", "PeakmemReports", "PeakmemResults",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemCLITests",
            dependencies: ["peakmem", "PeakmemResults", "PeakmemRunner", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),
    ]
)
