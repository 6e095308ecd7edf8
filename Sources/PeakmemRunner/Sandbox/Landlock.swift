import CSandbox
#if canImport(Glibc)
import Glibc
#endif

/// Linux Landlock: an unprivileged process restricts itself, and every process it starts, to
/// the files and network ports its rules allow (kernel 5.13+, Documentation/userspace-api/landlock.rst).
///
/// Each system call is wrapped once here (through the C shim `CSandbox`) and fails with a
/// ``SandboxError``. A ``Ruleset`` handles the access rights the running kernel knows
/// (``abiVersion()``): everything handled and not allowed by a rule is denied. The ruleset is
/// enforced in the worker's process between `fork` and `execve` (``SandboxConfinement``).
package enum Landlock {
    /// Access rights on files and directories (`LANDLOCK_ACCESS_FS_*`), with the ABI that
    /// introduced each.
    package struct FileAccess: OptionSet, Sendable, Hashable {
        package let rawValue: UInt64
        package init(rawValue: UInt64) { self.rawValue = rawValue }

        package static let execute = FileAccess(rawValue: 1 << 0)
        package static let writeFile = FileAccess(rawValue: 1 << 1)
        package static let readFile = FileAccess(rawValue: 1 << 2)
        package static let readDirectory = FileAccess(rawValue: 1 << 3)
        package static let removeDirectory = FileAccess(rawValue: 1 << 4)
        package static let removeFile = FileAccess(rawValue: 1 << 5)
        package static let makeCharacterDevice = FileAccess(rawValue: 1 << 6)
        package static let makeDirectory = FileAccess(rawValue: 1 << 7)
        package static let makeRegularFile = FileAccess(rawValue: 1 << 8)
        package static let makeSocket = FileAccess(rawValue: 1 << 9)
        package static let makeFifo = FileAccess(rawValue: 1 << 10)
        package static let makeBlockDevice = FileAccess(rawValue: 1 << 11)
        package static let makeSymlink = FileAccess(rawValue: 1 << 12)
        /// ABI 2: link or rename a file into another directory.
        package static let refer = FileAccess(rawValue: 1 << 13)
        /// ABI 3: truncate a file.
        package static let truncate = FileAccess(rawValue: 1 << 14)
        /// ABI 5: ioctl on character and block devices.
        package static let ioctlDevice = FileAccess(rawValue: 1 << 15)

        /// Reading a file or listing a directory.
        package static let read: FileAccess = [.readFile, .readDirectory]
        /// Everything that changes a file hierarchy or a file's contents.
        package static let write: FileAccess = [.writeFile, .removeDirectory, .removeFile, .makeCharacterDevice,
                                               .makeDirectory, .makeRegularFile, .makeSocket, .makeFifo,
                                               .makeBlockDevice, .makeSymlink, .refer, .truncate]
        /// The rights that apply to a file (not a directory): a rule on a file may grant only these.
        package static let onFile: FileAccess = [.execute, .writeFile, .readFile, .truncate, .ioctlDevice]

        /// The rights ABI `version` knows.
        package static func known(byABI version: Int) -> FileAccess {
            var rights = FileAccess(rawValue: (1 << 13) - 1)
            if version >= 2 { rights.insert(.refer) }
            if version >= 3 { rights.insert(.truncate) }
            if version >= 5 { rights.insert(.ioctlDevice) }
            return rights
        }
    }

    /// TCP rights (`LANDLOCK_ACCESS_NET_*`, ABI 4): handled without a rule, they deny every
    /// TCP bind and connect.
    package static let tcpBindAndConnect: UInt64 = (1 << 0) | (1 << 1)
    /// Scopes (`LANDLOCK_SCOPE_*`, ABI 6): no connecting to abstract Unix sockets, no signals
    /// to processes outside the sandbox (the parent, the supervisor).
    package static let scopeAbstractSocketsAndSignals: UInt64 = (1 << 0) | (1 << 1)

    /// The Landlock ABI version of the running kernel.
    /// - Throws: ``SandboxError/landlockUnavailable(errno:)`` when the kernel has no Landlock or
    ///   it is disabled.
    package static func abiVersion() throws(SandboxError) -> Int {
        let version = peakmem_landlock_abi_version()
        guard version >= 1 else { throw .landlockUnavailable(errno: errno) }
        return Int(version)
    }

    /// A Landlock ruleset being built: the rights it handles, then rules allowing some of them
    /// beneath paths. Nothing is enforced until a process restricts itself with it
    /// (`landlock_restrict_self`, in `peakmem_spawn_confined`).
    package final class Ruleset {
        /// The ABI the ruleset was made for.
        package let abi: Int
        /// The file rights the ruleset handles (denied unless a rule allows them).
        package let handled: FileAccess
        /// The ruleset's file descriptor.
        let descriptor: Int32

        /// Creates a ruleset handling every file right ABI `abi` knows, TCP bind and connect
        /// (ABI 4+) and the abstract-socket and signal scopes (ABI 6+).
        package init(abi: Int) throws(SandboxError) {
            self.abi = abi
            handled = FileAccess.known(byABI: abi)
            var attributes = peakmem_landlock_ruleset_attr(
                handled_access_fs: handled.rawValue,
                handled_access_net: abi >= 4 ? Landlock.tcpBindAndConnect : 0,
                scoped: abi >= 6 ? Landlock.scopeAbstractSocketsAndSignals : 0)
            // Older kernels reject a larger structure with non-zero fields they do not know.
            let size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8
            let descriptor = peakmem_landlock_create_ruleset(&attributes, size)
            guard descriptor >= 0 else { throw .systemCall("landlock_create_ruleset", errno: errno) }
            self.descriptor = descriptor
        }

        deinit { close(descriptor) }

        /// Allows `access` beneath `path` (a directory and everything under it, or one file;
        /// on a file only the ``FileAccess/onFile`` part of `access` applies).
        /// - Throws: ``SandboxError/pathUnavailable(_:errno:)`` when `path` cannot be opened.
        package func allow(_ access: FileAccess, beneath path: String) throws(SandboxError) {
            let file = peakmem_open_path(path)
            guard file >= 0 else { throw .pathUnavailable(path, errno: errno) }
            defer { close(file) }
            var status = stat()
            guard fstat(file, &status) == 0 else { throw .pathUnavailable(path, errno: errno) }
            let isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
            var rights = access.intersection(handled)
            if !isDirectory { rights.formIntersection(.onFile) }
            guard !rights.isEmpty else { return }
            var rule = peakmem_landlock_path_beneath_attr(allowed_access: rights.rawValue, parent_fd: file)
            guard peakmem_landlock_add_path_rule(descriptor, &rule) == 0 else {
                throw .systemCall("landlock_add_rule(\(path))", errno: errno)
            }
        }
    }
}
