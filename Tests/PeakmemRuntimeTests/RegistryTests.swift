import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// The standard registry and its listing (`peakmem list --functions`).
@Suite("Function registry")
struct RegistryTests {
    @Test func listingShowsSignaturesGroupedByNamespace() {
        let listing = FunctionRegistry.standard.listing()
        for expected in [
            "zeros(shape, dtype=None, order='C')", "add(x1, x2, /, out=None)", "reshape(*shape, order='C')",
            "randn(*d)", "normal(loc=0.0, scale=1.0, size=None)", "arange(start, stop=None, step=None, dtype=None)",
            "eye(N, M=None, k=0, dtype=float, order='C')", "randint(low, high=None, size=None, dtype=int)", "allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
            "print(*objects, sep=' ', end='\\n', file=None, flush=False)", "len(obj, /)",
            "\nnumpy\n", "\nnumpy.random\n", "\nndarray methods\n", "\nlist methods\n",
            "  float64 = dtype('float64')", "  pi = 3.141592653589793", "  newaxis = None",
        ] {
            #expect(listing.contains(expected), "missing \(expected)")
        }
        #expect(listing.hasPrefix("builtins\n"))
        let zerosLine = listing.split(separator: "\n").first { $0.hasPrefix("  zeros(") }
        #expect(zerosLine?.hasSuffix("a new array of zeros (calloc: pages untouched until written)") == true)
    }

    @Test func everyEntryHasASummaryAndANamespace() {
        let registry = FunctionRegistry.standard
        for entry in registry.allEntries {
            #expect(!entry.summary.isEmpty, "\(entry.signature.name)")
            #expect(entry.signature.name.contains("."))
        }
        #expect(registry.member(of: "numpy", "random") != nil)
        #expect(registry.members(of: "numpy.random").contains("randn"))
        #expect(registry.allEntries.count > 80)
    }

    @Test func modulesAreDeclared() {
        let registry = FunctionRegistry.standard
        for module in ModuleCatalog.importable {
            #expect(registry.isNamespace(module), "\(module)")
        }
    }

    @Test func matrixProductsAreRegistered() throws {
        // numpy.matmul gives `@`; ndarray.dot forwards to numpy.dot.
        let h = Harness()
        #expect(try h.repr("(np.ones((2, 3)) @ np.ones((3, 4))).shape") == "(2, 4)")
        #expect(try h.repr("np.ones((2, 3)).dot(np.ones((3, 2))).shape") == "(2, 2)")
        #expect(try h.repr("np.ones(3) @ np.ones(3)") == "np.float64(3.0)")
    }

    @Test func signatureBindingFollowsPython() throws {
        let signature = Signature("numpy.f", [.positional("x"), .required("a"), .optional("b", .int(1)), .keyword("out"), .requiredKeyword("k")])
        #expect(signature.text == "f(x, /, a, b=1, *, out=None, k)")
        let bound = try signature.bind(positional: [.int(0), .int(2)], keywords: [("k", .int(3))])
        #expect(bound["b"].pythonRepresentation == "1")
        #expect(throws: RuntimeError.typeError("f() missing 1 required keyword-only argument: 'k'")) {
            try signature.bind(positional: [.int(0), .int(2)], keywords: [])
        }
        #expect(throws: RuntimeError.typeError("f() takes from 2 to 3 positional arguments but 4 were given")) {
            try signature.bind(positional: [.int(0), .int(1), .int(2), .int(3)], keywords: [("k", .none)])
        }
        #expect(throws: RuntimeError.typeError("f() got multiple values for argument 'a'")) {
            try signature.bind(positional: [.int(0), .int(1)], keywords: [("a", .none), ("k", .none)])
        }
    }
}
