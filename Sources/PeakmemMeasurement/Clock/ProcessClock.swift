#if canImport(Glibc)
import Glibc
#endif

/// The two clocks a measurement reads, as nanosecond counts from `clock_gettime`.
///
/// Both readings are cheap (vDSO for the monotonic clock) and allocate nothing.
enum ProcessClock {
    /// `CLOCK_MONOTONIC`, in nanoseconds: wall time that never jumps.
    static func monotonicNanoseconds() -> Int64 {
        read(CLOCK_MONOTONIC)
    }

    /// `CLOCK_PROCESS_CPUTIME_ID`, in nanoseconds: CPU time consumed by all threads of the
    /// process (user and system), OpenBLAS workers and the sampler included.
    static func processCPUNanoseconds() -> Int64 {
        read(CLOCK_PROCESS_CPUTIME_ID)
    }

    /// `CLOCK_THREAD_CPUTIME_ID`, in nanoseconds: CPU time of the calling thread.
    static func threadCPUNanoseconds() -> Int64 {
        read(CLOCK_THREAD_CPUTIME_ID)
    }

    /// Any clock (e.g. another thread's CPU clock from `pthread_getcpuclockid`), in
    /// nanoseconds; nil if `clock_gettime` rejects the clock id (that thread has ended).
    static func nanoseconds(of clock: clockid_t) -> Int64? {
        var time = timespec()
        guard clock_gettime(clock, &time) == 0 else { return nil }
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    private static func read(_ clock: clockid_t) -> Int64 {
        // clock_gettime fails only for an invalid clock id; these three always exist on Linux.
        guard let nanoseconds = nanoseconds(of: clock) else { preconditionFailure("clock_gettime(\(clock)) failed") }
        return nanoseconds
    }
}
