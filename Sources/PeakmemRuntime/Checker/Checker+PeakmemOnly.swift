import PeakmemLanguage

extension Checker {
    /// The features of `programs` that NumPy does not have, by name: functions registered
    /// `peakmemOnly` that the code calls (`peakmem.lazy_einsum`) and imports of the `peakmem`
    /// module. Empty when the code is plain NumPy, so the NumPy engine can run it.
    public func peakmemOnlyFeatures(_ programs: [Program], predefined: Set<String> = []) -> [String] {
        let walker = CheckWalker(registry: registry, predefined: predefined)
        for program in programs { walker.check(program) }
        return walker.peakmemOnly
    }
}

extension CheckWalker {
    /// Records an import that binds the `peakmem` module or one of its members.
    func notePeakmemModule(_ value: Value) {
        let path: String
        switch value {
        case .module(let name), .function(let name): path = name
        default: return
        }
        // The `peakmem` module exists only in peakmem: anything imported from it is peakmem-only.
        guard path == "peakmem" || path.hasPrefix("peakmem."), !peakmemOnly.contains(path) else { return }
        peakmemOnly.append(path)
    }
}
