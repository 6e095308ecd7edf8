/// Which array engine runs the variants: peakmem's Swift engine, real NumPy through the
/// Python driver (``NumpyDriver``), or both side by side (interleaved runs, the NumPy figures
/// beside the Swift ones and a ``FidelityVerdict`` per variant).
public enum EngineSelection: String, Sendable, Codable, CaseIterable, Hashable {
    case swift
    case numpy
    case both

    /// True when the Swift engine runs.
    public var runsSwift: Bool { self != .numpy }
    /// True when the NumPy engine runs.
    public var runsNumpy: Bool { self != .swift }
}
