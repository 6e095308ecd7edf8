import Foundation
import Testing
@testable import PeakmemEngine

@Suite("Elementwise arithmetic, broadcasting and promotion")
struct ElementwiseTests {
    @Test("each operator's float function is the one of its name, and only those operators have one")
    func floatFunctionsByName() {
        for op in UnaryOperator.allCases { #expect(op.floatFunction == FloatFunction(rawValue: op.rawValue)) }
        for op in BinaryOperator.allCases { #expect(op.floatBinaryFunction == FloatBinaryFunction(rawValue: op.rawValue)) }
        #expect(UnaryOperator.allCases.compactMap(\.floatFunction).count == FloatFunction.allCases.count)
        #expect(BinaryOperator.allCases.compactMap(\.floatBinaryFunction).count == FloatBinaryFunction.allCases.count)
    }

    @Test("broadcasting values")
    func broadcasting() throws {
        let col = try sequence([3, 1]), row = try sequence([1, 4])
        let sum = try col * 10.0 + row
        #expect(sum.shape == [3, 4])
        #expect(sum.elements(as: Double.self) == [0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23])
        #expect(throws: EngineError.broadcastMismatch([[3, 4], [5]])) { try sum + sequence([5]) }
        #expect(EngineError.broadcastMismatch([[3, 4], [5]]).description == "operands could not be broadcast together with shapes (3, 4) (5,) ")
    }

    @Test("NumPy's promotion table on the six dtypes")
    func promotion() {
        // np.promote_types on every pair, from NumPy 2.
        let expected: [DType: [DType]] = [
            .bool: [.bool, .uint8, .int32, .int64, .float32, .float64],
            .uint8: [.uint8, .uint8, .int32, .int64, .float32, .float64],
            .int32: [.int32, .int32, .int32, .int64, .float64, .float64],
            .int64: [.int64, .int64, .int64, .int64, .float64, .float64],
            .float32: [.float32, .float32, .float64, .float64, .float32, .float64],
            .float64: [.float64, .float64, .float64, .float64, .float64, .float64],
        ]
        for (a, row) in expected {
            for (b, result) in zip(DType.allCases, row) {
                #expect(DType.promote(a, b) == result, "promote(\(a), \(b))")
            }
        }
    }

    @Test("Python scalars are weak (NEP 50)")
    func weakScalars() throws {
        #expect(try (NDArray.ones([3], dtype: .float32) * 2.0).dtype == .float32)
        #expect(try (NDArray.ones([3], dtype: .uint8) * 200).dtype == .uint8)
        #expect(try (NDArray.ones([3], dtype: .uint8) * 2.5).dtype == .float64)
        #expect(try (NDArray.ones([3], dtype: .bool) + 1).dtype == .int64)
        #expect(try (NDArray.ones([3], dtype: .int32) / 2).dtype == .float64)
        #expect(throws: EngineError.integerOutOfBounds(value: 300, dtype: .uint8)) {
            try NDArray.ones([3], dtype: .uint8) + 300
        }
    }

    @Test("integers wrap as in NumPy; floats truncate when cast")
    func wrapping() throws {
        let u = try NDArray.full([2], .int(200), dtype: .uint8)
        #expect(try (u + u).elements(as: Int64.self) == [144, 144])
        let f = try NDArray.arange(.float(-1.5), .float(2), step: .float(1))
        #expect(try f.astype(.int64).elements(as: Int64.self) == [-1, 0, 0, 1])
        #expect(try NDArray.full([1], .float(300), dtype: .float64).astype(.uint8).elements(as: Int64.self) == [44])
        #expect(try NDArray.full([1], .float(-1), dtype: .float64).astype(.uint8).elements(as: Int64.self) == [255])
    }

    @Test("NumPy's refusals")
    func refusals() throws {
        let b = try NDArray.ones([2], dtype: .bool)
        #expect(throws: EngineError.unsupportedOperation("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")) { try b - b }
        #expect(throws: EngineError.unsupportedOperation("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")) { try -b }
        #expect(throws: EngineError.unsupportedTypes(operation: "power", .bool, .bool)) { try b ** b }
        #expect(throws: EngineError.invalidArgument("Integers to negative integer powers are not allowed.")) {
            try NDArray.arange(.int(3)) ** -1
        }
        let ints = try NDArray.arange(.int(3))
        #expect(throws: EngineError.castingRefused("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'")) {
            try ints += 1.5
        }
    }

    @Test("power, division, comparisons, maximum and minimum")
    func operations() throws {
        let a = try NDArray.arange(.int(1), .int(5))
        #expect(try (a ** 2).elements(as: Int64.self) == [1, 4, 9, 16])
        #expect(try (a / 2).elements(as: Double.self) == [0.5, 1, 1.5, 2])
        #expect(try (-a).elements(as: Int64.self) == [-1, -2, -3, -4])
        let lt = try NDArray.apply(.less, .array(a), .scalar(3))
        #expect(lt.dtype == .bool && lt.elements(as: Bool.self) == [true, true, false, false])
        let nan = try NDArray.full([4], .float(.nan))
        #expect(try NDArray.maximum(.array(a), .array(nan)).elements(as: Double.self).allSatisfy(\.isNaN))
        #expect(try NDArray.minimum(.array(a), .scalar(2)).elements(as: Int64.self) == [1, 2, 2, 2])
        let f = try NDArray.arange(.int(4), dtype: .float32)
        #expect(try (f ** 0.5).dtype == .float32)
    }

    @Test("x ** 2 is the square x * x (NumPy's fast scalar power), in the operand's or the promoted dtype")
    func squares() throws {
        let x = try NDArray.arange(.float(-3.3), .float(4), step: .float(0.7))
        let product = try x * x
        #expect(try (x ** 2).elements(as: Double.self) == product.elements(as: Double.self))
        #expect(try (x ** 2.0).elements(as: Double.self) == product.elements(as: Double.self))
        let i = try NDArray.arange(.int(-3), .int(4), dtype: .int32)
        let squared = try i ** 2
        #expect(squared.dtype == .int32 && squared.elements(as: Int32.self) == [9, 4, 1, 0, 1, 4, 9])
        let promoted = try i ** 2.0
        #expect(promoted.dtype == .float64 && promoted.elements(as: Double.self) == [9, 4, 1, 0, 1, 4, 9])
        #expect(try (x ** 3).elements(as: Double.self) == x.elements(as: Double.self).map { pow($0, 3) })
    }

    /// NumPy 2.4.6 printed `[-0. nan 2.]` for `a ** 0.5`, `np.power(a, 0.5)` and
    /// `np.power(a, np.array(0.5))` of `a = [-0., -inf, 4.]` (float64 and float32), and
    /// `[0. inf 2.]` for `np.power(a, np.full(3, 0.5))`: a stride-0 exponent of 0.5 is `sqrt`.
    @Test("a float power by one exponent of 0.5 is sqrt (-0.0 stays -0.0, -inf gives nan); an array of exponents is pow")
    func squareRoots() throws {
        for type in [DType.float64, .float32] {
            let source = try NDArray(empty: [3])
            for (i, v) in [-0.0, -Double.infinity, 4.0].enumerated() { source.baseAddress.storeBytes(of: v, toByteOffset: 8 * i, as: Double.self) }
            let a = try source.astype(type)
            let half = try NDArray.full([], .float(0.5))
            for root in [try a ** 0.5, try NDArray.apply(.power, .array(a), .array(half))] {
                let values = try root.astype(.float64).elements(as: Double.self)
                #expect(values[0] == 0 && values[0].sign == .minus && values[1].isNaN && values[2] == 2)
            }
            let exponents = try NDArray.full([3], .float(0.5))
            let powers = try NDArray.apply(.power, .array(a), .array(exponents)).astype(.float64).elements(as: Double.self)
            #expect(powers[0] == 0 && powers[0].sign == .plus && powers[1] == .infinity && powers[2] == 2)
        }
    }

    /// NumPy 2.4.6 (docs/research/numpy-elision.md, `python3 docs/research/scripts/numpy_elision.py`):
    /// `(a*2) ** 2`, `** -1`, `** 0.5` on float64, `(f*f) ** 0.5` and `** -1` on float32 and
    /// `(i*2) ** 2` on int32 peak at the temporary alone; `(a*2) ** 2.0`, `** 3` and
    /// `(i*2) ** 0.5` allocate a result.
    @Test("temporary elision of the fast scalar powers", arguments: [
        (DType.float64, Scalar.int(2), false, 16.0), (.float64, .int(-1), false, 0.25), (.float64, .float(0.5), false, 2),
        (.float64, .float(2), true, 16), (.float64, .int(3), true, 64), (.float32, .float(0.5), false, 2),
        (.float32, .int(-1), false, 0.25), (.int32, .int(2), false, 16), (.int32, .float(0.5), true, 2),
    ])
    func elidedPowers(dtype: DType, exponent: Scalar, allocates: Bool, value: Double) throws {
        let n = 1 << 16
        let temporary = try NDArray.full([n], .int(4), dtype: dtype)
        #expect(temporary.nbytes >= TemporaryElision.minimumBytes)
        let (result, allocated, _, _) = try ledgerBytes {
            try TemporaryElision.apply(.power, .array(temporary), aIsTemporary: true, .scalar(exponent), bIsTemporary: false)
        }
        #expect(allocated == (allocates ? n * result.dtype.itemSize : 0))
        #expect((result.storage === temporary.storage) == !allocates)
        #expect(result.elements(as: Double.self).allSatisfy { $0 == value })
    }

    @Test("strided and Fortran operands; the result keeps Fortran order")
    func layouts() throws {
        let a = try sequence([3, 4])
        let f = try a.asfortranarray()
        let r = try f + 1.0
        #expect(r.isFContiguous && !r.isCContiguous)
        #expect(r.elements(as: Double.self) == (1...12).map(Double.init))
        let mixed = try a + a.T.T.copy(order: .fortran)
        #expect(mixed.elements(as: Double.self) == (0..<12).map { Double(2 * $0) })
        let strided = try a.view(at: [.slice(start: nil, stop: nil, step: -1), .slice(start: nil, stop: nil, step: 2)])
        #expect(try (strided * 1).elements(as: Double.self) == [8, 10, 4, 6, 0, 2])
    }

    @Test("creation functions")
    func creation() throws {
        #expect(try NDArray.eye(3, 4, k: 1).elements(as: Double.self) == [0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1])
        #expect(try NDArray.identity(2, dtype: .int32).elements(as: Int64.self) == [1, 0, 0, 1])
        #expect(try NDArray.arange(.float(0), .float(1), step: .float(0.25)).elements(as: Double.self) == [0, 0.25, 0.5, 0.75])
        #expect(try NDArray.arange(.int(10), .int(0), step: .int(-3)).elements(as: Int64.self) == [10, 7, 4, 1])
        #expect(try NDArray.full([2], .bool(true)).dtype == .bool)
        #expect(try NDArray.zeros([2, 2], dtype: .uint8).elements(as: Int64.self) == [0, 0, 0, 0])
    }

    @Test("allclose and array_equal")
    func closeness() throws {
        let a = try sequence([3, 3])
        let b = try a + 1e-9
        #expect(try NDArray.allclose(a, b))
        #expect(try !NDArray.arrayEqual(a, b))
        #expect(try NDArray.arrayEqual(a, a.copy(order: .fortran)))
        #expect(try !NDArray.allclose(a, a + 1e-3))
        let nan = try NDArray.full([2], .float(.nan))
        #expect(try !NDArray.allclose(nan, nan))
        #expect(try NDArray.allclose(nan, nan, equalNaN: true))
        #expect(try NDArray.allclose(a, a.view(at: [.integer(0)])) == false)
    }
}

