import PeakmemEngine

extension FunctionRegistry {
    /// More ufuncs, with `out=` as the others (without it each allocates its result; with it
    /// nothing): the float functions `np.log1p`, `np.expm1`, `np.arcsin`, `np.arccos`,
    /// `np.arctan`, `np.sinh`, `np.cosh`, `np.arcsinh`, `np.arccosh`, `np.arctanh`, `np.exp2`,
    /// `np.cbrt`, `np.deg2rad`/`np.radians`, `np.rad2deg`/`np.degrees`, `np.rint`; `np.trunc`
    /// (integers kept); the binary `np.arctan2`, `np.hypot`, `np.copysign`, `np.logaddexp`,
    /// `np.heaviside`, `np.fmod`, `np.fmax`, `np.fmin`, `np.float_power`; and `np.divmod`
    /// (two new arrays, the quotient first, as NumPy allocates its two outputs).
    func registerNumpyMoreUfuncs() {
        let unary: [(String, PeakmemEngine.UnaryOperator, String)] = [
            ("log1p", .log1p, "log(1 + x) elementwise, accurate near 0 (integers in float64)"),
            ("expm1", .expm1, "exp(x) - 1 elementwise, accurate near 0 (integers in float64)"),
            ("arcsin", .arcsin, "the inverse sine elementwise (integers in float64)"),
            ("arccos", .arccos, "the inverse cosine elementwise (integers in float64)"),
            ("arctan", .arctan, "the inverse tangent elementwise (integers in float64)"),
            ("sinh", .sinh, "the hyperbolic sine elementwise (integers in float64)"),
            ("cosh", .cosh, "the hyperbolic cosine elementwise (integers in float64)"),
            ("arcsinh", .arcsinh, "the inverse hyperbolic sine elementwise (integers in float64)"),
            ("arccosh", .arccosh, "the inverse hyperbolic cosine elementwise (integers in float64)"),
            ("arctanh", .arctanh, "the inverse hyperbolic tangent elementwise (integers in float64)"),
            ("exp2", .exp2, "2 ** x elementwise (integers in float64)"),
            ("cbrt", .cbrt, "the cube root elementwise (integers in float64)"),
            ("deg2rad", .deg2rad, "degrees to radians, x * (pi / 180) elementwise (integers in float64)"),
            ("radians", .deg2rad, "degrees to radians, x * (pi / 180) elementwise (integers in float64)"),
            ("rad2deg", .rad2deg, "radians to degrees, x * (180 / pi) elementwise (integers in float64)"),
            ("degrees", .rad2deg, "radians to degrees, x * (180 / pi) elementwise (integers in float64)"),
            ("rint", .rint, "the nearest integer elementwise, ties to even (integers in float64)"),
            ("trunc", .trunc, "rounds toward zero elementwise, in the input's dtype"),
        ]
        registerUfuncs(unary)
        let binary: [(String, PeakmemEngine.BinaryOperator, String)] = [
            ("arctan2", .arctan2, "the angle of (x2, x1) elementwise, atan2(x1, x2) (integers in float64)"),
            ("hypot", .hypot, "sqrt(x1**2 + x2**2) elementwise without overflow (integers in float64)"),
            ("copysign", .copysign, "the magnitude of x1 with the sign of x2 elementwise (integers in float64)"),
            ("logaddexp", .logaddexp, "log(exp(x1) + exp(x2)) elementwise without overflow (integers in float64)"),
            ("heaviside", .heaviside, "0 where x1 < 0, x2 where x1 == 0, 1 where x1 > 0 (integers in float64)"),
            ("fmod", .fmod, "the C remainder of x1 / x2 elementwise, with the sign of x1"),
            ("fmax", .fmax, "the elementwise maximum, ignoring NaN"),
            ("fmin", .fmin, "the elementwise minimum, ignoring NaN"),
            ("float_power", .floatPower, "x1 ** x2 elementwise in float64"),
        ]
        registerUfuncs(binary)
        register("numpy.divmod", [.positional("x1"), .positional("x2")],
                 summary: "(x1 // x2, x1 % x2) elementwise: two new arrays") { a, _ throws(RuntimeError) in
            let quotient = try ArrayOperations.binary(.floorDivide, a["x1"], a["x2"], symbol: "divmod")
            let remainder = try ArrayOperations.binary(.remainder, a["x1"], a["x2"], symbol: "divmod")
            return .tuple([quotient, remainder])
        }
    }
}
