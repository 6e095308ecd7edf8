import PeakmemEngine
import PeakmemResults
import PeakmemScenario

/// Whether two variants' results agree: same shape and `allclose` within tolerances suited to
/// the dtype, unless the scenario or variant declares its own `rtol` and/or `atol`.
///
/// Defaults: float64 `rtol = 1e-7`, `atol = 1e-9 · max|reference|`; float32 `rtol = 1e-4`,
/// `atol = 1e-5 · max|reference|` (sums over long axes in another order differ in the last
/// digits, relative to the largest values); integers and booleans must be equal.
struct ResultComparison {
    let reference: String
    let declared: ResultTolerance?

    func compare(_ actual: NDArray, _ expected: NDArray) -> Agreement {
        guard actual.shape == expected.shape else {
            return Agreement(agrees: false, reference: reference, maxAbsoluteDifference: nil, rtol: 0, atol: 0,
                             detail: "shape \(EngineError.shapeText(actual.shape)) differs from \(EngineError.shapeText(expected.shape))")
        }
        var maxReference = 0.0, maxDifference = 0.0
        try? NDArray.visitPairs(actual, expected, as: Double.self) { x, y in
            maxReference = Swift.max(maxReference, abs(y))
            maxDifference = Swift.max(maxDifference, abs(x - y))
            return true
        }
        let floating = actual.dtype.isFloatingPoint || expected.dtype.isFloatingPoint
        let single = actual.dtype == .float32 || expected.dtype == .float32
        let rtol = declared?.rtol ?? (floating ? (single ? 1e-4 : 1e-7) : 0)
        let atol = declared?.atol ?? (floating ? (single ? 1e-5 : 1e-9) * maxReference : 0)
        let agrees = (try? NDArray.allclose(actual, expected, rtol: rtol, atol: atol, equalNaN: true)) ?? false
        return Agreement(agrees: agrees, reference: reference, maxAbsoluteDifference: maxDifference, rtol: rtol, atol: atol,
                         detail: agrees ? nil : "largest difference \(maxDifference) exceeds atol + rtol·|reference|")
    }
}
