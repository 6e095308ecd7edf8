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
        set {
            guard tracksProvenance else { return }
            state.withLock { $0.provenance.site = newValue }
        }
    }

    /// A statement starts at `site` (a line event): new buffers are attributed to it, and when
    /// a line profile is kept (``startLineProfile(rss:)``) the previous line's segment ends.
    public func enterStatement(_ site: AllocationSite) {
        guard tracksProvenance else { return }
        let profiling = state.withLock { state in
            state.provenance.site = site
            return state.provenance.lines != nil
        }
        guard profiling, let rss = lineProfileRSS?() else { return }
        state.withLock { state in
            let live = state.figures.live
            state.provenance.lines?.event(next: site.line, live: live, windowPeak: state.provenance.windowPeak, rss: rss)
            state.provenance.windowPeak = live
        }
    }

    /// Starts the line-by-line account of a run, with the RSS now `rss` (bytes); each line
    /// event reads the RSS with `readRSS`.
    public func startLineProfile(rss: Int, readRSS: @escaping @Sendable () -> Int) {
        lineProfileRSS = readRSS
        state.withLock { state in
            state.provenance.lines = LineAccount(live: state.figures.live, rss: rss)
            state.provenance.windowPeak = state.figures.live
        }
    }

    /// Ends the line-by-line account (the last line's segment ends now, with the RSS `rss`)
    /// and returns each line's figures, by line.
    public func finishLineProfile(rss: Int) -> [LineFigures] {
        lineProfileRSS = nil
        return state.withLock { state in
            state.provenance.lines?.event(next: 0, live: state.figures.live, windowPeak: state.provenance.windowPeak, rss: rss)
            let figures = state.provenance.lines?.figures.values.sorted { $0.line < $1.line } ?? []
            state.provenance.lines = nil
            return figures
        }
    }

    /// Runs `body` with the buffers it allocates attributed to `role` (the previous role is
    /// restored after, also when `body` throws): how an operation marks its layout copies,
    /// cast copies, scratch buffers and intermediates.
    public func withRole<T, E: Error>(_ role: AllocationRole, _ body: () throws(E) -> T) throws(E) -> T {
        guard tracksProvenance else { return try body() }
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
        guard tracksProvenance else { return try body() }
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

extension Ledger {
    /// How a line event reads the RSS while a line profile is kept.
    var lineProfileRSS: (@Sendable () -> Int)? {
        get { state.withLock { $0.lineProfileRSS } }
        set { state.withLock { $0.lineProfileRSS = newValue } }
    }
}
