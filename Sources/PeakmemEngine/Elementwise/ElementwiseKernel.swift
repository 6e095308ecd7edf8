#if canImport(Glibc)
import Glibc
#endif

/// The inner loops of elementwise operations.
///
/// A kernel receives one *run* of `count` elements per operand, each with its address and
/// byte stride (see ``StridedLoop``). When an operand's dtype differs from the loop's, the
/// run is processed in blocks of ``blockLength`` elements converted into a small scratch
/// buffer first — NumPy's buffered iteration — so a mixed-dtype operation never allocates a
/// full-size converted copy. Scratch buffers are not array buffers: they are not in the
/// ledger, as NumPy's iterator buffers are not in its data-allocation domain.
enum ElementwiseKernel {
    /// Elements per conversion block (8192 bytes of float64, NumPy's default buffer size is
    /// 8192 elements).
    static let blockLength = 1024

    /// One operand of a run: where its elements are, how far apart, and their dtype.
    struct Lane {
        var pointer: UnsafeMutableRawPointer
        var stride: Int
        var dtype: DType
    }

    /// Applies `f` elementwise: `out[i] = f(a[i], b[i])` for `i < count`, converting inputs
    /// to `T` and the result from `R` to the output lane's dtype as needed.
    @inline(__always)
    static func binary<T: ArrayElement, R: ArrayElement>(
        _ out: Lane, _ a: Lane, _ b: Lane, count: Int, scratch: Scratch, _ f: (T, T) -> R
    ) {
        let t = MemoryLayout<T>.stride, r = MemoryLayout<R>.stride
        if a.dtype == T.dtype, b.dtype == T.dtype, out.dtype == R.dtype {
            let pa = a.pointer.assumingMemoryBound(to: T.self)
            let pb = b.pointer.assumingMemoryBound(to: T.self)
            let po = out.pointer.assumingMemoryBound(to: R.self)
            if a.stride == t, b.stride == t, out.stride == r {
                for i in 0..<count { po[i] = f(pa[i], pb[i]) }
            } else if a.stride == t, b.stride == 0, out.stride == r {
                let s = pb[0]
                for i in 0..<count { po[i] = f(pa[i], s) }
            } else if a.stride == 0, b.stride == t, out.stride == r {
                let s = pa[0]
                for i in 0..<count { po[i] = f(s, pb[i]) }
            } else {
                var ra = UnsafeRawPointer(a.pointer), rb = UnsafeRawPointer(b.pointer), ro = out.pointer
                for _ in 0..<count {
                    ro.storeBytes(of: f(ra.load(as: T.self), rb.load(as: T.self)), as: R.self)
                    ra += a.stride; rb += b.stride; ro += out.stride
                }
            }
            return
        }
        // Buffered: convert blocks of the inputs to T, compute into R, convert to the output.
        // A stride-0 input (`uint8_array * 2.0`, a broadcast column) is converted once per run.
        let sa = BlockSource<T>(a, runLength: count, buffer: scratch.a)
        let sb = BlockSource<T>(b, runLength: count, buffer: scratch.b)
        var done = 0
        while done < count {
            let n = Swift.min(blockLength, count - done)
            let ba = sa.block(from: done, count: n)
            let bb = sb.block(from: done, count: n)
            if out.dtype == R.dtype {
                let po = out.pointer + done * out.stride
                if out.stride == r {
                    let typed = po.assumingMemoryBound(to: R.self)
                    for i in 0..<n { typed[i] = f(ba[i], bb[i]) }
                } else {
                    for i in 0..<n { (po + i * out.stride).storeBytes(of: f(ba[i], bb[i]), as: R.self) }
                }
            } else {
                let staged = scratch.out.assumingMemoryBound(to: R.self)
                for i in 0..<n { staged[i] = f(ba[i], bb[i]) }
                store(staged, count: n, to: out, at: done)
            }
            done += n
        }
    }

    /// Applies `f` elementwise to one input: `out[i] = f(a[i])`.
    @inline(__always)
    static func unary<T: ArrayElement, R: ArrayElement>(
        _ out: Lane, _ a: Lane, count: Int, scratch: Scratch, _ f: (T) -> R
    ) {
        let t = MemoryLayout<T>.stride, r = MemoryLayout<R>.stride
        if a.dtype == T.dtype, out.dtype == R.dtype {
            let pa = a.pointer.assumingMemoryBound(to: T.self)
            let po = out.pointer.assumingMemoryBound(to: R.self)
            if a.stride == t, out.stride == r {
                for i in 0..<count { po[i] = f(pa[i]) }
            } else {
                var ra = UnsafeRawPointer(a.pointer), ro = out.pointer
                for _ in 0..<count {
                    ro.storeBytes(of: f(ra.load(as: T.self)), as: R.self)
                    ra += a.stride; ro += out.stride
                }
            }
            return
        }
        var done = 0
        while done < count {
            let n = Swift.min(blockLength, count - done)
            let ba = load(T.self, a, from: done, count: n, into: scratch.a)
            let staged = scratch.out.assumingMemoryBound(to: R.self)
            for i in 0..<n { staged[i] = f(ba[i]) }
            store(staged, count: n, to: out, at: done)
            done += n
        }
    }

