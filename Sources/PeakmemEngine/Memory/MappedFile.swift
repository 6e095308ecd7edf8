#if canImport(Glibc)
import Glibc
#endif

/// One `mmap` of a file region behind a file-backed array (`np.memmap`).
///
/// The mapping is made by ``NDArray/memmap(path:dtype:mode:shape:offset:order:)`` and
/// unmapped by its ``ArrayStorage`` when the last array or view over it goes away, as NumPy's
/// memmap releases its `mmap.mmap` with the last reference. Its pages are the page cache's:
/// they count in the process's RSS once touched, never in the heap, so the ``Ledger`` keeps
/// them in a separate account (`mappedLive`, `mappedPeak`).
///
/// Sendable (unchecked): an immutable description of the mapping; its pages are accessed as an
/// ``ArrayStorage``'s are.
public final class MappedFile: @unchecked Sendable {
    /// How the file is opened and mapped: NumPy's memmap modes.
    public enum Mode: String, Sendable, CaseIterable {
        /// `'r'`: read-only, shared pages; writing to the array is refused.
        case readOnly = "r"
        /// `'r+'`: read-write, writes go to the file (NumPy's default).
        case readWrite = "r+"
        /// `'w+'`: creates or truncates the file, then read-write.
        case write = "w+"
        /// `'c'`: copy-on-write: writes change private copies of the pages, never the file.
        case copyOnWrite = "c"

        /// The mode for NumPy's names of it (`'readonly'`, `'readwrite'`, `'write'`,
        /// `'copyonwrite'`) or its letters.
        public init?(numpyName: String) {
            switch numpyName {
            case "r", "readonly": self = .readOnly
            case "r+", "readwrite": self = .readWrite
            case "w+", "write": self = .write
            case "c", "copyonwrite": self = .copyOnWrite
            default: return nil
            }
        }
    }

    /// The start of the mapping (page-aligned).
    let address: UnsafeMutableRawPointer
    /// The bytes mapped.
    public let length: Int
    public let mode: Mode
    public let path: String

    init(address: UnsafeMutableRawPointer, length: Int, mode: Mode, path: String) {
        self.address = address
        self.length = length
        self.mode = mode
        self.path = path
    }

    /// Writes the mapping's changed pages to the file (`msync(MS_SYNC)`, NumPy's `flush()`);
    /// nothing to do for read-only and copy-on-write mappings.
    public func flush() throws(EngineError) {
        guard mode == .readWrite || mode == .write else { return }
        guard msync(address, length, MS_SYNC) == 0 else { throw PosixFile.failure("cannot flush '\(path)'") }
    }

    func unmap(recordingIn ledger: Ledger) {
        ledger.recordUnmapping(bytes: length)
        munmap(address, length)
    }
}

extension NDArray {
    /// `np.memmap(filename, dtype, mode, offset, shape, order)`: an array over the bytes of a
    /// file from `offset` on, through `mmap`.
    ///
    /// As NumPy: without `shape`, the array is 1-d over the rest of the file (which must hold
    /// a whole number of elements); `'w+'` needs `shape` and creates the file, `'r+'` and
    /// `'w+'` extend a file too short for the array, `'r'` and `'c'` refuse one. The mapping
    /// starts at the page boundary at or before `offset`.
    ///
    /// Memory: no heap buffer (nothing in the ledger's `live`); the mapped length is recorded
    /// in the ledger's mapped account until the array and all its views are gone.
    public static func memmap(path: String, dtype: DType, mode: MappedFile.Mode, shape: [Int]?, offset: Int = 0,
                              order: MemoryOrder = .c, ledger: Ledger = .current) throws(EngineError) -> NDArray {
        guard offset >= 0 else { throw .invalidArgument("offset must be non-negative") }
        if mode == .write, shape == nil { throw .invalidArgument("shape must be given if no data has been written") }
        let flags: Int32
        switch mode {
        case .readOnly, .copyOnWrite: flags = O_RDONLY
        case .readWrite: flags = O_RDWR
        case .write: flags = O_RDWR | O_CREAT | O_TRUNC
        }
        let descriptor = open(path, flags | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw PosixFile.failure("cannot open '\(path)'") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw PosixFile.failure("cannot stat '\(path)'") }
        let fileSize = Int(info.st_size)
        let itemSize = dtype.itemSize
        let elementShape: [Int]
        if let shape {
            guard shape.allSatisfy({ $0 >= 0 }) else { throw .negativeDimension }
            elementShape = shape
        } else {
            let available = fileSize - offset
            guard available > 0 else { throw .invalidArgument("cannot mmap an empty file") }
            guard available % itemSize == 0 else { throw .invalidArgument("Size of available data is not a multiple of the data-type size.") }
            elementShape = [available / itemSize]
        }
        let count = elementShape.reduce(1, *)
        let end = offset + count * itemSize
        if fileSize < end {
            guard mode == .readWrite || mode == .write else { throw .invalidArgument("mmap length is greater than file size") }
            guard ftruncate(descriptor, off_t(end)) == 0 else { throw PosixFile.failure("cannot extend '\(path)'") }
        }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = offset - offset % page
        let length = end - start
        guard length > 0 else { throw .invalidArgument("cannot mmap an empty file") }
        let protection = mode == .readOnly ? PROT_READ : PROT_READ | PROT_WRITE
        let sharing = mode == .copyOnWrite ? MAP_PRIVATE : MAP_SHARED
        guard let address = mmap(nil, length, protection, sharing, descriptor, off_t(start)), address != MAP_FAILED else {
            throw PosixFile.failure("cannot map '\(path)'")
        }
        let mapping = MappedFile(address: address, length: length, mode: mode, path: path)
        ledger.recordMapping(bytes: length)
        let storage = ArrayStorage(mapping: mapping, base: address + (offset - start), byteCount: count * itemSize, ledger: ledger)
        return NDArray(storage: storage, dtype: dtype, shape: elementShape,
                       strides: contiguousStrides(shape: elementShape, itemSize: itemSize, order: order == .fortran ? .fortran : .c))
    }

    /// The file mapping behind this array, if it is file-backed (`np.memmap` or a view of one).
    public var mappedFile: MappedFile? { storage.mapping }

    /// Refuses to write into a read-only array (a memmap opened with `mode='r'`, a
    /// `broadcast_to` view and the views made from it), with NumPy's message.
    public func checkWritable(_ message: String = "assignment destination is read-only") throws(EngineError) {
        if isReadOnly || storage.mapping?.mode == .readOnly { throw .invalidArgument(message) }
    }
}
