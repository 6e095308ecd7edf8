import PeakmemEngine

extension FunctionRegistry {
    /// The unary math ufuncs: `np.sqrt`, `np.exp`, `np.log`, `np.log2`, `np.log10`, `np.sin`,
    /// `np.cos`, `np.tan`, `np.tanh`, `np.fabs` (integers in float64, float32 kept), and
    /// `np.abs`/`np.absolute`, `np.square`, `np.reciprocal`, `np.sign`, `np.floor`, `np.ceil`
    /// (the input's dtype kept), each `np.f(x, out=None, *, dtype=None)`. Without `out=` each
    /// allocates its result; with `out=` nothing, and it returns `out` itself. A call never
    /// reuses a temporary argument (`np.sqrt(a * 2)` holds both arrays, as in NumPy: only the
    /// operators elide temporaries, `abs(a * 2)` among them).
    func registerNumpyMath() {
        let functions: [(String, PeakmemEngine.UnaryOperator, String)] = [
            ("sqrt", .sqrt, "the square root elementwise (integers in float64)"),
            ("exp", .exp, "e ** x elementwise (integers in float64)"),
            ("log", .log, "the natural logarithm elementwise (integers in float64)"),
            ("log2", .log2, "the base-2 logarithm elementwise (integers in float64)"),
            ("log10", .log10, "the base-10 logarithm elementwise (integers in float64)"),
            ("sin", .sin, "the sine elementwise (integers in float64)"),
            ("cos", .cos, "the cosine elementwise (integers in float64)"),
            ("tan", .tan, "the tangent elementwise (integers in float64)"),
            ("tanh", .tanh, "the hyperbolic tangent elementwise (integers in float64)"),
            ("fabs", .fabs, "the absolute value elementwise, as a float (integers in float64)"),
            ("abs", .absolute, "the absolute value elementwise, in the input's dtype (integers wrap at the minimum)"),
            ("absolute", .absolute, "the absolute value elementwise, in the input's dtype (integers wrap at the minimum)"),
            ("square", .square, "x * x elementwise, in the input's dtype"),
            ("reciprocal", .reciprocal, "1 / x elementwise, in the input's dtype (integers: 1 // x)"),
            ("sign", .sign, "-1, 0 or 1 elementwise (NaN for NaN), in the input's dtype"),
            ("floor", .floor, "the largest integer <= x elementwise, in the input's dtype"),
            ("ceil", .ceil, "the smallest integer >= x elementwise, in the input's dtype"),
        ]
        registerUfuncs(functions)
    }
}
