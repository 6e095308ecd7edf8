import Testing
@testable import PeakmemEngine

@Suite("Views, flags and reshape")
struct ViewTests {
    @Test("contiguity flags follow NumPy's relaxed-stride rules")
    func flags() throws {
        let c = try NDArray.zeros([3, 4])
        #expect(c.isCContiguous && !c.isFContiguous)
        #expect(c.T.isFContiguous && !c.T.isCContiguous)
        #expect(c.strides == [32, 8])
        let f = try NDArray.zeros([3, 4], order: .fortran)
        #expect(f.strides == [8, 24])
        let row = try NDArray.zeros([1, 5])
        #expect(row.isCContiguous && row.isFContiguous)
        let empty = try NDArray.zeros([0, 5])
        #expect(empty.isCContiguous && empty.isFContiguous)
        let column = try c.view(at: [.all, .integer(1)])
        #expect(!column.isCContiguous && !column.isFContiguous)
        #expect(try c.view(at: [.integer(1)]).isCContiguous)
    }

    @Test("basic slicing follows Python's slice semantics")
    func slicing() throws {
        let a = try sequence([10])
        func values(_ start: Int?, _ stop: Int?, _ step: Int?) throws -> [Double] {
            try a.view(at: [.slice(start: start, stop: stop, step: step)]).elements(as: Double.self)
        }
        #expect(try values(2, 8, 3) == [2, 5])
        #expect(try values(nil, nil, -1) == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0])
        #expect(try values(-3, nil, nil) == [7, 8, 9])
        #expect(try values(8, 2, -2) == [8, 6, 4])
        #expect(try values(20, 30, nil) == [])
        #expect(try values(-100, 2, nil) == [0, 1])
        #expect(try values(nil, -100, -1) == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0])
        let m = try sequence([3, 4])
        #expect(try m.view(at: [.integer(-1)]).elements(as: Double.self) == [8, 9, 10, 11])
        #expect(try m.view(at: [.ellipsis, .integer(0)]).elements(as: Double.self) == [0, 4, 8])
        #expect(try m.view(at: [.all, .newAxis, .integer(1)]).shape == [3, 1])
        #expect(try m.element([2, 3], as: Double.self) == 11)
    }

    @Test("indexing errors read like NumPy's")
    func indexErrors() throws {
        let m = try sequence([3, 4])
        #expect(throws: EngineError.indexOutOfBounds(index: 4, axis: 1, size: 4)) { try m.view(at: [.integer(0), .integer(4)]) }
        #expect(throws: EngineError.tooManyIndices(ndim: 2, given: 3)) { try m.view(at: [.integer(0), .integer(0), .integer(0)]) }
        #expect(EngineError.indexOutOfBounds(index: 4, axis: 1, size: 4).description == "index 4 is out of bounds for axis 1 with size 4")
        #expect(throws: EngineError.cannotReshape(size: 12, shape: [5, -1])) { try m.reshape([5, -1]) }
        #expect(EngineError.cannotReshape(size: 12, shape: [5, -1]).description == "cannot reshape array of size 12 into shape (5, -1)")
        #expect(throws: EngineError.axisOutOfBounds(axis: 2, ndim: 2)) { try m.swapaxes(0, 2) }
    }

    @Test("transpose, swapaxes and reshape give NumPy's values and strides")
    func values() throws {
        let a = try sequence([2, 3, 4])
        #expect(try a.T.reshape([24]).elements(as: Double.self).prefix(6) == [0, 12, 4, 16, 8, 20])
        #expect(try a.swapaxes(1, 2).reshape([2, 12]).elements(as: Double.self).prefix(6) == [0, 4, 8, 1, 5, 9])
        #expect(try a.transpose([1, 0, 2]).shape == [3, 2, 4])
        #expect(try a.transpose([1, 0, 2]).strides == [32, 96, 8])
        #expect(try a.view(at: [.all, .all, .slice(start: nil, stop: nil, step: 2)]).reshape([6, 2]).strides == [32, 16])
        #expect(try a.reshape([4, -1]).shape == [4, 6])
        #expect(try a.T.reshape([24], order: .fortran).elements(as: Double.self) == (0..<24).map(Double.init))
        #expect(try a.T.ravel(order: .any).elements(as: Double.self) == (0..<24).map(Double.init))
        #expect(try a.view(at: [.all, .integer(1)]).reshape([4, 2]).elements(as: Double.self) == [4, 5, 6, 7, 16, 17, 18, 19])
    }

    @Test("copies keep or choose their layout")
    func copies() throws {
        let a = try sequence([3, 4])
        #expect(try a.T.copy(order: .keep).isFContiguous)
        #expect(try a.T.copy().isCContiguous)
        #expect(try a.T.copy(order: .any).isFContiguous)
        let cast = try a.astype(.int32)
        #expect(cast.dtype == .int32 && cast.elements(as: Int64.self) == (0..<12).map(Int64.init))
        #expect(try a.astype(.float64, copy: false).storage === a.storage)
        let reversed = try a.view(at: [.slice(start: nil, stop: nil, step: -1)])
        #expect(try reversed.copy(order: .keep).strides == [32, 8])
        #expect(try reversed.copy().elements(as: Double.self).prefix(4) == [8, 9, 10, 11])
    }
}