extension ElementwiseTests {
    /// Runs longer than one conversion block (``ElementwiseKernel/blockLength``): bounds and
    /// operands of stride 0 are staged once per run and serve every block; outputs of the
    /// loop's dtype are written directly, others through a block.
    @Test("clip and where over runs of several blocks, with scalar, broadcast and converted operands")
    func clipAndWhereOverSeveralBlocks() throws {
        let x = try sequence([3, 2500]), xi = try sequence([3, 2500], dtype: .int64)
        let expected = x.elements(as: Double.self).map { Swift.min(Swift.max($0, 1000), 6000) }
        let clipped = try NDArray.clip(x, min: .scalar(.float(1000)), max: .scalar(.float(6000)))
        #expect(clipped.elements(as: Double.self) == expected)
        let integers = try NDArray.clip(xi, min: .scalar(.int(1000)), max: .scalar(.int(6000)))
        #expect(integers.dtype == .int64 && integers.elements(as: Double.self) == expected)
        let narrow = try NDArray(empty: [3, 2500], dtype: .float32)
        _ = try NDArray.clip(x, min: .scalar(.float(1000)), max: .scalar(.float(6000)), out: narrow)
        #expect(narrow.elements(as: Double.self) == expected)
        // A column of lower bounds: constant along each row's run, another value per run.
        let column = try values([100, 3000, 5200], [3, 1], .float64)
        let byRow = try NDArray.clip(x, min: .array(column), max: .scalar(.float(6000)))
        #expect(byRow.elements(as: Double.self) == x.elements(as: Double.self).enumerated().map { i, v in
            Swift.min(Swift.max(v, [100.0, 3000, 5200][i / 2500]), 6000)
        })
        // A row of upper bounds: read per element; the lower bound a scalar of stride 0.
        let row = try NDArray.apply(.subtract, .scalar(.float(5000)), .array(try sequence([1, 2500])))
        let byColumn = try NDArray.clip(x, min: .scalar(.float(10)), max: .array(row))
        #expect(byColumn.elements(as: Double.self) == x.elements(as: Double.self).enumerated().map { i, v in
            Swift.min(Swift.max(v, 10), 5000 - Double(i % 2500))
        })

        let condition = try NDArray.apply(.greater, .array(x), .scalar(.float(3000)))
        let chosen = try NDArray.where(.array(condition), .array(x), .scalar(.float(-1)))
        #expect(chosen.elements(as: Double.self) == x.elements(as: Double.self).map { $0 > 3000 ? $0 : -1 })
        let x32 = try sequence([3, 2500], dtype: .int32)
        let mixed = try NDArray.where(.array(condition), .scalar(.float(0.5)), .array(x32))
        #expect(mixed.dtype == .float64)
        #expect(mixed.elements(as: Double.self) == x.elements(as: Double.self).map { $0 > 3000 ? 0.5 : $0 })
    }

    @Test("binary operations with a stride-0 operand over runs of several conversion blocks")
    func binaryStrideZeroOverSeveralBlocks() throws {
        // Runs of 2500 elements: three blocks of ElementwiseKernel.blockLength (1024) each,
        // through the buffered path (an operand's dtype differs from the loop's).
        let bytes = (0..<7500).map { Int64($0 % 256) }
        let small = try values(bytes, [3, 2500], .uint8)
        let doubled = try NDArray.apply(.multiply, .array(small), .scalar(.float(2)))
        #expect(doubled.dtype == .float64)
        #expect(doubled.elements(as: Double.self) == bytes.map { Double($0) * 2 })
        let above = try NDArray.apply(.greater, .scalar(.float(100.5)), .array(small))
        #expect(above.dtype == .bool && above.elements(as: Double.self) == bytes.map { 100.5 > Double($0) ? 1 : 0 })
        // A column of int32 offsets: constant along each run, another value per run, converted
        // to float64 once per run; on either side of the operator.
        let x = try sequence([3, 2500]), offsets: [Double] = [-7, 1000, 4200]
        let column = try values(offsets.map { Int64($0) }, [3, 1], .int32)
        let shifted = try NDArray.apply(.add, .array(x), .array(column))
        #expect(shifted.elements(as: Double.self) == x.elements(as: Double.self).enumerated().map { i, v in v + offsets[i / 2500] })
        let reflected = try NDArray.apply(.subtract, .array(column), .array(x))
        #expect(reflected.elements(as: Double.self) == x.elements(as: Double.self).enumerated().map { i, v in offsets[i / 2500] - v })
    }
}
