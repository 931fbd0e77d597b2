/// Appends LEB128 integers, fixed-width little-endian integers and length-prefixed strings: the compact
/// layouts stages use for what a store keeps for them (a clustering index, near-duplicate records).
public struct ByteWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func integer(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A signed integer, zigzag-coded (small magnitudes stay short).
    public mutating func signed(_ value: Int) {
        let v = Int64(value)
        integer(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    public mutating func string(_ value: String) {
        integer(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    /// A value in its full width, little-endian (hashes, which LEB128 would make longer).
    public mutating func fixed<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

/// Reads what ``ByteWriter`` wrote; every read is bounds-checked and returns nil past the end.
public struct ByteReader: Sendable {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var atEnd: Bool { position == bytes.count }

    public mutating func integer() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    public mutating func signed() -> Int? {
        guard let raw = integer() else { return nil }
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    public mutating func string() -> String? {
        guard let length = integer(), length <= UInt64(bytes.count - position) else { return nil }
        let end = position + Int(length)
        defer { position = end }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    /// A value ``ByteWriter/fixed(_:)`` wrote.
    public mutating func fixed<T: FixedWidthInteger>(_ type: T.Type = T.self) -> T? {
        let size = MemoryLayout<T>.size
        guard bytes.count - position >= size else { return nil }
        var value = T.zero
        for offset in 0..<size { value |= T(truncatingIfNeeded: bytes[position + offset]) << (offset * 8) }
        position += size
        return value
    }
}
