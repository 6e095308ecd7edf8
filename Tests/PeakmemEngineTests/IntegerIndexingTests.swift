import Testing
@testable import PeakmemEngine

@Suite("Integer-array indexing and bitwise operations")
struct IntegerIndexingTests {
    @Test func oneIndexArrayGathersAndAllocatesOnlyTheResult() throws {
        let lut = try sequence([16], dtype: .uint8) * Scalar.int(3)
        let idx = try values([3, 0, 15, -1, 2], .int32)
        var result: NDArray?
        let figures = try ledgerFigures { result = try lut.gather([.array(idx)]) }
        #expect(result!.shape == [5])
        #expect(result!.dtype == .uint8)
        #expect(result!.elements(as: Int64.self) == [9, 0, 45, 45, 6])
        // int32 indices are read in conversion blocks: the result's 5 bytes only.
        #expect(figures.allocatedTotal == 5)
    }

    @Test func severalIndexArraysBroadcastAndReplaceTheirAxesInPlace() throws {
        let lut = try sequence([4, 4, 4, 2], dtype: .int64)
        let r = try values([0, 1, 2], [1, 3], .uint8)      // (1, 3)
        let g = try values([3, 1], [2, 1], .int64)       // (2, 1)
        let b = try values([2], .int32)
        let result = try lut.gather([.array(r), .array(g), .array(b)])
        #expect(result.shape == [2, 3, 2])
        // lut[r, g, b, c] = ((r·4 + g)·4 + b)·2 + c
        let expected: [Int64] = [[0, 3], [1, 3], [2, 3], [0, 1], [1, 1], [2, 1]].flatMap { p -> [Int64] in
            let base = Int64(((p[0] * 4 + p[1]) * 4 + 2) * 2)
            return [base, base + 1]
        }
        #expect(result.elements(as: Int64.self) == expected)
        #expect(try lut.gather([.array(r), .array(g), .array(b), .basic(.integer(1))]).shape == [2, 3])
    }

    @Test func slicesKeepTheirDimensionsAroundTheIndexDimensions() throws {
        let a = try sequence([3, 4, 5])
        let i = try values([1, 3], .int64)
        let middle = try a.gather([.basic(.all), .array(i)])
        #expect(middle.shape == [3, 2, 5])
        #expect(try middle.element([2, 1, 4], as: Double.self) == 2 * 20 + 3 * 5 + 4)
        // Non-adjacent advanced items (an array and an integer split by a slice): index dims first.
        let rows = try values([1, 2], .int64)
        let split = try a.gather([.array(rows), .basic(.slice(start: 1, stop: nil, step: 2)), .basic(.integer(0))])
        #expect(split.shape == [2, 2])
        #expect(split.elements(as: Double.self) == [25, 35, 45, 55])
        let apart = try a.gather([.array(rows), .basic(.all), .basic(.integer(-1))])
        #expect(apart.shape == [2, 4])
        let together = try a.gather([.basic(.all), .array(i), .basic(.integer(-1))])
        #expect(together.shape == [3, 2])
    }

    @Test func outOfBoundsIndicesAreRefusedWithNumpysMessage() throws {
        let a = try sequence([16])
        let idx = try values([1, 16], .int64)
        #expect(throws: EngineError.indexOutOfBounds(index: 16, axis: 0, size: 16)) { try a.gather([.array(idx)]) }
    }

    @Test func takeCopiesIndicesOfAnotherDtypeAndOutAsNumpyDoes() throws {
        let a = try sequence([1000])
        let idx32 = try values([5, 7, 9, 11], .int32)
        let idx64 = try idx32.astype(.int64)
        // Without out: the result (32 bytes) and, for int32 indices, an int64 copy (32 bytes).
        #expect(try ledgerFigures { _ = try NDArray.take(a, idx64, axis: nil) }.peak == 32)
        #expect(try ledgerFigures { _ = try NDArray.take(a, idx32, axis: nil) }.peak == 64)
        // With out: a copy of out (NumPy's mode='raise'), freed; nothing retained.
        let out = try NDArray(empty: [4])
        let figures = try ledgerFigures { _ = try NDArray.take(a, idx64, axis: 0, out: out) }
        #expect(figures.peak == 32)
        #expect(figures.live == 0)
        #expect(out.elements(as: Double.self) == [5, 7, 9, 11])
        let matrix = try sequence([3, 4])
        #expect(try NDArray.take(matrix, idx32.view(at: [.slice(start: 0, stop: 2, step: nil)]).astype(.int64).reshape([2]) - Scalar.int(4), axis: 1)
            .elements(as: Double.self) == [1, 3, 5, 7, 9, 11])
    }

    @Test func bitOperationsFollowNumpysDtypeRules() throws {
        let x = try values([0xF0, 0x3C, 0xFF], .uint8)
        #expect(try NDArray.apply(.rightShift, .array(x), .scalar(4)).elements(as: Int64.self) == [15, 3, 15])
        #expect(try NDArray.apply(.rightShift, .array(x), .scalar(4)).dtype == .uint8)
        #expect(try NDArray.apply(.bitwiseAnd, .array(x), .scalar(15)).elements(as: Int64.self) == [0, 12, 15])
        #expect(try NDArray.apply(.leftShift, .array(x), .scalar(4)).elements(as: Int64.self) == [0, 0xC0, 0xF0])
        #expect(try NDArray.apply(.bitwiseXor, .array(x), .scalar(0xFF)).elements(as: Int64.self) == [15, 0xC3, 0])
        #expect(try NDArray.apply(.invert, x).elements(as: Int64.self) == [15, 0xC3, 0])
        let signed = try values([-16, 16], .int32)
        // Arithmetic right shift; counts of the bit width or more give 0 or -1 (npy_rshift).
        #expect(try NDArray.apply(.rightShift, .array(signed), .scalar(2)).elements(as: Int64.self) == [-4, 4])
        #expect(try NDArray.apply(.rightShift, .array(signed), .scalar(40)).elements(as: Int64.self) == [-1, 0])
        #expect(try NDArray.apply(.leftShift, .array(signed), .scalar(32)).elements(as: Int64.self) == [0, 0])
        // uint8 | int32 promotes to int32.
        #expect(try NDArray.apply(.bitwiseOr, .array(x), .array(signed.view(at: [.slice(start: 0, stop: 1, step: nil)]))).dtype == .int32)
        let flags = try values([1, 0], .bool)
        #expect(try NDArray.apply(.invert, flags).elements(as: Bool.self) == [false, true])
        #expect(throws: EngineError.unsupportedTypes(operation: "bitwise_and", .float64, .float64)) {
            try NDArray.apply(.bitwiseAnd, .array(try sequence([2])), .scalar(1))
        }
        #expect(throws: EngineError.unsupportedTypes(operation: "invert", .float64, nil)) { try NDArray.apply(.invert, try sequence([2])) }
        #expect(throws: EngineError.unsupportedTypes(operation: "left_shift", .bool, .bool)) {
            try NDArray.apply(.leftShift, .array(flags), .array(flags))
        }
    }
}
