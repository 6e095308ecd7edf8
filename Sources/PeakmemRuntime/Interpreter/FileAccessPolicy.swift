import Foundation

/// Which files scenario code may open through the Swift engine's file functions (`np.save`,
/// `np.load`, `np.memmap`, and any later file I/O), checked before anything is touched.
///
/// In a worker the policy is ``confined(workspace:data:)``: writing only beneath the worker's
/// own directory (its working directory: relative names land there), reading there and
/// beneath the scenario's `data:` directories (read-only). Paths are compared after `..` and
/// symbolic links are resolved, so neither leads out. Elsewhere (the interpreter's own tests)
/// it is ``unrestricted``. The OS sandbox (docs/security.md) enforces the same on the whole
/// worker; this check gives the clear error.
public struct FileAccessPolicy: Sendable, Hashable {
    /// The directory scenario code may write; nil: no restriction at all.
    public var workspace: String?
    /// Directories scenario code may read, read-only.
    public var dataDirectories: [String]

    /// Every path allowed.
    public static let unrestricted = FileAccessPolicy(workspace: nil, dataDirectories: [])

    /// Writing beneath `workspace`, reading there and beneath `data`.
    public static func confined(workspace: String, data: [String]) -> FileAccessPolicy {
        FileAccessPolicy(workspace: resolved(workspace), dataDirectories: data.map(resolved))
    }

    /// Checks that `function` may open `path` for reading or, with `writing`, for writing.
    /// - Throws: `PermissionError` naming the path and the rule it breaks.
    public func check(_ path: String, writing: Bool, function: String) throws(RuntimeError) {
        guard let workspace else { return }
        let target = Self.resolved(path)
        if Self.isBeneath(target, workspace) { return }
        if let data = dataDirectories.first(where: { Self.isBeneath(target, $0) }) {
            guard writing else { return }
            throw .permissionError("\(function): cannot write '\(path)': it is in the data directory \(data), which scenario code may only read")
        }
        let rule = writing
            ? "scenario code may write files only in its working directory (relative names)"
            : "scenario code may read files only in its working directory and the scenario's data: directories"
                + (dataDirectories.isEmpty ? " (it declares none)" : " (\(dataDirectories.joined(separator: ", ")))")
        throw .permissionError("\(function): '\(path)' is outside the allowed directories: \(rule); see docs/security.md")
    }

    /// `path` made absolute against the working directory, `.` and `..` removed, and the
    /// symbolic links of its existing part resolved.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = URL(fileURLWithPath: absolute).standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var result = existing.resolvingSymlinksInPath()
        for component in missing { result.appendPathComponent(component) }
        return result.standardizedFileURL.path
    }

    static func isBeneath(_ path: String, _ directory: String) -> Bool {
        path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }
}
