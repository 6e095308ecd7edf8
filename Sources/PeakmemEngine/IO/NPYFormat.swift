#if canImport(Glibc)
import Glibc
#endif

/// Reading and writing arrays in NumPy's `.npy` format (`np.save`, `np.load`), byte for byte
/// as NumPy does for the engine's dtypes. The file layout is described on ``NPYHeader``.
///
/// **Memory.** ``load(from:)`` allocates exactly what `np.load` allocates: one buffer of
/// `nbytes` (1 byte for an empty array), recorded in the ``Ledger``; nothing else is an array
/// buffer. ``save(_:to:)`` allocates no array buffer: it writes the array's bytes directly, as
/// `np.save` does for a contiguous array (`ndarray.tofile`).
public enum NPYFormat {
    /// Writes `array` to `path` in `.npy` format, version 1.0 (2.0 if the header needs it),
    /// replacing any existing file atomically: the bytes go to a new temporary file in the
    /// same directory, which is then renamed to `path`, so a reader sees the old file or the
    /// complete new one, never a partial one. (The data are not `fsync`ed.)
    ///
    /// The path is used as given: NumPy's `np.save` adds `.npy` to a name without it (see
    /// ``numpySavePath(_:)``).
    ///
    /// A C-contiguous array (including 0-d and 1-d arrays, and any empty array) is written
    /// with `fortran_order: False`; a Fortran-contiguous array that is not C-contiguous with
    /// `fortran_order: True`, its bytes in memory order — as NumPy writes them. Any other
    /// array is written in C order with `fortran_order: False`, its contiguous runs directly
    /// and its strided runs gathered through a 64 KiB buffer, as NumPy's buffered `tofile`
    /// writes them: no array-sized copy is allocated.
    ///
    /// - Throws: ``EngineError/file(_:)`` naming the path when the file cannot be created,
    ///   written or renamed (no temporary file is left behind).
    public static func save(_ array: NDArray, to path: String) throws(EngineError) {
        let fortranOrder = array.isFContiguous && !array.isCContiguous
        let header = NPYHeader(dtype: array.dtype, fortranOrder: fortranOrder, shape: array.shape)
        let temporary = temporaryPath(for: path)
        do throws(EngineError) {
            let file = try PosixFile.create(writing: temporary)
            try file.write(header.encoded())
            if array.isContiguous {
                try file.write(UnsafeRawPointer(array.baseAddress), count: array.nbytes)
            } else {
                let gather = UnsafeMutableRawBufferPointer.allocate(byteCount: gatherBytes, alignment: 16)
                defer { gather.deallocate() }
                try writeInCOrder(array, to: file, gather: gather)
            }
            try file.close()
            guard rename(temporary, path) == 0 else {
                throw PosixFile.failure("cannot save to '\(path)': renaming '\(temporary)' failed")
            }
        } catch {
            _ = unlink(temporary)
            throw error
        }
    }

    /// The size of the buffer strided rows are gathered through (NumPy's buffered `tofile`
    /// also copies through a small buffer, never an array-sized one).
    private static let gatherBytes = 65_536

    /// Writes a non-contiguous array's elements in C order: sub-arrays that are C-contiguous
    /// directly, strided rows through `gather` (one buffer for every row).
    private static func writeInCOrder(_ array: NDArray, to file: PosixFile,
                                      gather: UnsafeMutableRawBufferPointer) throws(EngineError) {
        if array.isCContiguous {
            try file.write(UnsafeRawPointer(array.baseAddress), count: array.nbytes)
        } else if array.ndim > 1 {
            for index in 0..<array.shape[0] { try writeInCOrder(try array[index], to: file, gather: gather) }
        } else {
            let item = array.itemSize, stride = array.strides[0]
            let capacity = gather.count / item
            let buffer = gather.baseAddress!
            var done = 0
            while done < array.size {
                let n = Swift.min(capacity, array.size - done)
                for i in 0..<n {
                    (buffer + i * item).copyMemory(from: array.baseAddress + (done + i) * stride, byteCount: item)
                }
                try file.write(UnsafeRawPointer(buffer), count: n * item)
                done += n
            }
        }
    }

