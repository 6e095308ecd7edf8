import PeakmemResults

/// A named value of a scenario (`params:`), one per scale or one for every scale.
public struct Parameter: Sendable, Hashable {
    public var name: String
    /// The value for each scale the parameter defines.
    public var values: [Scale: ParameterValue]
    /// Where the parameter is defined.
    public var position: SourcePosition

    public init(name: String, values: [Scale: ParameterValue], position: SourcePosition) {
        self.name = name
        self.values = values
        self.position = position
    }
}
