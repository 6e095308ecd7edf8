import Testing
@testable import PeakmemEngine

/// The parent of the random-generator and `.npy` suites (a grouping; their tests share the
/// global random state, so they run one at a time).
@Suite(.serialized)
enum SerializedEngineTests {}
