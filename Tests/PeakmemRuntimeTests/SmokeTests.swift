import Testing
import PeakmemEngine
@testable import PeakmemRuntime

@Suite struct SmokeTests {
    @Test func basics() throws {
        let h = Harness()
        try h.run("""
            X = np.ones((3, 4))
            Y = X.T * 2 + 1
            s = Y.shape
            print(Y)
            print(s, X.dtype, 1/3, [1, 2.5, 'a'], np.arange(5), np.arange(3)/3)
            a = np.array([[1, 2], [3, 4]])
            print(repr(a), repr(a.astype(np.float32)), a[0, 1], repr(a[0, 1]))
            t = [x * 2 for x in range(4) if x != 2]
            print(t, sum(t), max(t), len(t), list(zip(t, t)))
            """)
        print(h.output)
    }
}
