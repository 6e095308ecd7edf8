import Testing
@testable import PeakmemEngine

/// The parent of the engine test suites that allocate arrays while another suite asserts exact
/// ledger figures: `.serialized` runs its nested suites and tests one at a time, so a
/// ``ledgerBytes(during:)`` measurement inside it sees only its own allocations, as long as no
/// suite outside this parent allocates at the same time. Suites join it with
/// `extension SerializedEngineTests { @Suite struct ... }`.
///
/// To be replaced by a process-wide lock for ledger tests across the whole test target.
@Suite(.serialized)
enum SerializedEngineTests {}

/// What the ledger recorded while `body` ran: bytes allocated, buffers allocated, and the
/// change in live bytes (with `body`'s result still alive).
///
/// Exact only if no other test allocates arrays at the same time: the suites that call it are
/// serialized; the lead will wrap this in a process-wide lock for ledger tests.
func ledgerBytes<T>(during body: () throws -> T) rethrows -> (result: T, allocated: Int, allocations: Int, live: Int) {
    let before = Ledger.shared.snapshot()
    let result = try body()
    let after = Ledger.shared.snapshot()
    return (result, after.allocatedTotal - before.allocatedTotal, after.allocations - before.allocations,
            after.live - before.live)
}
