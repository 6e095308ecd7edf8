import Foundation

/// Text widths for the charts' font, DejaVu Sans (Debian `fonts-dejavu-core`, which `make deps`
/// installs and the SVG names first), so that a chart reserves the room its labels take.
///
/// A string's advance width is the sum of its characters' advance widths: `size` × the width in
/// em from the table (the font's `hmtx` advance ÷ its 2048 units per em; kerning is ignored, and
/// DejaVu Sans kerns only a few pairs, by at most 0.1 em). Characters outside the table count as
/// one em, wider than any glyph the charts use. The tables were read from the font files by
/// `docs/research/dejavu-widths.py`.
package enum TextMetrics {
    /// Advance widths in em of U+0020…U+007E, regular face.
    static let regular: [Double] = [
        0.3179, 0.4009, 0.4600, 0.8379, 0.6362, 0.9502, 0.7798, 0.2749, 0.3901, 0.3901, 0.5000, 0.8379,
        0.3179, 0.3608, 0.3179, 0.3369, 0.6362, 0.6362, 0.6362, 0.6362, 0.6362, 0.6362, 0.6362, 0.6362,
        0.6362, 0.6362, 0.3369, 0.3369, 0.8379, 0.8379, 0.8379, 0.5308, 1.0000, 0.6841, 0.6860, 0.6982,
        0.7700, 0.6318, 0.5752, 0.7749, 0.7520, 0.2949, 0.2949, 0.6558, 0.5571, 0.8628, 0.7480, 0.7871,
        0.6030, 0.7871, 0.6948, 0.6348, 0.6108, 0.7319, 0.6841, 0.9888, 0.6851, 0.6108, 0.6851, 0.3901,
        0.3369, 0.3901, 0.8379, 0.5000, 0.5000, 0.6128, 0.6348, 0.5498, 0.6348, 0.6152, 0.3521, 0.6348,
        0.6338, 0.2778, 0.2778, 0.5791, 0.2778, 0.9741, 0.6338, 0.6118, 0.6348, 0.6348, 0.4111, 0.5210,
        0.3921, 0.6338, 0.5918, 0.8179, 0.5918, 0.5918, 0.5249, 0.6362, 0.3369, 0.6362, 0.8379,
    ]
    /// Advance widths in em of U+0020…U+007E, bold face.
    static let bold: [Double] = [
        0.3481, 0.4561, 0.5210, 0.8379, 0.6958, 1.0020, 0.8721, 0.3062, 0.4570, 0.4570, 0.5229, 0.8379,
        0.3799, 0.4150, 0.3799, 0.3652, 0.6958, 0.6958, 0.6958, 0.6958, 0.6958, 0.6958, 0.6958, 0.6958,
        0.6958, 0.6958, 0.3999, 0.3999, 0.8379, 0.8379, 0.8379, 0.5801, 1.0000, 0.7739, 0.7622, 0.7339,
        0.8301, 0.6831, 0.6831, 0.8208, 0.8369, 0.3721, 0.3721, 0.7749, 0.6372, 0.9951, 0.8369, 0.8501,
        0.7329, 0.8501, 0.7700, 0.7202, 0.6821, 0.8120, 0.7739, 1.1030, 0.7710, 0.7241, 0.7251, 0.4570,
        0.3652, 0.4570, 0.8379, 0.5000, 0.5000, 0.6748, 0.7158, 0.5928, 0.7158, 0.6782, 0.4351, 0.7158,
        0.7119, 0.3428, 0.3428, 0.6650, 0.3428, 1.0420, 0.7119, 0.6870, 0.7158, 0.7158, 0.4932, 0.5952,
        0.4780, 0.7119, 0.6519, 0.9238, 0.6450, 0.6519, 0.5820, 0.7119, 0.3652, 0.7119, 0.8379,
    ]
    /// The non-ASCII characters the charts write, regular face.
    static let regularExtra: [Character: Double] = ["−": 0.8379, "●": 0.8726, "×": 0.8379, "µ": 0.6362, "…": 1.0000, "≥": 0.8379, "≤": 0.8379]
    /// The non-ASCII characters the charts write, bold face.
    static let boldExtra: [Character: Double] = ["−": 0.8379, "●": 0.8726, "×": 0.8379, "µ": 0.7358, "…": 1.0000, "≥": 0.8379, "≤": 0.8379]

    /// The height of a line box in em from the baseline up (DejaVu Sans' ascender, 0.928 em) …
    package static let ascent = 0.928
    /// … and down (its descender, 0.236 em).
    package static let descent = 0.236

    /// The advance width of `text` at `size` px, bold or regular.
    package static func width(_ text: String, size: Double, bold isBold: Bool = false) -> Double {
        let table = isBold ? bold : regular
        let extra = isBold ? boldExtra : regularExtra
        var ems = 0.0
        for character in text {
            if let ascii = character.asciiValue, ascii >= 32, ascii < 127 {
                ems += table[Int(ascii) - 32]
            } else {
                ems += extra[character] ?? 1
            }
        }
        return ems * size
    }
}
