import Foundation
import Hummingbird
import ParallaxModel

/// The filters and paging of an event listing, read from a query string.
struct EventQuery: Sendable {
    var from: CivilDate?
    var to: CivilDate?
    var outlet: String?
    var text: String?
    var limit: Int
    var offset: Int

    /// Reads `from`, `to` (`YYYY-MM-DD`), `outlet`, `q`, `limit` and `offset`; malformed values are a 400.
    init(_ parameters: [String: String], configuration: ServerConfiguration) throws {
        func date(_ name: String) throws -> CivilDate? {
            guard let value = parameters[name], !value.isEmpty else { return nil }
            guard let date = CivilDate(iso: value) else {
                throw APIError(.badRequest, "`\(name)` must be a date written YYYY-MM-DD.")
            }
            return date
        }
        func integer(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
            guard let text = parameters[name], !text.isEmpty else { return value }
            guard let number = Int(text), range.contains(number) else {
                throw APIError(
                    .badRequest, "`\(name)` must be a whole number from \(range.lowerBound) to \(range.upperBound).")
            }
            return number
        }
        from = try date("from")
        to = try date("to")
        outlet = try Self.text(parameters["outlet"], name: "outlet", configuration: configuration)
        text = try Self.text(parameters["q"], name: "q", configuration: configuration)
        limit = try integer("limit", default: configuration.defaultPageSize, range: 1...configuration.maxPageSize)
        offset = try integer("offset", default: 0, range: 0...10_000_000)
    }

    /// A trimmed, length-checked text parameter; empty is nil.
    static func text(_ value: String?, name: String, configuration: ServerConfiguration) throws -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        guard trimmed.utf8.count <= configuration.maxQueryLength else {
            throw APIError(.badRequest, "`\(name)` is longer than \(configuration.maxQueryLength) bytes.")
        }
        return trimmed
    }

    /// Whether `event` passes the filters. A date filter leaves out undated events.
    func matches(_ event: Event) -> Bool {
        if from != nil || to != nil {
            guard let date = event.date else { return false }
            if let from, date < from { return false }
            if let to, date > to { return false }
        }
        if let outlet {
            let wanted = outlet.lowercased()
            guard event.outlets.contains(where: { $0.lowercased() == wanted }) else { return false }
        }
        if let text {
            guard event.title.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil else {
                return false
            }
        }
        return true
    }

    /// The matching events and their total count before paging.
    func apply(to events: [Event]) -> (page: [Event], total: Int) {
        let matching = events.filter(matches)
        let start = min(offset, matching.count)
        let end = min(start + limit, matching.count)
        return (Array(matching[start..<end]), matching.count)
    }
}

extension Request {
    /// The query parameters as an HTML form sends them (`+` is a space), percent-decoded, last value winning.
    var queryParameters: [String: String] {
        var result: [String: String] = [:]
        guard let query = uri.query else { return result }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String? {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let key = decode(parts[0]) else { continue }
            result[key] = parts.count > 1 ? decode(parts[1]) ?? "" : ""
        }
        return result
    }
}
