/// One of the two array engines a variant can be measured on: peakmem's Swift engine (the
/// exact model) or real NumPy through the Python driver. A scenario or variant restricts
/// itself to some of them with `engines:`; asv-style benchmarks run on NumPy only.
public enum ArrayEngine: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case swift
    case numpy

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
