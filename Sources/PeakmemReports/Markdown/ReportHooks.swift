import PeakmemResults


/// Optional sections that other parts of peakmem fill in as their data reaches the results.
package struct ReportHooks: Sendable {
    /// The einsum contraction paths chosen by a variant, one line per distinct call; the page
    /// leaves the section out when no variant has any. By default ``recordedEinsumPaths(_:)``.
    package var einsumPaths: @Sendable (VariantResult) -> [String]
    /// Extra columns of the memory table (an engine column, a `mapped` figure...).
    package var extraMemoryColumns: [VariantColumn]

    package init(einsumPaths: @escaping @Sendable (VariantResult) -> [String] = ReportHooks.recordedEinsumPaths,
                extraMemoryColumns: [VariantColumn] = []) {
        self.einsumPaths = einsumPaths
        self.extraMemoryColumns = extraMemoryColumns
    }

    package static let standard = ReportHooks()

    /// The variant's recorded einsum paths (``VariantResult/einsumPaths``), one line per
    /// distinct call, e.g. `` `numpy.einsum('ij,jk,kl->il')`, greedy: `['einsum_path', (0, 1), (0, 1)]`,
    /// largest intermediate 1,000,000 elements (7.63 MiB), predicted peak 15.3 MiB, ×3 ``.
    @Sendable package static func recordedEinsumPaths(_ variant: VariantResult) -> [String] {
        (variant.einsumPaths ?? []).map(line)
    }

    /// One record's line.
    package static func line(_ record: EinsumPathRecord) -> String {
        var text = "`\(record.function)('\(record.subscripts)')`, \(record.strategy): `\(record.numpyPath)`, "
        text += "largest intermediate \(grouped(record.largestIntermediate)) elements (\(ByteSize.text(record.largestIntermediateBytes))), "
        text += "predicted peak of intermediates \(ByteSize.text(record.predictedPeakBytes))"
        if record.count > 1 { text += ", ×\(record.count)" }
        return text
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
