import Foundation
import Testing

/// The large-array technique scenarios (seed 001) at quick scale: they run, agree, meet their
/// expectations, and give the exact figures NumPy 2.4.6 gives (docs/research/numpy-techniques.md).
@Suite("Technique scenarios (end to end, quick scale)")
struct TechniqueScenarioTests {
    @Test("large-array-techniques: out= allocates nothing, numexpr only its output, naive two arrays")
    func largeArrayTechniques() throws {
        let run = try ShippedScenarioRun("large-array-techniques")
        let s = 300_000.0 * 8  // quick n, float64
        #expect(run.figure("naive", "peak_increment") == 2 * s)
        #expect(run.figure("out-buffers", "peak_increment") == 0)
        #expect(run.figure("chunked", "peak_increment") == s + 2 * 50_000 * 8)
        #expect(run.figure("numexpr", "peak_increment") == s)
        #expect(run.figure("int32", "peak_increment") == s / 2 * 2)
        #expect(run.figure("uint8", "peak_increment") == s / 8 * 2)
        #expect(run.figure("uint8-numexpr", "peak_increment") == s / 2)
    }

    @Test("rgb-cmyk-lookup: 52 bytes a pixel per pixel, 7 and the small table through the lookup table")
    func lookupTable() throws {
        let run = try ShippedScenarioRun("rgb-cmyk-lookup")
        let npix = 65_536.0
        #expect(run.figure("per-pixel", "peak_increment") == 52 * npix)
        #expect(run.figure("lookup-table", "peak_increment") == 7 * npix + 16_384 + 2 * 32_768 + 128)
    }

    @Test("memmap-sum: the mapped figure is the file's size; the data add no heap bytes")
    func memmapSum() throws {
        let run = try ShippedScenarioRun("memmap-sum")
        #expect(run.figure("memmap", "mapped") == 8_000_000)
        #expect(run.figure("memmap", "peak_increment") == 8)
        #expect(run.figure("in-memory", "mapped") == 0)
    }
}
