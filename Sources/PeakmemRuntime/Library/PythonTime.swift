#if canImport(Glibc)
import Glibc
#endif

/// The `time` module functions scenario code uses to time or pace itself: `time.perf_counter`,
/// `time.perf_counter_ns`, `time.monotonic`, `time.time`, `time.process_time` and `time.sleep`.
///
/// The clocks are the ones CPython 3.11 reads on Linux: `perf_counter` and `monotonic` read
/// `CLOCK_MONOTONIC`, `time` reads `CLOCK_REALTIME`, `process_time` reads
/// `CLOCK_PROCESS_CPUTIME_ID`, all as float seconds (`perf_counter_ns` as an int of
/// nanoseconds). `sleep` suspends the worker (a variant's timeout still ends it); none of them
/// allocates.
extension FunctionRegistry {
    func registerTime() {
        register(namespace: "time")
        let clocks: [(name: String, clock: clockid_t, summary: String)] = [
            ("perf_counter", CLOCK_MONOTONIC, "seconds of a monotonic clock with the highest resolution, as a float"),
            ("monotonic", CLOCK_MONOTONIC, "seconds of a monotonic clock, as a float"),
            ("time", CLOCK_REALTIME, "seconds since the Epoch, as a float"),
            ("process_time", CLOCK_PROCESS_CPUTIME_ID, "the CPU seconds of this process (user and system), as a float"),
        ]
        for entry in clocks {
            register("time.\(entry.name)", [], summary: entry.summary) { _, _ throws(RuntimeError) in
                let time = Self.read(entry.clock)
                return .float(Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
            }
        }
        register("time.perf_counter_ns", [], summary: "nanoseconds of time.perf_counter's clock, as an int") { _, _ throws(RuntimeError) in
            let time = Self.read(CLOCK_MONOTONIC)
            return .int(Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec))
        }
        register("time.sleep", [.positional("secs")], summary: "suspends the code for secs seconds") { a, _ throws(RuntimeError) in
            let seconds = try a.double("secs")
            guard !seconds.isNaN else { throw .valueError("Invalid value NaN (not a number)") }
            guard seconds >= 0 else { throw .valueError("sleep length must be non-negative") }
            guard seconds < 0x1p62 else { throw .overflowError("timestamp out of range for platform time_t") }
            var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
            var remaining = timespec()
            // A signal that interrupts the sleep resumes it for the time left, as CPython does (PEP 475).
            while nanosleep(&request, &remaining) != 0, errno == EINTR { request = remaining }
            return .none
        }
    }

    /// The clock's current value (`clock_gettime` cannot fail for these clocks on Linux).
    private static func read(_ clock: clockid_t) -> timespec {
        var time = timespec()
        clock_gettime(clock, &time)
        return time
    }
}
