extension NDArray {
    /// The byte offsets (from `storage.base`) of the first element of every 1-d lane along
    /// `axis`, in C order of the other indices. A 0-d array has one lane of one element.
    func laneOffsets(axis: Int) -> [Int] {
        var others = Array(shape.indices)
        if ndim > 0 { others.remove(at: axis) }
        let count = others.reduce(1) { $0 * shape[$1] }
        guard count > 0 else { return [] }
        var offsets: [Int] = []
        offsets.reserveCapacity(count)
        var index = [Int](repeating: 0, count: others.count)
        var position = offset
        for _ in 0..<count {
            offsets.append(position)
            var k = others.count - 1
            while k >= 0 {
                let dimension = others[k]
                index[k] += 1
                position += strides[dimension]
                if index[k] < shape[dimension] { break }
                position -= strides[dimension] * shape[dimension]
                index[k] = 0
                k -= 1
            }
        }
        return offsets
    }
}