    /// Elements `start ..< start + count` of a lane as a contiguous buffer of `T`: the lane's
    /// own memory when it already is one, else converted into `buffer`.
    @inline(__always)
    static func load<T: ArrayElement>(_: T.Type, _ lane: Lane, from start: Int, count: Int,
                                      into buffer: UnsafeMutableRawPointer) -> UnsafePointer<T> {
        let source = lane.pointer + start * lane.stride
        if lane.dtype == T.dtype, lane.stride == MemoryLayout<T>.stride {
            return UnsafePointer(source.assumingMemoryBound(to: T.self))
        }
        let target = buffer.assumingMemoryBound(to: T.self)
        lane.dtype.dispatchConversion(from: source, stride: lane.stride, count: count, into: target)
        return UnsafePointer(target)
    }

    /// The blocks of one operand of a run processed block by block (``load(_:_:from:count:into:)``
    /// per block), except that a lane of stride 0 (a scalar, or a dimension the operand is
    /// broadcast along) is converted once per run: its first block serves every block.
    struct BlockSource<T: ArrayElement> {
        let lane: Lane
        let buffer: UnsafeMutableRawPointer
        private let repeated: UnsafePointer<T>?

        /// The operand `lane` of a run of `runLength` elements, staged in `buffer` (of
        /// ``blockLength`` elements, used by this source only).
        @inline(__always)
        init(_ lane: Lane, runLength: Int, buffer: UnsafeMutableRawPointer) {
            self.lane = lane
            self.buffer = buffer
            repeated = lane.stride == 0
                ? ElementwiseKernel.load(T.self, lane, from: 0, count: Swift.min(blockLength, runLength), into: buffer)
                : nil
        }

        /// Elements `start ..< start + count` (`count` at most ``blockLength``) as contiguous `T`.
        @inline(__always)
        func block(from start: Int, count: Int) -> UnsafePointer<T> {
            repeated ?? ElementwiseKernel.load(T.self, lane, from: start, count: count, into: buffer)
        }
    }

    /// Writes `count` values of `R` into a lane of another dtype, converting as C casts.
    @inline(__always)
    static func store<R: ArrayElement>(_ values: UnsafeMutablePointer<R>, count: Int, to lane: Lane, at start: Int) {
        let target = lane.pointer + start * lane.stride
        lane.dtype.dispatchStore(values, count: count, to: target, stride: lane.stride)
    }

    /// Per-operation scratch memory for buffered conversion, allocated on first use (an
    /// operation whose operands all have the loop's dtype allocates none) and freed when the
    /// operation ends.
    final class Scratch {
        private var buffers: [UnsafeMutableRawPointer?] = [nil, nil, nil, nil]

        var a: UnsafeMutableRawPointer { buffer(0) }
        var b: UnsafeMutableRawPointer { buffer(1) }
        /// A third input's (`np.clip`'s upper bound).
        var c: UnsafeMutableRawPointer { buffer(3) }
        var out: UnsafeMutableRawPointer { buffer(2) }

        private func buffer(_ index: Int) -> UnsafeMutableRawPointer {
            if let existing = buffers[index] { return existing }
            let fresh = UnsafeMutableRawPointer.allocate(byteCount: ElementwiseKernel.blockLength * 8, alignment: 64)
            buffers[index] = fresh
            return fresh
        }

        deinit {
            for buffer in buffers { buffer?.deallocate() }
        }
    }
}

extension DType {
    /// Converts `count` elements of this dtype, `stride` bytes apart from `source`, to `T`.
    @inline(__always)
    func dispatchConversion<T: ArrayElement>(from source: UnsafeMutableRawPointer, stride: Int, count: Int,
                                             into target: UnsafeMutablePointer<T>) {
        func convert<S: ArrayElement>(_: S.Type) {
            var p = UnsafeRawPointer(source)
            for i in 0..<count {
                target[i] = T.cast(p.load(as: S.self))
                p += stride
            }
        }
        switch self {
        case .bool: convert(Bool.self)
        case .uint8: convert(UInt8.self)
        case .int32: convert(Int32.self)
        case .int64: convert(Int64.self)
        // A complex element converts as NumPy's complex -> real cast does: its real part.
        case .float32, .complex64: convert(Float.self)
        case .float64, .complex128: convert(Double.self)
        }
    }

    /// Stores `count` values of `R` as elements of this dtype, `stride` bytes apart.
    @inline(__always)
    func dispatchStore<R: ArrayElement>(_ values: UnsafeMutablePointer<R>, count: Int,
                                        to target: UnsafeMutableRawPointer, stride: Int) {
        func convert<D: ArrayElement>(_: D.Type, imaginaryZeroAt imaginary: Int? = nil) {
            var p = target
            for i in 0..<count {
                p.storeBytes(of: D.cast(values[i]), as: D.self)
                if let imaginary { (p + imaginary).storeBytes(of: D(intCast: 0), as: D.self) }
                p += stride
            }
        }
        switch self {
        case .bool: convert(Bool.self)
        case .uint8: convert(UInt8.self)
        case .int32: convert(Int32.self)
        case .int64: convert(Int64.self)
        case .float32: convert(Float.self)
        case .float64: convert(Double.self)
        case .complex64: convert(Float.self, imaginaryZeroAt: 4)
        case .complex128: convert(Double.self, imaginaryZeroAt: 8)
        }
    }
}
