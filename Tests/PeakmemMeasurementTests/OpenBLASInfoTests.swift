import PeakmemMeasurement
import Testing

@Suite("OpenBLAS info")
struct OpenBLASInfoTests {
    @Test("the version is the second word of the configuration string")
    func parseVersion() {
        #expect(OpenBLASInfo.parseVersion(config: "OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64") == "0.3.21")
        #expect(OpenBLASInfo.parseVersion(config: "OpenBLAS 0.3.26.dev USE64BITINT") == "0.3.26.dev")
        #expect(OpenBLASInfo.parseVersion(config: "OpenBLAS") == nil)
        #expect(OpenBLASInfo.parseVersion(config: "BLIS 0.9.0") == nil)
        #expect(OpenBLASInfo.parseVersion(config: "OpenBLAS NO_LAPACKE") == nil)
    }

    @Test("the linked OpenBLAS describes itself")
    func current() throws {
        let info = try OpenBLASInfo.current()
        #expect(info.threads >= 1)
        #expect(info.config.hasPrefix("OpenBLAS \(info.version) "))
        #expect(!info.coreName.isEmpty)
    }
}
