/// One share of a suite's variants (`--shard i/n`): the variants of all selected scenarios,
/// in file order, are cut into `count` contiguous runs of nearly equal length, and shard
/// `index` (1-based) takes the `index`-th. The assignment depends only on the ordered list, so
/// every job of a CI matrix computes the same split, and merging the shards in index order
/// restores the original order.
package struct Shard: Sendable, Hashable, CustomStringConvertible {
    package var index: Int
    package var count: Int

    package init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `i/n` with 1 ≤ i ≤ n.
    package init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: i, count: n)
    }

    /// True when the variant at `position` (0-based) of `total` belongs to this shard.
    package func owns(position: Int, of total: Int) -> Bool {
        total > 0 && position * count / total == index - 1
    }

    package var description: String { "\(index)/\(count)" }
}
