extension Jemalloc {
    /// `opt.oversize_threshold`: the size (bytes, compared with the size class of a request)
    /// from which jemalloc serves allocations from its dedicated huge arena, whose freed
    /// extents are purged at once. Fixed when jemalloc starts (`MALLOC_CONF`); 8 MiB by
    /// default, 0 when the huge arena is disabled.
    public func oversizeThreshold() throws(JemallocError) -> Int {
        try MallctlEntry("opt.oversize_threshold").readSize()
    }

    /// `thread.arena`: the index of the arena that serves the calling thread's allocations.
    public func threadArena() throws(JemallocError) -> UInt32 {
        try MallctlEntry("thread.arena").read(UInt32.self)
    }

    /// `arena.<i>.dirty_decay_ms`: how long, in milliseconds, arena `arena` keeps freed
    /// (dirty) pages before purging them; 0 purges at once, -1 never (only an explicit
    /// `arena.<i>.purge` does, as ``purgeAllArenas()``).
    public func dirtyDecay(arena: UInt32) throws(JemallocError) -> Int {
        try MallctlEntry("arena.\(arena).dirty_decay_ms").read(Int.self)
    }

    /// Sets `arena.<i>.dirty_decay_ms` of arena `arena` (see ``dirtyDecay(arena:)``) and
    /// returns the value it had.
    @discardableResult
    public func setDirtyDecay(_ milliseconds: Int, arena: UInt32) throws(JemallocError) -> Int {
        try MallctlEntry("arena.\(arena).dirty_decay_ms").exchange(milliseconds)
    }
}
