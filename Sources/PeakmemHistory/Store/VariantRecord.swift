/// One variant of a recorded run: where it came from and how it ended.
public struct VariantRecord: Sendable, Hashable {
    /// `SCENARIO/VARIANT`, with `@numpy` for the NumPy engine's figures under `--engine both`.
    public var key: String
    public var scenario: String
    /// The scenario file, as the run named it.
    public var file: String
    /// `ok` or `failed`.
    public var status: String
    /// The failure kind (`error`, `memory_limit`, `timeout`, `crash`, `worker`) of a failed variant.
    public var failure: String?
}
