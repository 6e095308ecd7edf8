import Foundation
import PeakmemRunner
import Testing

/// The driver embedded in the executable is the repository's Python file.
@Suite("NumPy driver source")
struct NumpyDriverSourceTests {
    static let driverFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/PeakmemRunner/NumpyEngine/Driver/peakmem_numpy_driver.py")

    @Test("NumpyDriver.source is Driver/peakmem_numpy_driver.py (regenerate with `make driver`)")
    func embeddedSourceMatchesTheFile() throws {
        let file = try String(contentsOf: Self.driverFile, encoding: .utf8)
        #expect(NumpyDriver.source == file, "NumpyDriver+Source.swift is stale: run `make driver`")
    }

    @Test("the driver's command line: python -u DRIVER, then the mode's arguments")
    func command() {
        let command = NumpyDriver.command(python: URL(fileURLWithPath: "/usr/bin/python3"), driver: URL(fileURLWithPath: "/w/d.py"),
                                          arguments: ["--discover", "/b/x.py"])
        #expect(command.executable.path == "/usr/bin/python3")
        #expect(command.arguments == ["-u", "/w/d.py", "--discover", "/b/x.py"])
    }
}
