import Foundation

/// Repairs UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("â€™" for "’", "Â " for a
/// non-breaking space).
///
/// Only runs of non-ASCII scalars are touched: each run is re-encoded to Windows-1252 bytes and kept as
/// UTF-8 when those bytes are valid UTF-8 with at least one multi-byte sequence. Real accented text
/// ("café", "Zürich") does not survive that test, so it is left alone. A stray "Â" before white space,
/// the most common leftover, is dropped.
public enum MojibakeRepair {
    /// The repaired text (the same string when nothing needed repair).
    public static func repair(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0xC3 || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var i = 0
        var changed = false
        while i < scalars.count {
            guard scalars[i].value >= 0x80 else {
                output.append(scalars[i])
                i += 1
                continue
            }
            var j = i
            var bytes: [UInt8] = []
            while j < scalars.count, scalars[j].value >= 0x80, let b = Windows1252.byte(for: scalars[j]) {
                bytes.append(b)
                j += 1
            }
            if j == i {
                output.append(scalars[i])
                i += 1
                continue
            }
            if let fixed = repairRun(bytes) {
                output.append(contentsOf: fixed.unicodeScalars)
                changed = true
            } else {
                output.append(contentsOf: scalars[i..<j])
            }
            i = j
        }
        guard changed || text.contains("Â") else { return text }
        var result = String(output)
        // A lone "Â" left before a space or at a word end is the remains of a mangled NBSP.
        result = result.replacingAll("Â\u{00A0}", with: " ").replacingAll("Â ", with: " ")
        return result
    }

    /// Decodes a run as UTF-8 if it is valid and multi-byte, greedily from the left; nil when nothing changes.
    private static func repairRun(_ bytes: [UInt8]) -> String? {
        var out = ""
        var i = 0
        var repaired = false
        while i < bytes.count {
            let b = bytes[i]
            let length = b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0
            if length > 0, i + length <= bytes.count, let s = String(validating: bytes[i..<(i + length)], as: UTF8.self)
            {
                out += s
                repaired = true
                i += length
            } else {
                out.unicodeScalars.append(Windows1252.scalar(b))
                i += 1
            }
        }
        return repaired ? out : nil
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
