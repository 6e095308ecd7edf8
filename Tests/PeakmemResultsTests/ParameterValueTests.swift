import Foundation
import PeakmemResults
import Testing

@Suite("ParameterValue: typed values, their Python literal in JSON")
struct ParameterValueTests {
    @Test("each case encodes as its Python literal and decodes back to the same case",
          arguments: [
              ParameterValue.int(1000), .int(-3), .float(0.5), .float(1.0), .float(1e-5), .float(1e16),
              .bool(true), .bool(false), .string("F"), .string("it's"), .string(#"a\b"#), .string(#"both ' and ""#), .string(""),
          ])
    func literalRoundTrip(value: ParameterValue) throws {
        let data = try JSONEncoder().encode(["p": value])
        let decoded = try JSONDecoder().decode([String: ParameterValue].self, from: data)
        #expect(decoded["p"] == value, "\(String(decoding: data, as: UTF8.self))")
    }

    @Test("the literal is what Python prints: the string F is 'F', a whole float keeps its point")
    func literals() {
        #expect(ParameterValue.string("F").description == "'F'")
        #expect(ParameterValue.string("it's").description == #""it's""#)
        #expect(ParameterValue.float(1.0).description == "1.0")
        #expect(ParameterValue.bool(true).description == "True")
        #expect(ParameterValue(pythonLiteral: "'F'") == .string("F"))
        #expect(ParameterValue(pythonLiteral: "F") == nil)
    }

    @Test("the command line's guessing and the literal reader differ where they must")
    func parsingVersusLiteral() {
        #expect(ParameterValue(parsing: "F") == .string("F"))
        #expect(ParameterValue(parsing: "'F'") == .string("'F'"))
        #expect(ParameterValue(parsing: "1_000") == .int(1000))
        #expect(ParameterValue(parsing: "true") == .bool(true))
        #expect(ParameterValue(pythonLiteral: "true") == nil)
    }

    @Test("a value that is not a literal is a decoding error, not a string")
    func corrupt() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: ParameterValue].self, from: Data(#"{"p": "F"}"#.utf8))
        }
    }
}

@Suite("VariantSelection, ByteSize")
struct SelectionAndSizeTests {
    @Test("globs match VARIANT or SCENARIO/VARIANT; no pattern selects everything")
    func selection() {
        #expect(VariantSelection().selects(scenario: "dot", variant: "copy"))
        let selection = VariantSelection(["dot/*", "*_inplace"])
        #expect(selection.selects(scenario: "dot", variant: "copy"))
        #expect(selection.selects(scenario: "axpy", variant: "y_inplace"))
        #expect(!selection.selects(scenario: "axpy", variant: "copy"))
    }

    @Test("a size is a bare integer in JSON and reads for people in binary units")
    func byteSize() throws {
        let data = try JSONEncoder().encode(["limit": ByteSize(bytes: 8_000_000)])
        #expect(String(decoding: data, as: UTF8.self) == #"{"limit":8000000}"#)
        #expect(try JSONDecoder().decode([String: ByteSize].self, from: data)["limit"] == ByteSize(bytes: 8_000_000))
        #expect(ByteSize(bytes: 8_000_000).text == "7.63 MiB")
        #expect(ByteSize.text(512) == "512 B")
    }
}
