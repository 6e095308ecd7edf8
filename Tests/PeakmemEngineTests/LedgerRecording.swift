import PeakmemEngine

/// Runs `body` with a fresh ledger bound for this task, so that the figures are exact even
/// while other tests allocate in parallel, and returns what the ledger recorded.
func ledgerFigures(_ body: () throws -> Void) rethrows -> LedgerSnapshot {
    let ledger = Ledger()
    try Ledger.$current.withValue(ledger) { try body() }
    return ledger.snapshot()
}

/// The bytes `body` allocates through the ledger (kept or not).
func allocatedBytes(_ body: () throws -> Void) rethrows -> Int {
    try ledgerFigures(body).allocatedTotal
}

/// What the ledger recorded while `body` ran, with `body`'s result still alive: bytes
/// allocated, buffers allocated, and the live bytes (see ``ledgerFigures(_:)``).
func ledgerBytes<T>(during body: () throws -> T) rethrows -> (result: T, allocated: Int, allocations: Int, live: Int) {
    var result: T?
    let after = try ledgerFigures { result = try body() }
    return (result!, after.allocatedTotal, after.allocations, after.live)
}

/// A float64 array with the values 0, 1, 2, ... in C order.
func sequence(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
    try NDArray.arange(.int(0), .int(Int64(shape.reduce(1, *))), dtype: dtype).reshape(shape)
}

/// A C-ordered array of `dtype` holding `elements` (cast as C casts) in `shape`.
func values(_ elements: [Int64], _ shape: [Int], _ dtype: DType) throws -> NDArray {
    let wide = try NDArray(empty: [elements.count], dtype: .int64)
    for (i, e) in elements.enumerated() { wide.baseAddress.storeBytes(of: e, toByteOffset: i * 8, as: Int64.self) }
    return try wide.astype(dtype).reshape(shape)
}

/// A 1-d array of `dtype` holding `elements`.
func values(_ elements: [Int64], _ dtype: DType) throws -> NDArray { try values(elements, [elements.count], dtype) }
