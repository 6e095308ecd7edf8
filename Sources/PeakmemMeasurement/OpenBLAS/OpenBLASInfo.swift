import CBLAS

/// What the linked OpenBLAS reports about itself: version, build configuration, CPU kernel and
/// thread count.
///
/// The thread count matters for memory: each OpenBLAS worker thread maps its own work buffer
/// (128 MiB of address space here) with `mmap`, outside malloc, so its touched pages appear in
/// the RSS figures and never in jemalloc's or the ledger's.
public struct OpenBLASInfo: Sendable, Hashable, Codable {
    /// The version number parsed from the configuration string, e.g. `0.3.21`.
    public var version: String
    /// The whole configuration string (`openblas_get_config()`), e.g.
    /// `OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64`.
    public var config: String
    /// The CPU kernel in use (`openblas_get_corename()`), e.g. `Haswell`.
    public var coreName: String
    /// The number of threads OpenBLAS uses for one call (`openblas_get_num_threads()`),
    /// the calling thread included.
    public var threads: Int

    /// Creates a description from its parts.
    public init(version: String, config: String, coreName: String, threads: Int) {
        self.version = version
        self.config = config
        self.coreName = coreName
        self.threads = threads
    }

    /// Asks the linked OpenBLAS.
    ///
    /// - Throws: ``MeasurementError/unrecognizedOpenBLAS(_:)`` if the configuration string does
    ///   not start with `OpenBLAS <version>` or the thread count is not positive.
    public static func current() throws(MeasurementError) -> OpenBLASInfo {
        let config = openblas_get_config().map { String(cString: $0) } ?? ""
        let coreName = openblas_get_corename().map { String(cString: $0) } ?? ""
        let threads = Int(openblas_get_num_threads())
        guard let version = parseVersion(config: config) else {
            throw .unrecognizedOpenBLAS("configuration string '\(config)' has no version")
        }
        guard threads > 0 else {
            throw .unrecognizedOpenBLAS("openblas_get_num_threads() returned \(threads)")
        }
        return OpenBLASInfo(version: version, config: config, coreName: coreName, threads: threads)
    }

    /// The version in a configuration string of the form `OpenBLAS <version> ...`: the second
    /// word, if it starts with a digit and holds only digits, letters, dots and hyphens
    /// (`0.3.21`, `0.3.26.dev`). Nil otherwise.
    public static func parseVersion(config: String) -> String? {
        let words = config.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2, words[0] == "OpenBLAS" else { return nil }
        let candidate = words[1]
        guard let first = candidate.first, first.isASCII, first.isNumber,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
        else { return nil }
        return String(candidate)
    }

    private enum CodingKeys: String, CodingKey {
        case version, config, threads
        case coreName = "core_name"
    }
}
