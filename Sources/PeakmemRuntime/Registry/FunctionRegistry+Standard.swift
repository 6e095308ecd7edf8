extension FunctionRegistry {
    /// The registry scenario code runs with: every module, builtin, NumPy function and method
    /// this version supports. Built once, never modified afterwards.
    public static let standard: FunctionRegistry = makeStandard()

    /// A new, fully populated registry (the same content as ``standard``), for callers that
    /// want to add their own functions.
    public static func makeStandard() -> FunctionRegistry {
        let registry = FunctionRegistry()
        registry.registerModules()
        registry.registerBuiltins()
        registry.registerNumpyConstants()
        registry.registerNumpyCreation()
        registry.registerNumpyShape()
        registry.registerNumpyElementwise()
        registry.registerNumpyMath()
        registry.registerNumpyMoreUfuncs()
        registry.registerNumpyJoining()
        registry.registerNumpyManipulation()
        registry.registerNumpyPadding()
        registry.registerNumpyFlatIndex()
        registry.registerNumpyReductions()
        registry.registerNumpyStatistics()
        registry.registerNumpyNanFunctions()
        registry.registerNumpySorting()
        registry.registerNumpyOrderStatistics()
        registry.registerNumpySearching()
        registry.registerNumpyAverages()
        registry.registerNumpyCovariance()
        registry.registerNumpyHistogram()
        registry.registerNumpySetOperations()
        registry.registerNumpyRounding()
        registry.registerNumpyIntegerIndexing()
        registry.registerNumpyMasks()
        registry.registerNumexpr()
        registry.registerNumpyMemmap()
        registry.registerNumpyRandom()
        registry.registerNumpyRandomGenerator()
        registry.registerNumpyIO()
        registry.registerNumpyLinalg()
        registry.registerNumpyFFT()
        registry.registerNumpyComplex()
        registry.registerScipyBLAS()
        registry.registerScipySparse()
        registry.registerNumpyEinsum()
        registry.registerLazyEinsum()
        registry.registerNumpyUfuncOuter()
        registry.registerArrayMethods()
        registry.registerListMethods()
        registry.registerPythonBuiltins()
        return registry
    }
}
