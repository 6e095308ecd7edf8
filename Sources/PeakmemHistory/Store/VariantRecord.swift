/// One variant of a recorded run: where it came from and how it ended.
package struct VariantRecord: Sendable, Hashable {
    /// `SCENARIO/VARIANT`, with `@numpy` for the NumPy engine's figures under `--engine both`.
    package var key: String
    package var scenario: String
    /// The scenario file, as the run named it.
    package var file: String
    /// `ok` or `failed`.
    package var status: String
    /// The failure kind (`error`, `memory_limit`, `timeout`, `crash`, `worker`) of a failed variant.
    package var failure: String?
}
