/// A publication moment: a date, and the time of day when the source gave one.
///
/// Rendered as ISO 8601: `2022-06-20` when only the date is known, `2022-06-20T11:46` (local time of the
/// outlet, no offset) when the time is known, `2022-06-20T11:46+08:00` when the offset is known too.
public struct Timestamp: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var date: CivilDate
    /// Minutes after midnight, when known.
    public var minuteOfDay: Int?
    /// Offset from UTC in minutes, when known.
    public var utcOffsetMinutes: Int?

    public init(date: CivilDate, minuteOfDay: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.date = date
        self.minuteOfDay = minuteOfDay
        self.utcOffsetMinutes = minuteOfDay == nil ? nil : utcOffsetMinutes
    }

    /// Parses the ISO 8601 forms this type renders, and the common `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let date = CivilDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else {
            return nil
        }
        self.date = date
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else {
            return
        }
        func two(_ at: Int) -> Int? {
            guard at + 1 < bytes.count, (48...57).contains(bytes[at]), (48...57).contains(bytes[at + 1]) else {
                return nil
            }
            return Int(bytes[at] - 48) * 10 + Int(bytes[at + 1] - 48)
        }
        guard let hour = two(11), let minute = two(14), hour < 24, minute < 60 else { return }
        minuteOfDay = hour * 60 + minute
        var index = 16
        while index < bytes.count, bytes[index] != UInt8(ascii: "Z"), bytes[index] != UInt8(ascii: "+"),
            bytes[index] != UInt8(ascii: "-")
        {
            index += 1
        }
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "Z") {
                utcOffsetMinutes = 0
            } else if let h = two(index + 1) {
                let m = two(index + 4) ?? two(index + 3) ?? 0
                utcOffsetMinutes = (bytes[index] == UInt8(ascii: "-") ? -1 : 1) * (h * 60 + m)
            }
        }
    }

    public var description: String {
        guard let minuteOfDay else { return date.description }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(date)T\(pad(minuteOfDay / 60)):\(pad(minuteOfDay % 60))"
        if let offset = utcOffsetMinutes {
            if offset == 0 {
                text += "Z"
            } else {
                text += (offset < 0 ? "-" : "+") + "\(pad(abs(offset) / 60)):\(pad(abs(offset) % 60))"
            }
        }
        return text
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.date != rhs.date ? lhs.date < rhs.date : (lhs.minuteOfDay ?? 0) < (rhs.minuteOfDay ?? 0)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Timestamp(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "bad time \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
