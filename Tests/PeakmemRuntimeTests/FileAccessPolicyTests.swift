import Foundation
import Testing
@testable import PeakmemRuntime

/// The Swift engine's file rules in a worker (``FileAccessPolicy``): np.save, np.load and
/// np.memmap reach only the workspace, and the data directories read-only, checked before any
/// file is touched.
@Suite("File access policy of scenario code")
struct FileAccessPolicyTests {
    /// A workspace, a data directory with one .npy file, and an outside directory holding a
    /// symbolic link target; all removed afterwards.
    final class Layout {
        let root: URL
        var workspace: URL { root.appendingPathComponent("work") }
        var data: URL { root.appendingPathComponent("data") }
        var outside: URL { root.appendingPathComponent("outside") }
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-files-\(UUID().uuidString)")
            for directory in [workspace, data, outside] {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            }
            let h = Harness()
            try h.run("np.save('\(data.path)/d.npy', np.ones(3))")
            // A link inside the workspace that leads out of it.
            try FileManager.default.createSymbolicLink(at: workspace.appendingPathComponent("escape"), withDestinationURL: outside)
        }
        deinit { try? FileManager.default.removeItem(at: root) }

        /// A harness confined to the workspace and the data directory.
        func harness() -> Harness {
            let h = Harness()
            h.interpreter.context.files = .confined(workspace: workspace.path, data: [data.path])
            return h
        }
    }

    @Test("writes and reads inside the workspace and reads the data directory; nothing else, before touching a file")
    func confined() throws {
        let layout = try Layout()
        let h = layout.harness()
        let w = layout.workspace.path, d = layout.data.path, o = layout.outside.path
        try h.run("np.save('\(w)/a.npy', np.ones(2))\nb = np.load('\(w)/a.npy')\nc = np.load('\(d)/d.npy')")
        try h.run("m = np.memmap('\(d)/d.npy', dtype=np.uint8, mode='r')\nk = np.memmap('\(d)/d.npy', dtype=np.uint8, mode='c')")
        let rule = "scenario code may write files only in its working directory (relative names); see docs/security.md"
        #expect(h.error("np.save('\(o)/x.npy', np.ones(2))")?.message == "PermissionError: np.save: '\(o)/x.npy' is outside the allowed directories: \(rule)")
        #expect(h.error("np.save('\(w)/../outside/x', np.ones(2))")?.message == "PermissionError: np.save: '\(w)/../outside/x.npy' is outside the allowed directories: \(rule)")
        #expect(h.error("np.save('\(w)/escape/x.npy', np.ones(2))")?.message == "PermissionError: np.save: '\(w)/escape/x.npy' is outside the allowed directories: \(rule)")
        let resolvedData = layout.data.resolvingSymlinksInPath().path
        #expect(h.error("np.load('\(o)/x.npy')")?.message == "PermissionError: np.load: '\(o)/x.npy' is outside the allowed directories: scenario code may read files only in its working directory and the scenario's data: directories (\(resolvedData)); see docs/security.md")
        #expect(h.error("m = np.memmap('\(d)/d.npy', dtype=np.uint8, mode='r+')")?.message == "PermissionError: np.memmap: cannot write '\(d)/d.npy': it is in the data directory \(resolvedData), which scenario code may only read")
        #expect(h.error("np.save('\(d)/d.npy', np.zeros(3))")?.message.hasPrefix("PermissionError: np.save: cannot write") == true)
        #expect(h.error("m = np.memmap('\(o)/new.dat', dtype=np.uint8, mode='w+', shape=(4,))") != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: o).isEmpty)
    }

    @Test("unrestricted outside a worker")
    func unrestricted() throws {
        let layout = try Layout()
        let h = Harness()
        try h.run("np.save('\(layout.outside.path)/x.npy', np.ones(2))")
        #expect(FileManager.default.fileExists(atPath: layout.outside.appendingPathComponent("x.npy").path))
    }
}
