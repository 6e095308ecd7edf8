import CJemalloc

/// One jemalloc control, resolved once: its dotted name and its management information base
/// (MIB), the numeric path `mallctlnametomib` translates the name to.
///
/// Every call goes through `mallctlbymib` with the cached MIB, so a read costs no string
/// lookup and no allocation (the MIB array is only borrowed). Each typed accessor checks the
/// size jemalloc reports and turns every non-zero return code into a ``JemallocError``.
///
/// MIBs are plain indices into jemalloc's control tree; the `thread.*` controls still act on
/// the thread that makes the call, so one entry may be shared by all threads.
struct MallctlEntry: Sendable {
    /// The dotted control name, e.g. `stats.allocated`.
    let name: String
    /// The resolved MIB.
    private let mib: [Int]

    /// The longest control name this layer resolves has fewer components than this.
    private static let maximumDepth = 8

    /// Resolves `name` with `mallctlnametomib`.
    init(_ name: String) throws(JemallocError) {
        var components = [Int](repeating: 0, count: Self.maximumDepth)
        var depth = Self.maximumDepth
        let code = components.withUnsafeMutableBufferPointer { buffer in
            mallctlnametomib(name, buffer.baseAddress, &depth)
        }
        guard code == 0 else { throw JemallocError(code: code, name: name) }
        self.name = name
        self.mib = Array(components.prefix(depth))
    }

    /// Reads a fixed-size value (`size_t`, `uint64_t`, `bool`, `ssize_t`, `unsigned`, ...).
    func read<Value: BitwiseCopyable>(_: Value.Type) throws(JemallocError) -> Value {
        var length = MemoryLayout<Value>.size
        let (code, value) = withUnsafeTemporaryAllocation(of: Value.self, capacity: 1) { buffer in
            let code = mib.withUnsafeBufferPointer { path in
                mallctlbymib(path.baseAddress, path.count, buffer.baseAddress, &length, nil, 0)
            }
            // The buffer holds a value only when jemalloc wrote exactly one.
            let value: Value? = code == 0 && length == MemoryLayout<Value>.size ? buffer[0] : nil
            return (code, value)
        }
        guard code == 0 else { throw JemallocError(code: code, name: name) }
        guard let value else {
            throw JemallocError.sizeMismatch(name, expected: MemoryLayout<Value>.size, actual: length)
        }
        return value
    }

    /// Reads a `size_t` control as a byte count or count.
    func readSize() throws(JemallocError) -> Int {
        try read(Int.self)
    }

    /// Reads a `uint64_t` control.
    func readUInt64() throws(JemallocError) -> UInt64 {
        try read(UInt64.self)
    }

    /// Reads a `bool` control.
    func readBool() throws(JemallocError) -> Bool {
        try read(Bool.self)
    }

    /// Reads a `const char *` control and copies it into a Swift string.
    func readString() throws(JemallocError) -> String {
        let pointer = try read(UnsafePointer<CChar>?.self)
        guard let pointer else { throw JemallocError.nullString(name) }
        return String(cString: pointer)
    }

    /// Writes `value` and returns the value the control held before (jemalloc fills the old
    /// value and then applies the new one, as for `epoch`).
    @discardableResult
    func exchange<Value: BitwiseCopyable>(_ value: Value) throws(JemallocError) -> Value {
        var new = value
        var old = value
        var length = MemoryLayout<Value>.size
        let code = mib.withUnsafeBufferPointer { path in
            withUnsafeMutableBytes(of: &old) { oldBytes in
                withUnsafeMutableBytes(of: &new) { newBytes in
                    mallctlbymib(path.baseAddress, path.count, oldBytes.baseAddress, &length,
                                 newBytes.baseAddress, newBytes.count)
                }
            }
        }
        guard code == 0 else { throw JemallocError(code: code, name: name) }
        guard length == MemoryLayout<Value>.size else {
            throw JemallocError.sizeMismatch(name, expected: MemoryLayout<Value>.size, actual: length)
        }
        return old
    }

    /// Calls a control that takes and returns nothing (`thread.tcache.flush`,
    /// `arena.<i>.purge`, `thread.peak.reset`).
    func call() throws(JemallocError) {
        let code = mib.withUnsafeBufferPointer { path in
            mallctlbymib(path.baseAddress, path.count, nil, nil, nil, 0)
        }
        guard code == 0 else { throw JemallocError(code: code, name: name) }
    }
}
