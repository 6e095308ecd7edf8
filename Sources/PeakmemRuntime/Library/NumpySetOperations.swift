import PeakmemEngine

extension FunctionRegistry {
    /// `np.isin`, `np.intersect1d`, `np.union1d`, `np.setdiff1d`, `np.setxor1d`, as NumPy
    /// 2.4.6's `numpy/lib/_arraysetops_impl.py` composes `unique`, `concatenate`, `sort` and
    /// masks (see ``PeakmemEngine/NDArray/isin(_:_:invert:)`` and docs/research/numpy-sorting.md).
    /// (`np.in1d` no longer exists in NumPy 2.4.)
    func registerNumpySetOperations() {
        register("numpy.isin", [.required("element"), .required("test_elements"), .optional("assume_unique", .bool(false)),
                                .optional("invert", .bool(false)), .keyword("kind")],
                 summary: "whether each element is in test_elements (a boolean array of element's shape)") { a, _ throws(RuntimeError) in
            if !a.isNone("kind") {
                let kind = try a.string("kind")
                guard kind == "table" || kind == "sort" else {
                    throw .valueError("Invalid kind: '\(kind)'. Please use None, 'sort' or 'table'.")
                }
                throw .unsupported("np.isin(kind='\(kind)') is not supported yet: leave kind=None")
            }
            let element = try a.array("element"), test = try a.array("test_elements"), invert = try a.bool("invert")
            let unique = try a.bool("assume_unique")
            return try ArrayOperations.unwrap(try engine { try NDArray.isin(element, test, invert: invert, assumeUnique: unique) })
        }
        let pairs: [(String, Bool, String)] = [
            ("intersect1d", true, "the sorted unique values found in both arrays"),
            ("union1d", false, "the sorted unique values found in either array"),
            ("setdiff1d", true, "the sorted unique values of ar1 that are not in ar2"),
            ("setxor1d", true, "the sorted unique values found in exactly one of the arrays"),
        ]
        for (name, hasAssumeUnique, summary) in pairs {
            let tail: [ParameterSpec] = hasAssumeUnique ? [.optional("assume_unique", .bool(false))] : []
            let extra: [ParameterSpec] = name == "intersect1d" ? [.optional("return_indices", .bool(false))] : []
            register("numpy.\(name)", [.required("ar1"), .required("ar2")] + tail + extra, summary: summary) { a, _ throws(RuntimeError) in
                if name == "intersect1d", try a.bool("return_indices") {
                    throw .unsupported("np.intersect1d(return_indices=True) is not supported yet")
                }
                let first = try a.array("ar1"), second = try a.array("ar2")
                let unique = hasAssumeUnique ? try a.bool("assume_unique") : false
                return .array(try engine { () throws(EngineError) -> NDArray in
                    switch name {
                    case "intersect1d": try NDArray.intersect1d(first, second, assumeUnique: unique)
                    case "union1d": try NDArray.union1d(first, second)
                    case "setdiff1d": try NDArray.setdiff1d(first, second, assumeUnique: unique)
                    default: try NDArray.setxor1d(first, second, assumeUnique: unique)
                    }
                })
            }
        }
    }
}
