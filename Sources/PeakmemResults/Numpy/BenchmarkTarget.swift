/// An asv-style benchmark a variant measures instead of scenario code: the function
/// `function` (of class `className`, or of the module) of the Python module `module`,
/// imported with `root` first on `sys.path`, called with parameter combination `parameterIndex`
/// of asv's `params` (the product of the lists, in asv's order). The NumPy driver runs asv's
/// setups (module, class, function level) before and teardowns after, outside the measurement.
public struct BenchmarkTarget: Sendable, Codable, Hashable {
    /// The dotted module name (`benchmarks.bench_matrix`).
    public var module: String
    /// The directory put first on `sys.path` to import `module`.
    public var root: String
    public var className: String?
    public var function: String
    /// Which combination of `params` (row-major over asv's `itertools.product`).
    public var parameterIndex: Int
    /// The combination's values by asv's `param_names`, as Python reprs (for reports).
    public var parameters: [String: String]
    /// asv's `timeout` attribute in seconds, when the benchmark sets one.
    public var timeout: Double?

    public init(module: String, root: String, className: String?, function: String, parameterIndex: Int,
                parameters: [String: String], timeout: Double?) {
        self.module = module
        self.root = root
        self.className = className
        self.function = function
        self.parameterIndex = parameterIndex
        self.parameters = parameters
        self.timeout = timeout
    }

    enum CodingKeys: String, CodingKey {
        case module, root, function, parameters, timeout
        case className = "class"
        case parameterIndex = "param_index"
    }
}
