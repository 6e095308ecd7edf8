#if canImport(Glibc)
import Glibc
#endif

/// The sorting loops of the engine: C's `qsort` with one comparison function per dtype, in
/// NumPy's order (NaN after every number). A comparison that is a plain C function keeps the
/// sort fast in every build; the generic code only chooses it.
enum SortKernel {
    /// Sorts `count` contiguous elements of `dtype` at `base` in place.
    static func sort(_ base: UnsafeMutableRawPointer, count: Int, dtype: DType) {
        guard count > 1 else { return }
        qsort(base, count, dtype.itemSize, valueComparison(dtype))
    }

    /// Writes into `indices` the order that sorts the `count` contiguous elements at `values`,
    /// equal elements (and NaNs) in their original order. Works in `count` 16-byte
    /// (value, index) records outside the ledger (NumPy's argsort keeps its indices in the
    /// result; the records are the engine's own working memory).
    static func argsort(_ values: UnsafeRawPointer, count: Int, dtype: DType, into indices: UnsafeMutablePointer<Int64>) {
        let records = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(count, 1) * 16, alignment: 8)
        defer { records.deallocate() }
        for i in 0..<count {
            let record = records + i * 16
            record.storeBytes(of: 0, as: UInt64.self)
            record.copyMemory(from: values + i * dtype.itemSize, byteCount: dtype.itemSize)
            record.storeBytes(of: Int64(i), toByteOffset: 8, as: Int64.self)
        }
        if count > 1 { qsort(records, count, 16, recordComparison(dtype)) }
        for i in 0..<count { indices[i] = records.load(fromByteOffset: i * 16 + 8, as: Int64.self) }
    }

    typealias Comparison = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32

    private static func valueComparison(_ dtype: DType) -> Comparison {
        switch dtype {
        case .bool, .uint8: { compare($0!.load(as: UInt8.self), $1!.load(as: UInt8.self)) }
        case .int32: { compare($0!.load(as: Int32.self), $1!.load(as: Int32.self)) }
        case .int64: { compare($0!.load(as: Int64.self), $1!.load(as: Int64.self)) }
        case .float32: { compareFloats($0!.load(as: Float.self), $1!.load(as: Float.self)) }
        case .float64: { compareFloats($0!.load(as: Double.self), $1!.load(as: Double.self)) }
        // Complex sorts are refused before a kernel is made (NDArray+Sort); by real part here.
        case .complex64: { compareFloats($0!.load(as: Float.self), $1!.load(as: Float.self)) }
        case .complex128: { compareFloats($0!.load(as: Double.self), $1!.load(as: Double.self)) }
        }
    }

    /// Compares (value, index) records: by value, then by index (a stable order).
    private static func recordComparison(_ dtype: DType) -> Comparison {
        switch dtype {
        case .bool, .uint8: { tieBreak(compare($0!.load(as: UInt8.self), $1!.load(as: UInt8.self)), $0!, $1!) }
        case .int32: { tieBreak(compare($0!.load(as: Int32.self), $1!.load(as: Int32.self)), $0!, $1!) }
        case .int64: { tieBreak(compare($0!.load(as: Int64.self), $1!.load(as: Int64.self)), $0!, $1!) }
        case .float32: { tieBreak(compareFloats($0!.load(as: Float.self), $1!.load(as: Float.self)), $0!, $1!) }
        case .float64: { tieBreak(compareFloats($0!.load(as: Double.self), $1!.load(as: Double.self)), $0!, $1!) }
        case .complex64: { tieBreak(compareFloats($0!.load(as: Float.self), $1!.load(as: Float.self)), $0!, $1!) }
        case .complex128: { tieBreak(compareFloats($0!.load(as: Double.self), $1!.load(as: Double.self)), $0!, $1!) }
        }
    }
}

@inline(__always)
private func compare<T: Comparable>(_ a: T, _ b: T) -> Int32 {
    a < b ? -1 : (b < a ? 1 : 0)
}

/// NaN after every number, NaNs equal to each other.
@inline(__always)
private func compareFloats<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> Int32 {
    if a < b { return -1 }
    if b < a { return 1 }
    let aNaN = a.isNaN, bNaN = b.isNaN
    return aNaN == bNaN ? 0 : (aNaN ? 1 : -1)
}

@inline(__always)
private func tieBreak(_ order: Int32, _ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Int32 {
    order != 0 ? order : compare(a.load(fromByteOffset: 8, as: Int64.self), b.load(fromByteOffset: 8, as: Int64.self))
}
