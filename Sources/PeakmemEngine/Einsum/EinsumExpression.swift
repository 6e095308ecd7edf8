/// A lazy einsum: a sum of scaled einsum products that has not been computed (peakmem only;
/// NumPy has no such object).
///
/// The expression is `Σₜ cₜ · einsum(termₜ)`, each term a product of arrays with its own
/// subscripts. Sums, differences and scalings only edit the term list; an einsum whose
/// operands are expressions is expanded by distributivity — the product of sums becomes the
/// sum of every combination of terms — and each combination's subscripts are merged into one
/// product of arrays: an operand expression's output labels are renamed to the labels the
/// outer einsum gives that operand, its summed labels to fresh ones. So
/// `einsum('ijk,ikj->k', C + C2, C + C2)` with `C = einsum('i,jk->ijk', B, A)` and
/// `C2 = einsum('j,ik->ijk', Y2, Z2)` is the four products `i,jk,i,kj->k`, `i,jk,k,ij->k`,
/// `j,ik,i,kj->k` and `j,ik,k,ij->k` of B, A, Y2, Z2: no 3-D array is ever made.
///
/// Memory of ``evaluate(optimize:dtype:)``: the terms are computed one after another, each
/// along its own planned path (its intermediates freed as the path consumes them); the first
/// term's result becomes the output (scaled in place) and every later one is scaled in place,
/// added into the output in place and freed. The peak is therefore the output plus the
/// largest term's peak — never the sum of the terms.
public struct EinsumExpression: Sendable {
    /// One scaled product: `coefficient · einsum(inputs → output, operands)`.
    public struct Term: Sendable {
        public var coefficient: Double
        public var operands: [NDArray]
        public var inputs: [[Character]]
        public var output: [Character]

        /// The term's subscripts, `"i,jk->ijk"`.
        public var subscripts: String { EinsumSubscripts(inputs: inputs, output: output).description }
    }

    /// The terms of the sum (at least one).
    public private(set) var terms: [Term]
    /// The shape every term has.
    public let shape: [Int]

    /// The lazy `einsum(subscripts, *operands)`; operands are arrays or expressions.
    public init(_ subscripts: String, _ operands: [Operand]) throws(EngineError) {
        let ndims = operands.map { $0.shape.count }
        let parsed = try EinsumSubscripts.parse(subscripts, ndims: ndims, dialect: .python)
        let sizes = try parsed.sizes(for: operands.map(\.shape), dialect: .python)
        shape = parsed.output.map { sizes[$0]! }
        var combinations: [Term] = [Term(coefficient: 1, operands: [], inputs: [], output: parsed.output)]
        var fresh = FreshLabels(used: Set(parsed.inputs.flatMap { $0 }))
        for (position, operand) in operands.enumerated() {
            let outer = parsed.inputs[position]
            let choices: [Term]
            switch operand {
            case .array(let array):
                choices = [Term(coefficient: 1, operands: [array], inputs: [outer], output: [])]
            case .expression(let expression):
                choices = expression.terms.map { term in
                    // Output labels take the outer labels; summed labels get fresh ones.
                    var renaming: [Character: Character] = [:]
                    for (label, target) in zip(term.output, outer) { renaming[label] = target }
                    for label in Set(term.inputs.flatMap { $0 }) where renaming[label] == nil {
                        renaming[label] = fresh.next()
                    }
                    return Term(coefficient: term.coefficient, operands: term.operands,
                                inputs: term.inputs.map { $0.map { renaming[$0]! } }, output: [])
                }
            }
            combinations = combinations.flatMap { partial in
                choices.map { choice in
                    Term(coefficient: partial.coefficient * choice.coefficient, operands: partial.operands + choice.operands,
                         inputs: partial.inputs + choice.inputs, output: parsed.output)
                }
            }
        }
        terms = combinations.map(Self.canonical)
    }

    /// An array as a one-term expression (`a` itself, through `"ij->ij"`).
    public init(_ array: NDArray) {
        let labels = Array(EinsumSubscripts.symbols.prefix(array.ndim))
        terms = [Term(coefficient: 1, operands: [array], inputs: [labels], output: labels)]
        shape = array.shape
    }

    private init(terms: [Term], shape: [Int]) {
        self.terms = terms
        self.shape = shape
    }

