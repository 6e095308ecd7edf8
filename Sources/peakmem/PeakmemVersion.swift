/// The version of peakmem, printed by `peakmem --version` and recorded in every result.
enum PeakmemVersion {
    static let current = "0.1.0"
}
