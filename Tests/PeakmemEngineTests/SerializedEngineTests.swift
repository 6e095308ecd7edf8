import Testing
@testable import PeakmemEngine

/// The parent of the random-generator and `.npy` suites (a grouping; their tests share the
/// global random state, so they run one at a time).
@Suite(.serialized)
enum SerializedEngineTests {}

/// What the ledger recorded while `body` ran: bytes allocated, buffers allocated, and the live
/// bytes (with `body`'s result still alive). `body` runs with a fresh ledger bound to the task
/// (``Ledger/current``), so the figures are exact even while other tests allocate in parallel.
func ledgerBytes<T>(during body: () throws -> T) rethrows -> (result: T, allocated: Int, allocations: Int, live: Int) {
    let ledger = Ledger()
    let result = try Ledger.$current.withValue(ledger) { try body() }
    let after = ledger.snapshot()
    return (result, after.allocatedTotal, after.allocations, after.live)
}
