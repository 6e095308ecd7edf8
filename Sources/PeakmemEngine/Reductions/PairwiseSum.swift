/// NumPy's pairwise summation of floating-point values (`@TYPE@_pairwise_sum` in
/// numpy/_core/src/umath/loops_utils.h.src), reproduced operation for operation so that
/// float sums agree with NumPy bit for bit.
///
/// For `n` values `a₀ … aₙ₋₁`, `stride` bytes apart:
/// - `n < 8`: `(((-0 + a₀) + a₁) + …)`, starting from −0 so that a sum of −0s stays −0;
/// - `n ≤ 128`: eight accumulators `rⱼ = aⱼ + aⱼ₊₈ + aⱼ₊₁₆ + …` over the largest multiple of 8,
///   combined as `((r₀+r₁)+(r₂+r₃))+((r₄+r₅)+(r₆+r₇))`, then the remaining values added in turn;
/// - otherwise the sum of the two halves, split at `n/2` rounded down to a multiple of 8.
///
/// The rounding error grows as O(log n) instead of O(n). NumPy applies it to each inner loop of
/// `np.add.reduce` along a reduced axis (the whole axis when no cast is needed, blocks of the
/// iterator's buffer size when the input is cast).
enum PairwiseSum {
    /// Leaf size below which the eight-accumulator loop runs (NumPy's `PW_BLOCKSIZE`).
    static let blockSize = 128

    static func sum<F: BinaryFloatingPoint>(_ a: UnsafeRawPointer, count n: Int, stride: Int, as _: F.Type) -> F {
        @inline(__always) func at(_ i: Int) -> F { (a + i * stride).load(as: F.self) }
        if n < 8 {
            var result: F = -0.0
            for i in 0..<n { result += at(i) }
            return result
        }
        if n <= blockSize {
            var r0 = at(0), r1 = at(1), r2 = at(2), r3 = at(3)
            var r4 = at(4), r5 = at(5), r6 = at(6), r7 = at(7)
            var i = 8
            let whole = n - n % 8
            while i < whole {
                r0 += at(i); r1 += at(i + 1); r2 += at(i + 2); r3 += at(i + 3)
                r4 += at(i + 4); r5 += at(i + 5); r6 += at(i + 6); r7 += at(i + 7)
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                result += at(i)
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return sum(a, count: half, stride: stride, as: F.self)
            + sum(a + half * stride, count: n - half, stride: stride, as: F.self)
    }
}
