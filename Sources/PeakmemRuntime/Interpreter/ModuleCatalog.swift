import PeakmemLanguage

/// The modules scenario code may import, and what each import statement binds.
///
/// `import numpy as np`, `import numpy`, `import numpy.random`, `import numpy.fft`, `import scipy.sparse`,
/// `import scipy.linalg.blas`, `import numexpr as ne`, `import peakmem` (any of them with or
/// without `as`); `from scipy.linalg import blas`, `from scipy import sparse`; and
/// `from <module> import <name>` for the functions and constants the registry has in one of
/// those modules (`from numpy import zeros`). Anything else is an ``LanguageError/Kind/importError``.
public enum ModuleCatalog {
    /// The module paths `import` accepts.
    public static let importable = ["numpy", "numpy.random", "numpy.fft", "scipy.sparse", "scipy.linalg.blas", "numexpr", "peakmem",
                                    "math", "time", "functools", "itertools"]

    /// The list shown in import errors.
    public static var importableText: String {
        "numpy (import numpy as np), numpy.random, numpy.fft, scipy.sparse, scipy.linalg.blas, numexpr, peakmem, math, time, functools and itertools"
    }

    /// An import scenario code cannot make: the error, at the part of the statement it is
    /// about (the module, or the imported name).
    struct Failure: Error {
        let error: RuntimeError
        let range: SourceRange
    }

    /// What one imported module binds: `(name, value)`, or the failure at the module.
    static func binding(forImport name: ImportedName) -> Result<(String, Value), Failure> {
        let path = name.dottedPath
        guard importable.contains(path) else { return .failure(Failure(error: notImportable(path), range: name.range)) }
        if let alias = name.alias { return .success((alias, .module(path))) }
        return .success((name.path[0], .module(name.path[0])))
    }

    /// What `from module import name` binds, or the failure at the module (one that cannot be
    /// imported) or at the name.
    static func binding(from module: ImportedName, name: ImportedName, registry: FunctionRegistry)
        -> Result<(String, Value), Failure>
    {
        let modulePath = module.dottedPath
        let bound = name.alias ?? name.path[0]
        let fullPath = "\(modulePath).\(name.path[0])"
        func failure(_ error: RuntimeError, at range: SourceRange = name.range) -> Result<(String, Value), Failure> {
            .failure(Failure(error: error, range: range))
        }
        if importable.contains(fullPath) { return .success((bound, .module(fullPath))) }
        guard importable.contains(modulePath) else {
            if importable.contains(where: { $0.hasPrefix(modulePath + ".") }) {
                return failure(.importError("cannot import name '\(name.path[0])' from '\(modulePath)' in scenario code; scenario code can import: \(importableText)"))
            }
            return failure(notImportable(modulePath), at: module.range)
        }
        if let member = registry.member(of: modulePath, name.path[0]) { return .success((bound, member)) }
        if PlannedFeatures.isPlanned(fullPath) { return failure(PlannedFeatures.notSupported(fullPath)) }
        let suggestion = Suggestions.didYouMean(name.path[0], among: registry.members(of: modulePath))
        return failure(.importError("cannot import name '\(name.path[0])' from '\(modulePath)'\(suggestion)"
            + " (`peakmem list --functions` lists what scenario code can call)"))
    }

    private static func notImportable(_ path: String) -> RuntimeError {
        if importable.contains(where: { $0.hasPrefix(path + ".") }) {
            return .importError("'\(path)' cannot be imported by itself in scenario code; scenario code can import: \(importableText)")
        }
        return .importError("No module named '\(path)'; scenario code can import: \(importableText)")
    }
}
