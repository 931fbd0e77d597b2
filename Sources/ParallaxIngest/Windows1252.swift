/// The Windows-1252 code page: decoding, and encoding for mojibake repair.
public enum Windows1252 {
    /// Code points of bytes 0x80–0x9F (0 where the code page leaves the byte undefined).
    static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    /// The scalar of one byte (undefined bytes map to the C1 control of the same value, as browsers do).
    public static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte <= 0x9F, high[Int(byte - 0x80)] != 0 {
            return Unicode.Scalar(high[Int(byte - 0x80)])!
        }
        return Unicode.Scalar(byte)
    }

    /// Decodes bytes.
    public static func decode<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var text = String.UnicodeScalarView()
        for b in bytes { text.append(scalar(b)) }
        return String(text)
    }

    /// The byte that decodes to `scalar`, if any.
    public static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 || (v >= 0xA0 && v <= 0xFF) { return UInt8(v) }
        if let index = high.firstIndex(of: v), v != 0 { return UInt8(0x80 + index) }
        if v >= 0x80 && v <= 0x9F && high[Int(v - 0x80)] == 0 { return UInt8(v) }
        return nil
    }
}
