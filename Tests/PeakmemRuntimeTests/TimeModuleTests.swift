import Testing
@testable import PeakmemRuntime

/// `import time`: the clocks CPython reads, `sleep` with CPython's errors, nothing allocated.
@Suite("time module")
struct TimeModuleTests {
    @Test("sleep suspends for the time asked and the clocks see it")
    func sleepAndClocks() throws {
        let h = Harness()
        try h.run("""
            import time
            t0 = time.perf_counter()
            n0 = time.perf_counter_ns()
            m0 = time.monotonic()
            time.sleep(0.05)
            elapsed = time.perf_counter() - t0
            elapsed_ns = time.perf_counter_ns() - n0
            monotonic = time.monotonic() - m0
            cpu = time.process_time()
            wall = time.time()
            """)
        for name in ["elapsed", "monotonic"] {
            let seconds = try h.value(name).asDouble(for: name)
            #expect(seconds >= 0.05, "\(name) \(seconds)")
        }
        #expect(try h.repr("isinstance(elapsed_ns, int) and elapsed_ns >= 50000000") == "True")
        #expect(try h.repr("cpu >= 0 and wall > 1.7e9") == "True")
        #expect(h.ledger.snapshot().live == 0)
    }

    @Test("sleep refuses what CPython refuses, with CPython's messages",
          arguments: [("time.sleep(-1)", "ValueError: sleep length must be non-negative"),
                      ("time.sleep(float('nan'))", "ValueError: Invalid value NaN (not a number)"),
                      ("time.sleep(1e300)", "OverflowError: timestamp out of range for platform time_t")])
    func sleepErrors(code: String, message: String) throws {
        let error = try #require(Harness().error("import time\n" + code))
        #expect(error.message == message)
    }
}
