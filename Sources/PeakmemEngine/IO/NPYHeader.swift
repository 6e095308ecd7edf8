/// The header of a `.npy` file (NumPy's `numpy/lib/format.py`, format versions 1.0, 2.0, 3.0).
///
/// Layout of the file:
///
/// | bytes | content |
/// |---|---|
/// | 6 | magic `\x93NUMPY` |
/// | 2 | format version: major, minor (`1 0`, `2 0` or `3 0`) |
/// | 2 (v1) or 4 (v2, v3) | `HEADER_LEN`, little-endian unsigned |
/// | `HEADER_LEN` | the header: a Python dict literal, latin-1 (v1, v2) or UTF-8 (v3), padded with spaces and ending in `\n` |
/// | rest | the elements, `size · itemsize` bytes, in C order, or Fortran order if `fortran_order` |
///
/// NumPy writes the dict as `{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }` (keys
/// sorted, each entry followed by `", "`), then — for arrays with at least one dimension —
/// `21 − len(str(shape[0]))` spaces (`shape[-1]` when Fortran-ordered) of room to grow the
/// array in place, then `64 − ((magic + version + length field + dict + 1) mod 64)` spaces
/// (between 1 and 64) and `\n`, so that the data starts at a multiple of 64 bytes. Version 1.0
/// is used when `HEADER_LEN` fits in 16 bits, 2.0 otherwise; 3.0 is only needed for non-latin-1
/// text, which the engine's headers never contain.
public struct NPYHeader: Sendable, Equatable {
    /// The element type.
    public var dtype: DType
    /// True when multi-byte elements are stored big-endian (`'>'` descriptors); the engine
    /// always writes little-endian.
    public var isBigEndian: Bool
    /// True when the data are in Fortran (column-major) order.
    public var fortranOrder: Bool
    /// The array's shape (`()` for a 0-d array).
    public var shape: [Int]

