import ParallaxText
import Testing

@Suite struct JSONStringBytesTests {
    /// Reads the literal at the start of `json`; the decoded text and where reading stopped.
    private func read(_ json: String) -> (text: String?, end: Int) {
        Array(json.utf8).withUnsafeBufferPointer { bytes in
            var i = 0
            var out: [UInt8] = []
            let ok = JSONStringBytes.read(bytes, at: &i, appendingTo: &out)
            return (ok ? String(decoding: out, as: UTF8.self) : nil, i)
        }
    }

    @Test func decodesEscapesAcrossTheEightByteScan() {
        // The quote and the escapes fall on both sides of eight-byte boundaries.
        let json = #""Mayor said: \"We will rebuild the bridge\" \\ on Tuesday\n\tin Harnlow/Vesse.", "x": 1"#
        let (text, end) = read(json)
        #expect(text == "Mayor said: \"We will rebuild the bridge\" \\ on Tuesday\n\tin Harnlow/Vesse.")
        #expect(Array(json.utf8)[end...].starts(with: Array(", ".utf8)))
    }

    @Test func decodesUnicodeEscapesAndSurrogatePairs() {
        #expect(read(#""Caf\u00e9 \u00C9lys\u00e9e \ud83d\udcf0 \/""#).text == "Café Élysée 📰 /")
        // A lone high surrogate is not a scalar: it becomes U+FFFD and the next character survives.
        #expect(read(#""a\ud800b""#).text == "a\u{FFFD}b")
        #expect(read(#""raw UTF-8 stays: Zürich, 北京""#).text == "raw UTF-8 stays: Zürich, 北京")
    }

    @Test func refusesUnterminatedOrMalformedLiterals() {
        #expect(read(#""no closing quote at all, however long the line runs"#).text == nil)
        #expect(read(#""ends in a backslash\"#).text == nil)
        #expect(read(#""bad \u12G4 escape""#).text == nil)
    }

    @Test func skipsNestedValuesToTheNextField() {
        let json = #"{"tags": ["a", "b]", {"c": "}"}], "id": "x"}"#
        let bytes = Array(json.utf8)
        var i = 0
        while bytes[i] != UInt8(ascii: "[") { i += 1 }
        bytes.withUnsafeBufferPointer { JSONStringBytes.skipValue($0, at: &i) }
        #expect(String(decoding: bytes[i...], as: UTF8.self) == #", "id": "x"}"#)
    }
}
