import PeakmemEngine

/// NumPy's `str(a)` and `repr(a)` with the default print options: elements padded to a common
/// width, rows wrapped at 75 characters, nested brackets with a hanging indent, and arrays of
/// more than 1000 elements summarised to their first and last 3 items per axis with `...`
/// (NumPy's `array2string` and `_formatArray`).
struct ArrayFormatter {
    static let lineWidth = 75
    static let threshold = 1000
    static let edgeItems = 3

    let array: NDArray
    let summarize: Bool
    private var elementFormat: ElementFormat = .bool

    private enum ElementFormat {
        case bool
        case integer(width: Int)
        case float(NumpyFloatFormat)
        /// NumPy's `ComplexFloatingFormat`: the real parts formatted together, the imaginary
        /// parts together with a forced sign, then `j`.
        case complex(real: NumpyFloatFormat, imaginary: NumpyFloatFormat)
    }

    init(_ array: NDArray) {
        self.array = array
        self.summarize = array.size > Self.threshold
        switch array.dtype {
        case .bool:
            elementFormat = .bool
        case .uint8, .int32, .int64:
            let values = displayedIndices().map { integerElement($0) }
            let width = [values.max(), values.min()].compactMap { $0 }.map { String($0).count }.max() ?? 1
            elementFormat = .integer(width: width)
        case .float32, .float64:
            let values = displayedIndices().map { floatElement($0) }
            elementFormat = .float(NumpyFloatFormat(values, isFloat32: array.dtype == .float32))
        case .complex64, .complex128:
            let values = displayedIndices().map { complexElement($0) }
            let single = array.dtype == .complex64
            elementFormat = .complex(real: NumpyFloatFormat(values.map(\.0), isFloat32: single),
                                     imaginary: NumpyFloatFormat(values.map(\.1), isFloat32: single, forcesSign: true))
        }
    }

    /// `str(a)`: `[[1. 2.]\n [3. 4.]]`; a 0-d array prints as its scalar.
    static func str(_ array: NDArray) -> String {
        if array.ndim == 0, let scalar = try? ArrayScalar(element: array) {
            return Value.arrayScalar(scalar).pythonString
        }
        if array.ndim == 0, array.dtype.isComplex {
            return ArrayFormatter(array).formattedElement([])
        }
        if array.size == 0 { return "[]" }
        return ArrayFormatter(array).body(separator: " ", prefix: "", suffixLength: 0)
    }