    /// An einsum operand: an array or a lazy expression.
    public enum Operand: Sendable {
        case array(NDArray)
        case expression(EinsumExpression)

        var shape: [Int] {
            switch self {
            case .array(let array): array.shape
            case .expression(let expression): expression.shape
            }
        }
    }

    /// `self + other` (the terms of both).
    public func adding(_ other: EinsumExpression) throws(EngineError) -> EinsumExpression {
        guard shape == other.shape else { throw .broadcastMismatch([shape, other.shape]) }
        return EinsumExpression(terms: terms + other.terms, shape: shape)
    }

    /// `factor · self`.
    public func scaled(by factor: Double) -> EinsumExpression {
        EinsumExpression(terms: terms.map { term in
            var scaled = term
            scaled.coefficient *= factor
            return scaled
        }, shape: shape)
    }

    /// Computes the sum (see the type's memory notes). `optimize` plans each term's path
    /// (``EinsumOptimization/none`` runs each term in the C einsum's single pass).
    /// `onPlan` receives each term's subscripts and planned path (not called with
    /// ``EinsumOptimization/none``).
    public func evaluate(optimize: EinsumOptimization = .strategy(.memory), dtype: DType? = nil,
                         onPlan: ((EinsumSubscripts, EinsumPlan) -> Void)? = nil) throws -> NDArray {
        var total: NDArray?
        for term in terms {
            let subscripts = EinsumSubscripts(inputs: term.inputs, output: term.output)
            var value: NDArray
            if let onPlan, optimize != .none {
                let plan = try NDArray.einsumPlan(subscripts, term.operands, optimize: optimize, dtype: dtype)
                onPlan(subscripts, plan)
                value = try NDArray.einsum(term.operands, steps: plan.steps.map { ($0.operands, $0.subscripts) }, dtype: dtype)
            } else {
                value = try NDArray.einsum(subscripts, term.operands, optimize: optimize, dtype: dtype)
            }
            if term.coefficient != 1 {
                let factor = Self.scalarFactor(term.coefficient)
                if value.dtype.isFloatingPoint, Self.isFresh(value, of: term) {
                    value = try NDArray.apply(.multiply, .array(value), factor, out: value)
                } else {
                    value = try NDArray.apply(.multiply, .array(value), factor)
                }
            }
            if let current = total {
                total = try NDArray.apply(.add, .array(current), .array(value), out: current)
            } else {
                total = Self.isFresh(value, of: term) ? value : try value.copy()
            }
        }
        return total!
    }

    /// True when `value` is not (a view of) one of the term's operands, so that the
    /// evaluation may write into it.
    private static func isFresh(_ value: NDArray, of term: Term) -> Bool {
        !term.operands.contains { $0.storage === value.storage }
    }

    /// A coefficient as the scalar operand of a multiply (an integer when it is one, so that
    /// integer results stay integers under NEP 50).
    private static func scalarFactor(_ value: Double) -> PeakmemEngine.Operand {
        .scalar(value.rounded() == value && abs(value) < 9e15 ? .int(Int64(value)) : .float(value))
    }

    /// The term itself when all its labels are letters NumPy accepts, else with its labels
    /// renamed to letters in order of first appearance (so that step strings read like NumPy's).
    private static func canonical(_ term: Term) -> Term {
        guard term.inputs.contains(where: { $0.contains { !EinsumSubscripts.symbols.contains($0) } }) else { return term }
        var renaming: [Character: Character] = [:]
        var pool = FreshLabels(used: [])
        for label in term.inputs.flatMap({ $0 }) where renaming[label] == nil { renaming[label] = pool.next() }
        var renamed = term
        renamed.inputs = term.inputs.map { $0.map { renaming[$0]! } }
        renamed.output = term.output.map { renaming[$0]! }
        return renamed
    }
}

/// Labels not yet used: NumPy's 52 letters first, then other characters.
struct FreshLabels {
    private var used: Set<Character>
    private var cursor = 0

    init(used: Set<Character>) { self.used = used }

    mutating func next() -> Character {
        while true {
            let candidate: Character = cursor < EinsumSubscripts.symbols.count
                ? EinsumSubscripts.symbols[cursor]
                : Character(Unicode.Scalar(0x100 + cursor)!)
            cursor += 1
            if used.insert(candidate).inserted { return candidate }
        }
    }
}
