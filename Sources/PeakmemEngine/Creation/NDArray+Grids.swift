#if canImport(Glibc)
import Glibc
#endif

/// NumPy's grid and sequence makers beyond `linspace`: `meshgrid`, `indices`, `logspace`,
/// `geomspace`, with NumPy's buffers (docs/research/numpy-manipulation.md).
extension NDArray {
    /// `np.meshgrid(*xi, copy, sparse, indexing)`: each input reshaped to lie along its own
    /// axis (the first two swapped for `xy` indexing), broadcast against each other unless
    /// `sparse`, and copied (C order, one new array each, in order) when `copy`; without
    /// `copy` the results are views (read-only broadcast views when not sparse).
    public static func meshgrid(_ inputs: [NDArray], copy: Bool = true, sparse: Bool = false,
                                cartesian: Bool = true) throws(EngineError) -> [NDArray] {
        let n = inputs.count
        var grids: [NDArray] = []
        for (i, x) in inputs.enumerated() {
            var shape = [Int](repeating: 1, count: n)
            var axis = i
            if cartesian && n > 1 && i < 2 { axis = 1 - i }
            shape[axis] = x.size
            grids.append(try x.reshape(shape))
        }
        if !sparse {
            let shape = try broadcastShape(grids.map(\.shape))
            grids = try grids.map { (g) throws(EngineError) in try g.broadcast(to: shape) }
        }
        guard copy else { return grids }
        var copies: [NDArray] = []
        for grid in grids { copies.append(try grid.copy(order: .c)) }
        return copies
    }

    /// `np.indices(dimensions, dtype)`: `empty((len(dimensions),) + dimensions)`, and for each
    /// axis `arange(dimension)` (a temporary, freed once broadcast into place).
    public static func indices(_ dimensions: [Int], dtype: DType = .int64) throws(EngineError) -> NDArray {
        let result = try NDArray(empty: [dimensions.count] + dimensions, dtype: dtype)
        for (i, dimension) in dimensions.enumerated() {
            var shape = [Int](repeating: 1, count: dimensions.count)
            shape[i] = dimension
            let index = try arange(.int(0), .int(Int64(dimension)), dtype: dtype).reshape(shape)
            try index.assign(to: try result.view(at: [.integer(i)]))
        }
        return result
    }

    /// `np.logspace(start, stop, num, endpoint, base)`: `power(base, linspace(start, stop, num))`
    /// — the linspace (a temporary) and the result.
    public static func logspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool = true,
                                base: Double = 10) throws(EngineError) -> NDArray {
        let exponents = try linspace(start, stop, count: count, endpoint: endpoint).values
        return try apply(.power, .scalar(.float(base)), .array(exponents))
    }

    /// `np.geomspace(start, stop, num, endpoint)` for numbers: `logspace(log10|start|,
    /// log10|stop|)` with the exact endpoints written back and the sign multiplied in place.
    public static func geomspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool = true) throws(EngineError) -> NDArray {
        guard start != 0, stop != 0 else { throw .invalidArgument("Geometric sequence cannot include zero") }
        let sign: Double = start > 0 ? 1 : (start < 0 ? -1 : start)
        let first = start / sign, last = stop / sign
        let result = try logspace(Glibc.log10(first), Glibc.log10(last), count: count, endpoint: endpoint)
        if count > 0 { try result.view(at: [.integer(0)]).fill(.float(first)) }
        if count > 1 && endpoint { try result.view(at: [.integer(-1)]).fill(.float(last)) }
        try result.applyInPlace(.multiply, .scalar(.float(sign)))
        return result
    }
}
