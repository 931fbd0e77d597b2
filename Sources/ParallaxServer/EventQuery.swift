import Foundation
import Hummingbird
import ParallaxModel
import ParallaxStore

/// The filters and paging of an event listing, read from a query string.
struct EventQuery: Sendable {
    var from: CivilDate?
    var to: CivilDate?
    var outlet: String?
    var entity: String?
    var text: String?
    var limit: Int
    var offset: Int

    /// A query built from values already checked.
    init(
        text: String? = nil, outlet: String? = nil, entity: String? = nil, from: CivilDate? = nil,
        to: CivilDate? = nil, limit: Int = 50, offset: Int = 0
    ) {
        self.text = text.flatMap { $0.isEmpty ? nil : $0 }
        self.outlet = outlet
        self.entity = entity
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }

    /// Reads `from`, `to` (`YYYY-MM-DD`), `outlet`, `entity`, `q`, `limit` and `offset`; malformed values are a 400.
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
        entity = try Self.text(parameters["entity"], name: "entity", configuration: configuration)
        text = try Self.text(parameters["q"], name: "q", configuration: configuration)
        limit = try integer("limit", default: configuration.defaultPageSize, range: 1...configuration.maxPageSize)
        offset = try integer("offset", default: 0, range: 0...Self.maxOffset)
    }

    /// Deepest page start accepted: paging further is a 400, so no request makes the store skip a million rows.
    static let maxOffset = 100_000

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

    /// The filters as the store takes them.
    var filter: EventFilter {
        EventFilter(from: from, to: to, outlet: outlet, entity: entity, title: text)
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
