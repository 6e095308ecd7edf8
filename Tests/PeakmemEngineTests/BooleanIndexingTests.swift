import Testing
@testable import PeakmemEngine

/// Boolean masks, index assignment, `where`, `nonzero` and `count_nonzero` on the engine:
/// values as NumPy 2.4.6 prints them (docs/research/scripts/numpy_masks_values.out) and the
/// exact buffers of docs/research/numpy-masks.md.
@Suite("Boolean masks, index assignment, where and nonzero")
struct BooleanIndexingTests {
    /// The mask of the tests' 3×4 array `a = arange(12.0).reshape(3, 4)`.
    static func mask() throws -> NDArray {
        try values([1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1], [3, 4], .bool)
    }

    @Test func aSoleMaskOfTheArraysShapeAllocatesOnlyTheResultInCOrder() throws {
        let a = try sequence([3, 4]), fortran = try a.asfortranarray()
        let m = try Self.mask()
        let transposedMask = try m.T.copy().T    // Fortran-ordered, same elements
        for (array, mask) in [(a, m), (fortran, transposedMask), (a, transposedMask)] {
            let (result, allocated, allocations, live) = try ledgerBytes { try array.gather([.array(mask)]) }
            #expect(result.elements(as: Double.self) == [0, 3, 5, 6, 10, 11])
            #expect((allocated, allocations, live) == (48, 1, 48))
        }
    }

    @Test func otherMasksCostTheirIndexArraysWhileTheResultIsMade() throws {
        let a3 = try sequence([4, 3, 2])
        let m3 = try values([1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 1, 0], [4, 3], .bool)
        var result: NDArray?
        // Two int64 index arrays of the 5 true positions (80 bytes), then the (5, 2) result.
        let figures = try ledgerFigures { result = try a3.gather([.array(m3)]) }
        #expect(result!.shape == [5, 2])
        #expect(result!.elements(as: Double.self) == [0, 1, 4, 5, 12, 13, 14, 15, 20, 21])
        #expect((figures.allocatedTotal, figures.peak, figures.live) == (160, 160, 80))
        // A mask that is not C-contiguous is copied first (12 bytes), freed before the result.
        let strided = try m3.T.copy().T
        let copied = try ledgerFigures { result = try a3.gather([.array(strided)]) }
        #expect((copied.allocatedTotal, copied.peak) == (12 + 160, 160))
        #expect(result!.elements(as: Double.self) == [0, 1, 4, 5, 12, 13, 14, 15, 20, 21])
        // A mask beside a slice: one index array (2 · 8 bytes) and the (3, 2) result.
        let a = try sequence([3, 4])
        let columns = try values([0, 1, 0, 1], .bool)
        let sliced = try ledgerFigures { result = try a.gather([.basic(.all), .array(columns)]) }
        #expect(result!.elements(as: Double.self) == [1, 3, 5, 7, 9, 11])
        #expect((sliced.allocatedTotal, sliced.peak) == (16 + 48, 64))
    }

