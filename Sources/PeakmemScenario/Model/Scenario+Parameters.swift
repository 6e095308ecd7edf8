import PeakmemResults

extension Scenario {
    /// The parameter values for `scale`, with `overrides` (`--set name=value`) applied.
    ///
    /// - Throws: ``ScenarioError`` when the scenario does not define `scale` (naming the
    ///   scales it has), an override names no parameter (naming those it has) or is an
    ///   infinite or NaN float.
    public func parameterValues(scale: Scale, overrides: [String: ParameterValue] = [:]) throws(ScenarioError) -> [String: ParameterValue] {
        for name in overrides.keys.sorted() where !parameters.contains(where: { $0.name == name }) {
            let known = parameters.map(\.name)
            let list = known.isEmpty ? "it has no parameters" : "its parameters are " + known.joined(separator: ", ")
            throw ScenarioError(file: file, keyPath: "params",
                                message: "unknown parameter '\(name)' in --set: scenario '\(self.name)' has no parameter '\(name)'; \(list)")
        }
        for name in overrides.keys.sorted() {
            if let problem = overrides[name]?.rangeProblem {
                throw ScenarioError(file: file, keyPath: "params.\(name)", message: "--set \(name)=\(overrides[name]!) \(problem)")
            }
        }
        var values: [String: ParameterValue] = [:]
        for parameter in parameters {
            if let value = overrides[parameter.name] {
                values[parameter.name] = value
            } else if let value = parameter.values[scale] {
                values[parameter.name] = value
            } else {
                let defined = Scale.allCases.filter { parameter.values[$0] != nil }.map(\.rawValue)
                throw ScenarioError(file: file, keyPath: "params.\(parameter.name)", position: parameter.position,
                                    message: "scenario '\(name)' has no '\(scale)' scale: parameter '\(parameter.name)' defines \(defined.joined(separator: ", "))")
            }
        }
        return values
    }
}
