// swift-tools-version:6.0
//
// peakmem: a memory-profiling benchmark harness for array code.
//
// Modules, one concept each:
//   CBLAS, CJemalloc      system-library shims over OpenBLAS and jemalloc (pkg-config)
//   CSandbox              the Landlock/prctl/setrlimit calls of the worker sandbox (C wrappers)
//   PeakmemEngine         the NumPy-compatible array engine and its exact allocation ledger
//   PeakmemMeasurement    jemalloc statistics, /proc probes, the sampler, the measurement protocol
//   PeakmemLanguage       the NumPy-subset language of scenario code: tokens, parser, syntax tree
//   PeakmemRuntime        the interpreter of scenario code on the engine, and the function registry
//   PeakmemScenario       scenario files (YAML): the model, loading and validation, scales and parameters
//   PeakmemRunner         workers (one process per measured run), the run protocol, results JSON
//   PeakmemReports        Markdown/SVG reports, results comparison, the CI gate, baselines, shards
//   peakmem               the command-line tool (swift-argument-parser)
//   peakmem-bench         benchmarks run by `make bench` (release build)
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

let package = Package(
    name: "peakmem",
    products: [
        .executable(name: "peakmem", targets: ["peakmem"]),
        .library(name: "PeakmemEngine", targets: ["PeakmemEngine"]),
        .library(name: "PeakmemMeasurement", targets: ["PeakmemMeasurement"]),
        .library(name: "PeakmemLanguage", targets: ["PeakmemLanguage"]),
        .library(name: "PeakmemScenario", targets: ["PeakmemScenario"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        // Landlock, prctl and setrlimit for the worker sandbox (no library: system calls only).
        .systemLibrary(name: "CSandbox"),
        .target(
            name: "PeakmemEngine",
            dependencies: ["CBLAS"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemMeasurement",
            dependencies: ["CJemalloc", "CBLAS", "PeakmemEngine"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemLanguage",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemRuntime",
            dependencies: ["PeakmemEngine", "PeakmemLanguage"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemScenario",
            dependencies: [
                "PeakmemLanguage",
                "PeakmemMeasurement",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemRunner",
            dependencies: ["CSandbox", "PeakmemEngine", "PeakmemMeasurement", "PeakmemLanguage", "PeakmemRuntime", "PeakmemScenario"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PeakmemReports",
            dependencies: ["PeakmemRunner", "PeakmemMeasurement", "PeakmemScenario", "PeakmemEngine"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "peakmem",
            dependencies: [
                "PeakmemReports",
                "PeakmemEngine",
                "PeakmemMeasurement",
                "PeakmemScenario",
                "PeakmemRuntime",
                "PeakmemRunner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "peakmem-bench",
            dependencies: ["PeakmemEngine", "PeakmemMeasurement", "CBLAS", "PeakmemRunner", "PeakmemReports"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemEngineTests",
            dependencies: ["PeakmemEngine", "PeakmemMeasurement"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemMeasurementTests",
            dependencies: ["PeakmemMeasurement", "PeakmemEngine"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemLanguageTests",
            dependencies: ["PeakmemLanguage"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemRuntimeTests",
            dependencies: ["PeakmemRuntime", "PeakmemEngine", "PeakmemLanguage"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemScenarioTests",
            dependencies: ["PeakmemScenario"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemRunnerTests",
            dependencies: ["PeakmemRunner", "PeakmemRuntime", "PeakmemEngine", "PeakmemScenario"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemReportsTests",
            dependencies: ["PeakmemReports", "PeakmemRunner", "PeakmemMeasurement"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PeakmemCLITests",
            dependencies: ["peakmem"],
            swiftSettings: swiftSettings
        ),
    ]
)