    @Test func maskShapeErrorsAreNumpys() throws {
        let a = try sequence([3, 4])
        #expect(throws: EngineError.booleanIndexMismatch(axis: 1, size: 4, booleanSize: 5)) {
            try a.gather([.array(try NDArray.full([3, 5], .bool(true), dtype: .bool))])
        }
        #expect(throws: EngineError.booleanIndexMismatch(axis: 0, size: 3, booleanSize: 2)) {
            try a.gather([.array(try values([1, 0], .bool)), .basic(.all)])
        }
        #expect(throws: EngineError.tooManyIndices(ndim: 2, given: 3)) {
            try a.gather([.array(try Self.mask()), .basic(.integer(0))])
        }
        #expect(EngineError.booleanIndexMismatch(axis: 0, size: 5, booleanSize: 2).description
            == "boolean index did not match indexed array along axis 0; size of axis is 5 but size of corresponding boolean axis is 2")
    }

    @Test func maskAssignmentWritesInPlaceAndChecksTheValue() throws {
        let a = try sequence([3, 4]), m = try Self.mask()
        #expect(try allocatedBytes { try a.scatter(.scalar(.float(-1)), at: [.array(m)]) } == 0)
        #expect(a.elements(as: Double.self) == [-1, 1, 2, -1, 4, -1, -1, 7, 8, 9, -1, -1])
        // float32 values converted as they are written: nothing allocated.
        let v32 = try values([10, 20, 30, 40, 50, 60], .float32)
        #expect(try allocatedBytes { try a.scatter(.array(v32), at: [.array(m)]) } == 0)
        #expect(a.elements(as: Double.self) == [10, 1, 2, 20, 4, 30, 40, 7, 8, 9, 50, 60])
        #expect(throws: EngineError.booleanAssignmentCount(values: 2, targets: 6)) {
            try a.scatter(.array(try values([1, 2], .float64)), at: [.array(m)])
        }
        #expect(throws: EngineError.booleanAssignmentDimensions(2)) {
            try a.scatter(.array(try NDArray(empty: [6, 1])), at: [.array(m)])
        }
        // A value overlapping the target is read before the block is written (NumPy: [0, 0, 1, 2, 4]).
        let f = try sequence([5])
        try f.scatter(.array(try f.view(at: [.slice(start: 0, stop: 3, step: nil)])), at: [.array(try values([0, 1, 1, 1, 0], .bool))])
        #expect(f.elements(as: Double.self) == [0, 0, 1, 2, 4])
    }

    @Test func integerAssignmentCopiesOnlyWhatOverlaps() throws {
        let c = try sequence([10])
        // Repeated indices: the last write wins.
        let fives = try values([5, 6, 7], .float64), repeated = try values([1, 3, 1], .int64)
        #expect(try allocatedBytes { try c.scatter(.array(fives), at: [.array(repeated)]) } == 0)
        #expect(c.elements(as: Double.self) == [0, 7, 2, 6, 4, 5, 6, 7, 8, 9])
        let i32 = try values([-1, 0], .int32)
        #expect(try allocatedBytes { try c.scatter(.scalar(.int(9)), at: [.array(i32)]) } == 0)
        #expect(try c.element([9], as: Double.self) == 9 && c.element([0], as: Double.self) == 9)
        // Rows broadcast; a value with extra leading ones.
        let d = try NDArray(empty: [3, 4], zeroed: true)
        let rows = try values([0, 2], .int64)
        try d.scatter(.array(try sequence([4])), at: [.array(rows)])
        #expect(d.elements(as: Double.self) == [0, 1, 2, 3, 0, 0, 0, 0, 0, 1, 2, 3])
        try d.scatter(.array(try NDArray.full([1, 2, 4], .float(1))), at: [.array(rows)])
        #expect(try d.element([2, 3], as: Double.self) == 1)
        #expect(throws: EngineError.assignmentShapeMismatch(value: [3], result: [2, 4])) {
            try d.scatter(.array(try NDArray(empty: [3])), at: [.array(rows)])
        }
        #expect(throws: EngineError.indexOutOfBounds(index: 5, axis: 1, size: 4)) {
            try d.scatter(.scalar(.int(0)), at: [.basic(.all), .array(try values([0, 5], .int64))])
        }
        // A value inside the target's memory is copied first (NumPy: [0, 0, 1, 2, 4, ...]).
        let e = try sequence([10])
        let overlap = try e.view(at: [.slice(start: 0, stop: 3, step: nil)])
        let k = try values([1, 2, 3], .int64)
        #expect(try allocatedBytes { try e.scatter(.array(overlap), at: [.array(k)]) } == 24)
        #expect(e.elements(as: Double.self).prefix(5) == [0, 0, 1, 2, 4])
        // An index array inside the target's memory is copied too (NumPy: [9, 9, 5, 6]).
        let t = try values([1, 0, 5, 6], .int64)
        let ownIndices = try t.view(at: [.slice(start: 0, stop: 2, step: nil)])
        #expect(try allocatedBytes { try t.scatter(.scalar(.int(9)), at: [.array(ownIndices)]) } == 16)
        #expect(t.elements(as: Int64.self) == [9, 9, 5, 6])
        // uint8 targets take int64 values as C casts: 300 → 44, -1 → 255.
        let u = try NDArray(empty: [3], dtype: .uint8, zeroed: true)
        try u.scatter(.array(try values([300, -1], .int64)), at: [.array(try values([0, 1], .int64))])
        #expect(u.elements(as: Int64.self) == [44, 255, 0])
    }

    @Test func whereAllocatesTheResultInThePromotedDtype() throws {
        let c = try values([1, 0], .bool), u = try values([1, 2], .uint8), f32 = try values([3, 5], .float32)
        let (weak, allocated, _, _) = try ledgerBytes { try NDArray.where(.array(c), .array(u), .scalar(.int(300))) }
        #expect(weak.dtype == .uint8 && weak.elements(as: Int64.self) == [1, 44])
        #expect(allocated == 2)
        #expect(try NDArray.where(.array(c), .array(f32), .scalar(.float(0.5))).dtype == .float32)
        #expect(try NDArray.where(.array(c), .scalar(.int(1)), .scalar(.int(0))).dtype == .int64)
        let mixed = try NDArray.where(.array(c), .array(u), .array(f32))
        #expect(mixed.dtype == .float32 && mixed.elements(as: Double.self) == [1, 5])
        // NaN is true; Fortran-ordered inputs give a Fortran-ordered result.
        let nan = try NDArray.where(.array(try NDArray.full([2, 3], .float(.nan)).asfortranarray()),
                                    .array(try sequence([2, 3]).asfortranarray()), .scalar(.float(0)))
        #expect(nan.isFContiguous && !nan.isCContiguous)
        #expect(try nan.element([1, 2], as: Double.self) == 5)
        #expect(throws: EngineError.broadcastMismatch([[3], [2], []])) {
            try NDArray.where(.array(try NDArray(empty: [3], dtype: .bool)), .array(try NDArray(empty: [2])), .scalar(.int(0)))
        }
    }

    @Test func nonzeroReturnsColumnsOfOneBlock() throws {
        let a = try values([0, 1, 0, 2, 0, 3], [2, 3], .int64)
        let (columns, allocated, allocations, _) = try ledgerBytes { try a.nonzero() }
        #expect((allocated, allocations) == (3 * 2 * 8, 1))
        #expect(columns.map { $0.elements(as: Int64.self) } == [[0, 1, 1], [1, 0, 2]])
        #expect(columns[1].strides == [16])
        #expect(columns[0].storage === columns[1].storage)
        let floats = try NDArray.full([4], .float(0))
        try floats.scatter(.array(try values([0, 0, 2], .float64)), at: [.array(try values([0, 2, 3], .int64))])
        try floats.scatter(.scalar(.float(.nan)), at: [.array(try values([2], .int64))])
        try floats.scatter(.scalar(.float(-0.0)), at: [.array(try values([1], .int64))])
        #expect(try floats.nonzero()[0].elements(as: Int64.self) == [2, 3])
        #expect(floats.countNonzero() == 2)
        #expect(throws: EngineError.invalidArgument("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.")) {
            try NDArray.full([], .float(1)).nonzero()
        }
        #expect(throws: EngineError.invalidArgument("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.")) {
            try NDArray.full([], .bool(true), dtype: .bool).nonzero()
        }
    }
}
