import PeakmemResults

extension EinsumPathRecord {
    /// The record of `plan`, planned for `subscripts` with `optimization`.
    public init(function: String, subscripts: String, optimization: EinsumOptimization, plan: EinsumPlan) {
        self.init(function: function, subscripts: subscripts, strategy: Self.strategyName(optimization), path: plan.path,
                  largestIntermediate: plan.largestIntermediate, itemSize: plan.itemSize,
                  predictedPeakBytes: plan.predictedPeakBytes)
    }

    /// The name of `optimization` as a record gives it.
    public static func strategyName(_ optimization: EinsumOptimization) -> String {
        switch optimization {
        case .none: return "none"
        case .explicit: return "explicit"
        case .strategy(let strategy, let limit):
            let name: String
            switch strategy {
            case .greedy: name = "greedy"
            case .optimal: name = "optimal"
            case .memory: name = "memory"
            }
            return limit.map { "\(name) (limit \($0))" } ?? name
        }
    }
}