    /// The magic string that starts every `.npy` file.
    public static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]   // \x93NUMPY
    /// The data start on a multiple of this many bytes.
    public static let alignment = 64
    /// Headers longer than this are refused, as NumPy's `np.load` refuses them unless the
    /// file is trusted (`max_header_size`).
    public static let maximumHeaderLength = 10_000
    /// Spaces NumPy reserves for the growth axis's length to grow in place.
    static let growthAxisDigits = 21

    public init(dtype: DType, fortranOrder: Bool, shape: [Int], isBigEndian: Bool = false) {
        self.dtype = dtype
        self.fortranOrder = fortranOrder
        self.shape = shape
        self.isBigEndian = isBigEndian
    }

    /// The data's size in bytes, `itemsize · ∏ shape` (0 when a length is 0, `itemsize` for a
    /// 0-d array); nil when `itemsize` times the product of the non-zero lengths overflows
    /// `Int`, the shapes `np.empty` refuses as too big.
    public var byteCount: Int? {
        var bytes = dtype.itemSize
        for length in shape where length != 0 {
            let (product, overflow) = bytes.multipliedReportingOverflow(by: length)
            guard !overflow else { return nil }
            bytes = product
        }
        return shape.contains(0) ? 0 : bytes
    }

    /// The `descr` string: `<` (or `>` when big-endian) and the kind and size, `|` for
    /// one-byte types (`|b1`, `|u1`, `<i4`, `<i8`, `<f4`, `<f8`).
    public var descriptor: String {
        let little = dtype.npyDescriptor
        guard isBigEndian, little.first == "<" else { return little }
        return ">" + little.dropFirst()
    }

    /// The dict text exactly as NumPy writes it, growth-axis spaces included, without the
    /// alignment padding and the final newline.
    public var dictionaryText: String {
        var text = "{'descr': '\(descriptor)', 'fortran_order': \(fortranOrder ? "True" : "False"), "
        text += "'shape': \(Self.tupleText(shape)), }"
        if !shape.isEmpty {
            let growthAxis = fortranOrder ? shape[shape.count - 1] : shape[0]
            text += String(repeating: " ", count: Self.growthAxisDigits - String(growthAxis).count)
        }
        return text
    }

    /// Everything that precedes the data: magic, version, length, dict, padding, `\n`. The
    /// version is 1.0 unless the header is longer than 65535 bytes, then 2.0.
    public func encoded() -> [UInt8] {
        let dict = Array(dictionaryText.utf8)   // ASCII only: latin-1 and UTF-8 agree
        for lengthField in [2, 4] {
            let unpadded = dict.count + 1
            let prefix = Self.magic.count + 2 + lengthField
            let padding = Self.alignment - (prefix + unpadded) % Self.alignment
            let headerLength = unpadded + padding
            if lengthField == 2 && headerLength > Int(UInt16.max) { continue }
            var bytes = Self.magic
            bytes += lengthField == 2 ? [1, 0] : [2, 0]
            for i in 0 ..< lengthField { bytes.append(UInt8(truncatingIfNeeded: headerLength >> (8 * i))) }
            bytes += dict
            bytes += [UInt8](repeating: 0x20, count: padding)
            bytes.append(0x0A)
            return bytes
        }
        fatalError("a .npy header longer than 4 GiB")   // unreachable: shapes are not that long
    }

    /// Parses the header dict (the text after the length field), as NumPy's
    /// `_read_array_header` validates it: a dict with exactly the keys `descr`,
    /// `fortran_order`, `shape` in any order; `shape` a tuple of non-negative integers;
    /// `fortran_order` a bool; `descr` one of the supported type strings.
    ///
    /// - Throws: a message saying what is wrong, e.g.
    ///   `unsupported dtype '<f2' (supported: |b1, |u1, <i4, <i8, <f4, <f8, and '>' forms; <c8, <c16)`.
    public static func parse(dictionary text: String) throws(NPYHeaderError) -> NPYHeader {
        let literal: PythonLiteral
        do {
            literal = try PythonLiteral.parse(text)
        } catch {
            throw NPYHeaderError("cannot parse the header \(Self.quoted(text)): \(error)")
        }
        guard case .dict(let pairs) = literal else {
            throw NPYHeaderError("the header is not a dictionary: \(literal)")
        }
        var entries: [String: PythonLiteral] = [:]
        for (key, value) in pairs {
            guard case .string(let name) = key else {
                throw NPYHeaderError("the header has a key that is not a string: \(key)")
            }
            entries[name] = value
        }
        let keys = entries.keys.sorted()
        guard keys == ["descr", "fortran_order", "shape"] else {
            throw NPYHeaderError("the header does not contain the correct keys: "
                + "[" + keys.map { "'\($0)'" }.joined(separator: ", ") + "]"
                + " (expected 'descr', 'fortran_order', 'shape')")
        }
        guard case .bool(let fortranOrder) = entries["fortran_order"]! else {
            throw NPYHeaderError("fortran_order is not a valid bool: \(entries["fortran_order"]!)")
        }
        let shapeLiteral = entries["shape"]!
        guard case .tuple(let shapeItems) = shapeLiteral else {
            throw NPYHeaderError("shape is not valid: \(shapeLiteral)")
        }
        var shape: [Int] = []
        for item in shapeItems {
            guard case .integer(let length) = item, length >= 0 else {
                throw NPYHeaderError("shape is not valid: \(shapeLiteral)")
            }
            shape.append(length)
        }
        let descrLiteral = entries["descr"]!
        guard case .string(let descr) = descrLiteral else {
            throw NPYHeaderError("unsupported dtype \(descrLiteral) (structured and other non-scalar "
                + "dtypes are not supported; supported: \(supportedText))")
        }
        let (dtype, bigEndian) = try Self.dtype(descriptor: descr)
        return NPYHeader(dtype: dtype, fortranOrder: fortranOrder, shape: shape, isBigEndian: bigEndian)
    }

    /// The dtype and byte order of a type string: an optional byte-order character
    /// (`<` little, `>` big, `|` not applicable, `=` native) and `b1`, `u1`, `i4`, `i8`, `f4`,
    /// `f8`, or the little-endian complex `c8` and `c16`.
    static func dtype(descriptor: String) throws(NPYHeaderError) -> (DType, bigEndian: Bool) {
        var body = Substring(descriptor)
        var bigEndian = false
        if let order = body.first, "<>|=".contains(order) {
            bigEndian = order == ">"
            body = body.dropFirst()
        }
        let dtype: DType
        switch body {
        case "b1": dtype = .bool
        case "u1": dtype = .uint8
        case "i4": dtype = .int32
        case "i8": dtype = .int64
        case "f4": dtype = .float32
        case "f8": dtype = .float64
        case "c8" where !bigEndian: dtype = .complex64
        case "c16" where !bigEndian: dtype = .complex128
        default: throw NPYHeaderError("unsupported dtype '\(descriptor)' (supported: \(supportedText))")
        }
        return (dtype, bigEndian && dtype.itemSize > 1)
    }

    static let supportedText = "|b1, |u1, <i4, <i8, <f4, <f8, and their '>' big-endian forms; <c8, <c16"

    /// A tuple as Python's `repr` writes it: `()`, `(5,)`, `(3, 4)`.
    static func tupleText(_ items: [Int]) -> String {
        PythonLiteral.tuple(items.map(PythonLiteral.integer)).description
    }

    /// `text` in double quotes on one line (newlines shown as `\n`), cut after 200 characters.
    static func quoted(_ text: String) -> String {
        let trimmed = text.count > 200 ? String(text.prefix(200)) + "…" : text
        return "\"" + trimmed.replacingAll("\n", with: "\\n") + "\""
    }
}