    /// `repr(a)`: `array([[1., 2.],\n       [3., 4.]])`, with `dtype=` unless the dtype is
    /// float64, int64, complex128 or bool (and the array is not empty).
    static func repr(_ array: NDArray) -> String {
        let prefix = "array("
        var text: String
        if array.size == 0 {
            text = prefix + (array.shape == [0] ? "[]" : "[], shape=\(EngineError.shapeText(array.shape))") + ")"
        } else {
            text = prefix + ArrayFormatter(array).body(separator: ", ", prefix: prefix, suffixLength: 1) + ")"
        }
        let implied: Set<DType> = [.float64, .int64, .bool, .complex128]
        if implied.contains(array.dtype) && array.size > 0 { return text }
        let dtypeText = "dtype=\(array.dtype))"
        let lastLine = text.count - ((text.lastIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) + 1 }) ?? 0)
        let spacer = lastLine + dtypeText.count + 1 > lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return String(text.dropLast()) + "," + spacer + dtypeText
    }

    /// The bracketed body, as `_formatArray` builds it.
    func body(separator: String, prefix: String, suffixLength: Int) -> String {
        let nextLinePrefix = " " + String(repeating: " ", count: prefix.count)
        return recurse(index: [], hangingIndent: nextLinePrefix, width: Self.lineWidth - suffixLength, separator: separator)
    }

    private func recurse(index: [Int], hangingIndent: String, width: Int, separator: String) -> String {
        let axis = index.count
        let axesLeft = array.ndim - axis
        if axesLeft == 0 { return formattedElement(index) }
        let nextHangingIndent = hangingIndent + " "
        let nextWidth = width - 1
        let length = array.shape[axis]
        let showSummary = summarize && 2 * Self.edgeItems < length
        let leading = showSummary ? Self.edgeItems : 0
        let trailing = showSummary ? Self.edgeItems : length
        let trimmedSeparator = String(separator.reversed().drop { $0 == " " }.reversed())
        var text = ""
        if axesLeft == 1 {
            let elementWidth = width - max(trimmedSeparator.count, 1)
            var line = hangingIndent
            func extend(_ word: String) {
                var wrap = line.count + word.count > elementWidth
                if line.count <= hangingIndent.count { wrap = false }
                if wrap {
                    text += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
                    line = hangingIndent
                }
                line += word
            }
            for i in 0..<leading {
                extend(recurse(index: index + [i], hangingIndent: nextHangingIndent, width: nextWidth, separator: separator))
                line += separator
            }
            if showSummary {
                extend("...")
                line += separator
            }
            for i in stride(from: trailing, to: 1, by: -1) {
                extend(recurse(index: index + [length - i], hangingIndent: nextHangingIndent, width: nextWidth, separator: separator))
                line += separator
            }
            extend(recurse(index: index + [length - 1], hangingIndent: nextHangingIndent, width: nextWidth, separator: separator))
            text += line
        } else {
            let lineSeparator = trimmedSeparator + String(repeating: "\n", count: axesLeft - 1)
            for i in 0..<leading {
                text += hangingIndent + recurse(index: index + [i], hangingIndent: nextHangingIndent, width: nextWidth, separator: separator) + lineSeparator
            }
            if showSummary { text += hangingIndent + "..." + lineSeparator }
            for i in stride(from: trailing, to: 1, by: -1) {
                text += hangingIndent + recurse(index: index + [length - i], hangingIndent: nextHangingIndent, width: nextWidth, separator: separator) + lineSeparator
            }
            text += hangingIndent + recurse(index: index + [length - 1], hangingIndent: nextHangingIndent, width: nextWidth, separator: separator)
        }
        return "[" + text.dropFirst(hangingIndent.count) + "]"
    }

    /// The indices of the elements shown (all of them unless summarised), in C order.
    private func displayedIndices() -> [[Int]] {
        var result: [[Int]] = [[]]
        for length in array.shape {
            let positions: [Int]
            if summarize && length > 2 * Self.edgeItems {
                positions = Array(0..<Self.edgeItems) + Array((length - Self.edgeItems)..<length)
            } else {
                positions = Array(0..<length)
            }
            result = result.flatMap { prefix in positions.map { prefix + [$0] } }
        }
        return array.size == 0 ? [] : result
    }

    private func integerElement(_ index: [Int]) -> Int64 { (try? array.element(index, as: Int64.self)) ?? 0 }
    private func floatElement(_ index: [Int]) -> Double { (try? array.element(index, as: Double.self)) ?? .nan }

    private func complexElement(_ index: [Int]) -> (Double, Double) {
        let offset = zip(index, array.strides).reduce(0) { $0 + $1.0 * $1.1 }
        return ComplexElements.read(array.baseAddress + offset, dtype: array.dtype)
    }

    private func formattedElement(_ index: [Int]) -> String {
        switch elementFormat {
        case .bool:
            let value = (try? array.element(index, as: Bool.self)) ?? false
            return value ? (array.ndim > 0 ? " True" : "True") : "False"
        case .integer(let width):
            return leftPad(String(integerElement(index)), width)
        case .float(let format):
            return format.format(floatElement(index))
        case .complex(let real, let imaginary):
            let (re, im) = complexElement(index)
            let imaginaryText = imaginary.format(im)
            let trimmed = imaginaryText.reversed().drop { $0 == " " }.reversed()
            return real.format(re) + String(trimmed) + "j" + String(repeating: " ", count: imaginaryText.count - trimmed.count)
        }
    }
}