    /// Reads the `.npy` file at `path` into a new array: C-contiguous, or Fortran-contiguous
    /// when the header says `fortran_order: True`, in native byte order (big-endian data are
    /// byte-swapped in place after reading). Bytes after the data are ignored, as NumPy ignores
    /// them.
    ///
    /// Accepted: format versions 1.0, 2.0, 3.0; descriptors `|b1`, `|u1`, `<i4`, `<i8`, `<f4`,
    /// `<f8` and their `>` (big-endian) forms; a header dict in any key order with any spacing.
    ///
    /// - Throws: ``EngineError/file(_:)`` whose message starts with `cannot load '<path>':`
    ///   and says why: not a `.npy` file, an unsupported version, a malformed header, an
    ///   unsupported dtype (e.g. `unsupported dtype '<c16'`), a shape too large to allocate, a
    ///   truncated header or data. Nothing is allocated when a regular file is too short for
    ///   its header's shape (from a pipe, the shortfall shows only when the data are read).
    public static func load(from path: String) throws(EngineError) -> NDArray {
        func fail(_ reason: String) -> EngineError { .file("cannot load '\(path)': \(reason)") }

        let file = try PosixFile.open(reading: path)
        let fileSize = try file.regularFileSize()

        let lead = try file.read(count: NPYHeader.magic.count + 2)
        guard lead.count >= NPYHeader.magic.count, Array(lead.prefix(NPYHeader.magic.count)) == NPYHeader.magic else {
            throw fail("not a .npy file (it does not start with the magic string \\x93NUMPY)")
        }
        guard lead.count == NPYHeader.magic.count + 2 else {
            throw fail("the file is truncated: it ends inside the format version")
        }
        let (major, minor) = (lead[6], lead[7])
        let lengthField: Int
        switch (major, minor) {
        case (1, 0): lengthField = 2
        case (2, 0), (3, 0): lengthField = 4
        default: throw fail("unsupported .npy format version \(major).\(minor) (supported: 1.0, 2.0, 3.0)")
        }
        let lengthBytes = try file.read(count: lengthField)
        guard lengthBytes.count == lengthField else {
            throw fail("the file is truncated: it ends inside the header length")
        }
        let headerLength = lengthBytes.enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        guard headerLength <= NPYHeader.maximumHeaderLength else {
            throw fail("the header is \(headerLength) bytes long, more than the \(NPYHeader.maximumHeaderLength) "
                + "np.load accepts from an untrusted file")
        }
        let headerBytes = try file.read(count: headerLength)
        guard headerBytes.count == headerLength else {
            throw fail("the file is truncated: the header should be \(headerLength) bytes, "
                + "the file ends after \(headerBytes.count)")
        }
        let headerText: String
        if major == 3 {
            guard let text = String(validating: headerBytes, as: UTF8.self) else {
                throw fail("the version 3.0 header is not valid UTF-8")
            }
            headerText = text
        } else {
            // latin-1: every byte is the code point of the same value.
            var text = ""
            text.unicodeScalars.append(contentsOf: headerBytes.map { Unicode.Scalar($0) })
            headerText = text
        }
        let header: NPYHeader
        do {
            header = try NPYHeader.parse(dictionary: headerText)
        } catch {
            throw fail(error.description)
        }

        let dataOffset = NPYHeader.magic.count + 2 + lengthField + headerLength
        guard let byteCount = header.byteCount else {
            throw fail("the shape \(NPYHeader.tupleText(header.shape)) is too large")
        }
        if let fileSize, fileSize - dataOffset < byteCount {
            throw fail(truncatedData(header, expected: byteCount, found: Swift.max(fileSize - dataOffset, 0)))
        }

        let array = try NDArray(empty: header.shape, dtype: header.dtype,
                                order: header.fortranOrder ? .fortran : .c)
        let read = try file.read(into: array.baseAddress, count: byteCount)
        guard read == byteCount else { throw fail(truncatedData(header, expected: byteCount, found: read)) }
        normalize(array.baseAddress, count: byteCount / header.dtype.itemSize, dtype: header.dtype,
                  swapBytes: header.isBigEndian)
        return array
    }

    /// The file name `np.save` writes for `path`: `path` itself if it ends in `.npy`, else
    /// `path + ".npy"`.
    public static func numpySavePath(_ path: String) -> String {
        path.hasSuffix(".npy") ? path : path + ".npy"
    }

    private static func truncatedData(_ header: NPYHeader, expected: Int, found: Int) -> String {
        "the file is truncated: shape \(NPYHeader.tupleText(header.shape)) of '\(header.descriptor)' "
            + "needs \(expected) data bytes, the file has \(found)"
    }

    /// Puts freshly read elements in the engine's representation: native byte order, and
    /// booleans as 0 or 1 (NumPy reads any nonzero byte as True).
    private static func normalize(_ base: UnsafeMutableRawPointer, count: Int, dtype: DType, swapBytes: Bool) {
        switch dtype.itemSize {
        case 1:
            guard dtype == .bool else { return }
            for i in 0 ..< count where base.load(fromByteOffset: i, as: UInt8.self) > 1 {
                base.storeBytes(of: 1, toByteOffset: i, as: UInt8.self)
            }
        case 4 where swapBytes:
            for i in 0 ..< count {
                let word = base.load(fromByteOffset: 4 * i, as: UInt32.self)
                base.storeBytes(of: word.byteSwapped, toByteOffset: 4 * i, as: UInt32.self)
            }
        case 8 where swapBytes:
            for i in 0 ..< count {
                let word = base.load(fromByteOffset: 8 * i, as: UInt64.self)
                base.storeBytes(of: word.byteSwapped, toByteOffset: 8 * i, as: UInt64.self)
            }
        default:
            return
        }
    }

    /// `<directory>/.<name>.tmp-<pid>-<random>` next to `path`.
    private static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let tag = String(UInt64.random(in: 0 ... .max), radix: 36)
        return "\(directory).\(name).tmp-\(getpid())-\(tag)"
    }
}
