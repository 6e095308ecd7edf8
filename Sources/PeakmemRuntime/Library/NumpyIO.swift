import PeakmemEngine

extension FunctionRegistry {
    /// `.npy` files: `save` (writes the bytes directly, allocating no array buffer) and
    /// `load` (one buffer of `nbytes`).
    func registerNumpyIO() {
        register("numpy.save", [.required("file"), .required("arr"), .optional("allow_pickle", .bool(true))],
                 summary: "writes an array to a .npy file ('.npy' is appended to a name without it)") { a, context throws(RuntimeError) in
            let path = NPYFormat.numpySavePath(try a.string("file"))
            try context.files.check(path, writing: true, function: "np.save")
            let array = try a.array("arr")
            try engine { try NPYFormat.save(array, to: path) }
            return .none
        }
        register("numpy.load", [.required("file"), .optional("mmap_mode"), .optional("allow_pickle", .bool(false))],
                 summary: "reads an array from a .npy file") { a, context throws(RuntimeError) in
            guard a.isNone("mmap_mode") else {
                throw .unsupported("np.load(mmap_mode=...) (memory-mapped loading) is not supported yet")
            }
            let path = try a.string("file")
            try context.files.check(path, writing: false, function: "np.load")
            return .array(try engine { try NPYFormat.load(from: path) })
        }
    }
}
