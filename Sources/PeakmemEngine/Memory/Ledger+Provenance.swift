import PeakmemResults

/// Provenance: where and why each live buffer was made, and the buffers live at the peak.
///
/// The interpreter sets ``allocationSite`` (one assignment per statement and per operation);
/// the engine wraps its internal copies in ``withRole(_:_:)``; the interpreter notes names
/// (``ArrayStorage/recordBinding(_:)``) and the engine elisions (``ArrayStorage/recordReuse()``).
/// ``peakAnatomy()`` turns the buffers of the last high-water mark into results.
extension Ledger {
    /// The site new buffers are attributed to (``AllocationSite/unknown`` until the
    /// interpreter sets one).
    public var allocationSite: AllocationSite {
        get { state.withLock { $0.provenance.site } }
        set { state.withLock { $0.provenance.site = newValue } }
    }

    /// Runs `body` with the buffers it allocates attributed to `role` (the previous role is
    /// restored after, also when `body` throws): how an operation marks its layout copies,
    /// cast copies, scratch buffers and intermediates.
    public func withRole<T, E: Error>(_ role: AllocationRole, _ body: () throws(E) -> T) throws(E) -> T {
        let previous = state.withLock { state in
            let previous = state.provenance.role
            state.provenance.role = role
            return previous
        }
        defer { state.withLock { $0.provenance.role = previous } }
        return try body()
    }

    /// Runs `body` with ``AllocationSite/detail`` of the current site set to `detail` (e.g. the
    /// subscripts of an `np.einsum` call), restored after.
    public func withSiteDetail<T, E: Error>(_ detail: String, _ body: () throws(E) -> T) throws(E) -> T {
        let previous = state.withLock { state in
            let previous = state.provenance.site.detail
            state.provenance.site.detail = detail
            return previous
        }
        defer { state.withLock { $0.provenance.site.detail = previous } }
        return try body()
    }

    /// Notes that the array of buffer `serial` was bound to `name` (kept if it has a name already).
    func recordBinding(serial: Int, name: String) {
        state.withLock { state in
            guard state.provenance.live[serial]?.name == nil else { return }
            state.provenance.live[serial]?.name = name
        }
    }

    /// Notes that an operator computed its result into buffer `serial` (temporary elision) at
    /// the current site.
    func recordReuse(serial: Int) {
        state.withLock { state in
            let site = state.provenance.site
            state.provenance.live[serial]?.reuses += 1
            state.provenance.live[serial]?.reusedBy = site
        }
    }

    /// The buffers live at the high-water mark since the last ``resetPeak()``: those made
    /// since are the run's, the others ``PeakAllocation/setup``.
    public func peakAnatomy() -> PeakAnatomy {
        let (buffers, runStart, peak) = state.withLock { state in
            (state.provenance.peakBuffers(), state.provenance.runStartSerial, state.figures.peak)
        }
        let ordered = buffers.sorted { $0.serial < $1.serial }
        return PeakAnatomy(liveBytes: peak, allocations: ordered.map { $0.peakAllocation(setup: $0.serial < runStart) })
    }
}
