#if canImport(Glibc)
import Glibc
#endif
@testable import PeakmemMeasurement
import Testing

@Suite("Worker heap policy: MALLOC_CONF")
struct WorkerHeapPolicyConfTests {
    @Test("the policy's options send size classes from 32 MiB to the huge arena")
    func options() {
        #expect(WorkerHeapPolicy.oversizeThreshold == 33_554_432)
        #expect(WorkerHeapPolicy.mallocConf == "oversize_threshold:33554432")
    }

    @Test("a worker's MALLOC_CONF is the policy's options, then the parent's, which jemalloc applies last")
    func merging() {
        #expect(WorkerHeapPolicy.mallocConf(inherited: nil) == "oversize_threshold:33554432")
        #expect(WorkerHeapPolicy.mallocConf(inherited: "") == "oversize_threshold:33554432")
        #expect(WorkerHeapPolicy.mallocConf(inherited: "narenas:2,oversize_threshold:0")
                == "oversize_threshold:33554432,narenas:2,oversize_threshold:0")
    }
}

extension ProcessWide {
    @Suite("Worker heap policy: arenas")
    struct WorkerHeapPolicyArenaTests {
        let jemalloc: Jemalloc

        init() throws {
            jemalloc = try Jemalloc()
        }

        @Test("dirty_decay_ms of an arena reads back what was set, and setting returns the old value")
        func decayRoundTrip() throws {
            let arena = try jemalloc.threadArena()
            let original = try jemalloc.dirtyDecay(arena: arena)
            defer { _ = try? jemalloc.setDirtyDecay(original, arena: arena) }
            #expect(try jemalloc.setDirtyDecay(1234, arena: arena) == original)
            #expect(try jemalloc.dirtyDecay(arena: arena) == 1234)
            #expect(try jemalloc.setDirtyDecay(original, arena: arena) == 1234)
        }

        @Test("apply turns decay off for the calling thread's arena; the oversize threshold is jemalloc's default here")
        func apply() throws {
            let arena = try jemalloc.threadArena()
            let original = try jemalloc.dirtyDecay(arena: arena)
            let applied = try WorkerHeapPolicy.apply(to: jemalloc)
            defer { _ = try? jemalloc.setDirtyDecay(applied.previousDirtyDecay, arena: applied.arena) }
            #expect(applied.arena == arena)
            #expect(applied.previousDirtyDecay == original)
            #expect(try jemalloc.dirtyDecay(arena: arena) == -1)
            // This test process was not started with the policy's MALLOC_CONF: jemalloc's
            // default threshold, 8 MiB, unless the environment sets one.
            if getenv("MALLOC_CONF") == nil {
                #expect(try jemalloc.oversizeThreshold() == 8 << 20)
            }
        }

        @Test("an unknown arena is a typed error")
        func unknownArena() {
            #expect(throws: JemallocError.self) { try jemalloc.dirtyDecay(arena: 1_000_000) }
        }
    }
}
