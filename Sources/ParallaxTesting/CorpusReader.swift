import Foundation
import ParallaxModel
import ParallaxText

/// Reads the seeds and the Examples corpus into `Article`s for tests, standing in for the ingester: it drops
/// the header lines of each layout and the trailing boilerplate, and joins paragraphs with a blank line.
public enum CorpusReader {
    /// The package root, from this file's path.
    public static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Sources/ParallaxTesting/CorpusReader.swift
        return parts.joined(separator: "/")
    }()

    /// Outlet of each Examples file prefix, and of each seed.
    public static let outlets: [(prefix: String, outlet: String)] = [
        ("vsna-", "Valdoria State News Agency"), ("northfield-courier-", "Northfield Courier"),
        ("harbour-post-", "The Harbour Post"), ("meridian-", "Meridian Broadcasting"),
        ("eastern-ledger-", "The Eastern Ledger"), ("000_", "China Daily"), ("001_", "Global Times"),
        ("002_", "Seed 002"), ("003_", "The Straits Times"), ("004_", "Seed 004"),
    ]

    /// The text of a file relative to the package root, or nil when it is missing.
    public static func contents(_ relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: packageRoot + "/" + relative) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// An article from a seed or Examples file, id derived from the file name.
    public static func article(_ relative: String) -> Article? {
        guard let raw = contents(relative) else { return nil }
        let name = String(relative.split(separator: "/").last!)
        let outlet = outlets.first { name.hasPrefix($0.prefix) }?.outlet ?? "Unknown"
        let published = publicationDate(raw)
        var lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: [" ", "\r", "\t"])
        }
        if let text = lines.firstIndex(where: { $0.hasPrefix("Text:") }) {
            lines.removeFirst(text + 1)  // layout a
        } else if lines.first?.hasPrefix("Published:") == true {
            lines.removeFirst(3)  // layout c: published, headline, byline
        } else if lines.count > 1, lines[1].count == 8, lines[1].allSatisfy(\.isNumber) {
            lines.removeFirst(3)  // layout b: headline, date, URL
        } else if lines.first?.hasPrefix("Eastern Ledger:") == true {
            lines.removeFirst(2)  // layout e
        } else if lines.count > 1, lines[1].isEmpty {
            lines.removeFirst(2)  // layout d: headline, blank
        } else {
            lines.removeFirst(2)  // layout f: headline, date
        }
        if let mustRead = lines.firstIndex(of: "Must Read") { lines.removeSubrange(mustRead...) }
        lines.removeAll { $0.hasPrefix("Contact the writer") || $0.hasPrefix("Epaper_") }
        let text = lines.filter { !$0.isEmpty }.joined(separator: "\n\n")
        let id = StableHash.hex(StableHash.hash(name))
        return Article(id: id, path: relative, title: name, published: published, outlet: outlet, text: text)
    }
}

/// The first date in the first four lines (`YYYY-MM-DD`, `YYYYMMDD`, "Month D, YYYY", "D Month YYYY"), else
/// the e-paper code's date: what the ingester recovers.
private func publicationDate(_ raw: String) -> Timestamp? {
    let head = raw.split(separator: "\n", omittingEmptySubsequences: false).prefix(4)
    let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    for line in head {
        let words = line.split(whereSeparator: { " ,|:".contains($0) }).map(String.init)
        for (i, word) in words.enumerated() {
            if let date = CivilDate(iso: word) { return Timestamp(date: date) }
            if word.count == 8, word.allSatisfy(\.isNumber), let date = CivilDate(iso: word) {
                return Timestamp(date: date)
            }
            let lower = word.lowercased()
            guard let m = months.firstIndex(where: { $0 == lower || $0.prefix(3) == lower }) else { continue }
            // Day after the month ("June 11, 2025"), else before it ("19 March 2025").
            let after = words[(i + 1)...].prefix(2).compactMap { Int($0) }
            let before = i > 0 ? Int(words[i - 1]) : nil
            let day = after.first(where: { $0 <= 31 }) ?? before
            if let day, day <= 31, let year = after.first(where: { $0 > 1900 }),
                let date = CivilDate(year: year, month: m + 1, day: day)
            {
                return Timestamp(date: date)
            }
        }
    }
    // The e-paper line ("Epaper_25-06-09 NFD") is the only date of layout d.
    if let range = raw.range(of: "Epaper_") {
        let digits = raw[range.upperBound...].prefix(8).split(separator: "-").compactMap { Int($0) }
        if digits.count == 3, let date = CivilDate(year: 2000 + digits[0], month: digits[1], day: digits[2]) {
            return Timestamp(date: date)
        }
    }
    return nil
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
