import PeakmemEngine

extension FunctionRegistry {
    /// `np.memmap` (a file-backed array through `mmap`: no heap buffer; its mapped bytes are
    /// reported apart, as the `mapped` figure) and `flush()` on it. Relative file names
    /// resolve in the working directory: in `peakmem run`, a temporary directory the runner
    /// creates for each worker and removes afterwards.
    func registerNumpyMemmap() {
        register("numpy.memmap", [.required("filename"), .optional("dtype", .dtype(.uint8)), .optional("mode", .string("r+")),
                                  .optional("offset", .int(0)), .optional("shape"), .optional("order", .string("C"))],
                 summary: "an array over a file's bytes through mmap (no heap buffer; counted as mapped bytes)") { a, context throws(RuntimeError) in
            let path = try a.string("filename")
            let modeName = try a.string("mode")
            guard let mode = MappedFile.Mode(numpyName: modeName) else {
                throw .valueError("mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got '\(modeName)')")
            }
            try context.files.check(path, writing: mode == .readWrite || mode == .write, function: "np.memmap")
            let dtype = try a.dtype("dtype") ?? .uint8
            let shape: [Int]? = a.isNone("shape") ? nil : try a.shape("shape")
            let order = try a.order("order", allowed: [.c, .fortran])
            let offset = try a.int("offset")
            return .array(try engine { try NDArray.memmap(path: path, dtype: dtype, mode: mode, shape: shape, offset: offset, order: order) })
        }
        register("ndarray.flush", [], summary: "writes a memmap's changes to its file") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray()
            guard let file = array.mappedFile else {
                throw .attributeError("'numpy.ndarray' object has no attribute 'flush'")
            }
            try engine { try file.flush() }
            return .none
        }
    }
}
