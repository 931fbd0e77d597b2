import Foundation
import GRDB
import ParallaxModel
import ParallaxStore

/// The server's queries as indexed SQL: filters and paging run in SQLite with bound values, never by loading
/// every event. The indexes are in migration v3 (`eventOutlet`, `eventEntity`, `event_listing`).
extension SQLiteStore {
    /// Lowercased entity names and aliases per article, from a new analysis.
    static func entityNames(_ extractions: [ArticleExtraction]) -> [String: Set<String>] {
        var names: [String: Set<String>] = [:]
        for extraction in extractions {
            var set: Set<String> = []
            for entity in extraction.entities {
                set.insert(entity.name.lowercased())
                for alias in entity.aliases { set.insert(alias.lowercased()) }
            }
            names[extraction.articleId] = set
        }
        return names
    }

    /// Fills `eventOutlet` and `eventEntity` for one event.
    static func indexEvent(_ event: Event, names: [String: Set<String>], db: Database) throws {
        for outlet in Set(event.outlets) {
            try db.execute(
                sql: "INSERT OR IGNORE INTO eventOutlet (eventId, outlet) VALUES (?, ?)", arguments: [event.id, outlet])
        }
        var eventNames: Set<String> = []
        for id in event.articleIds { eventNames.formUnion(names[id] ?? []) }
        for name in eventNames where !name.isEmpty {
            try db.execute(
                sql: "INSERT OR IGNORE INTO eventEntity (eventId, name) VALUES (?, ?)", arguments: [event.id, name])
        }
    }

    /// `WHERE …` and its arguments for an event filter.
    private static func whereClause(_ filter: EventFilter) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let from = filter.from {
            conditions.append("date >= ?")
            arguments += [from.description]
        }
        if let to = filter.to {
            conditions.append("date <= ?")
            arguments += [to.description]
        }
        if let outlet = filter.outlet {
            conditions.append("id IN (SELECT eventId FROM eventOutlet WHERE outlet = ?)")
            arguments += [outlet]
        }
        if let entity = filter.entity {
            conditions.append("id IN (SELECT eventId FROM eventEntity WHERE name = ?)")
            arguments += [entity.lowercased()]
        }
        if let title = filter.title {
            conditions.append("title LIKE ? ESCAPE '\\'")
            arguments += ["%" + likeEscaped(title) + "%"]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// `%`, `_` and `\` taken literally in a LIKE pattern.
    static func likeEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    public func events(matching filter: EventFilter, limit: Int, offset: Int) async throws -> EventPage {
        let (clause, arguments) = Self.whereClause(filter)
        return try await wrap {
            try await pool.read { db in
                let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event \(clause)", arguments: arguments) ?? 0
                var pageArguments = arguments
                pageArguments += [max(0, limit), max(0, offset)]
                let events = try Row.fetchAll(
                    db, sql: "SELECT * FROM event \(clause) ORDER BY date DESC, id LIMIT ? OFFSET ?",
                    arguments: pageArguments
                ).map(Self.event)
                return EventPage(events: events, total: total)
            }
        }
    }

    public func eventCount() async throws -> Int {
        try await wrap { try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0 } }
    }

    public func timeline(matching filter: EventFilter) async throws -> [TimelineDay] {
        let (clause, arguments) = Self.whereClause(filter)
        let dated = clause.isEmpty ? "WHERE date IS NOT NULL" : clause + " AND date IS NOT NULL"
        return try await wrap {
            try await pool.read { db in
                try Row.fetchAll(
                    db,
                    sql:
                        "SELECT date, COUNT(*) AS events, SUM(articleCount) AS articles FROM event \(dated) GROUP BY date ORDER BY date",
                    arguments: arguments
                ).compactMap { row in
                    guard let date = CivilDate(iso: row["date"]) else { return nil }
                    return TimelineDay(date: date, events: row["events"], articles: row["articles"])
                }
            }
        }
    }

    public func outletSummaries() async throws -> [OutletSummary] {
        try await wrap {
            try await pool.read { db in
                let eventCounts = try Dictionary(
                    Row.fetchAll(db, sql: "SELECT outlet, COUNT(*) AS n FROM eventOutlet GROUP BY outlet")
                        .map { (($0["outlet"] as String).lowercased(), $0["n"] as Int) },
                    uniquingKeysWith: +)
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT outlet, COUNT(*) AS n, MIN(published) AS first, MAX(published) AS last
                        FROM article WHERE outlet IS NOT NULL GROUP BY outlet COLLATE NOCASE ORDER BY outlet
                        """
                ).map { row in
                    let name: String = row["outlet"]
                    return OutletSummary(
                        name: name, articleCount: row["n"], eventCount: eventCounts[name.lowercased()] ?? 0,
                        firstPublished: (row["first"] as String?).flatMap(Timestamp.init(iso:)),
                        lastPublished: (row["last"] as String?).flatMap(Timestamp.init(iso:)))
                }
            }
        }
    }

    /// One pass over the event table's JSON id lists inside SQLite (no event is decoded but the match),
    /// instead of the reference implementation's decoding of every event.
    public func event(containingArticle articleId: String) async throws -> Event? {
        try await wrap {
            try await pool.read { db in
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM event WHERE instr(articleIds, ?) > 0 ORDER BY position LIMIT 4",
                    arguments: ["\"" + articleId + "\""])
                return rows.map(Self.event).first { $0.articleIds.contains(articleId) }
            }
        }
    }

    public func articles(ids: [String]) async throws -> [Article] {
        guard !ids.isEmpty else { return [] }
        return try await wrap {
            try await pool.read { db in
                var byId: [String: Article] = [:]
                // In slices under SQLite's bound-parameter limit.
                for start in stride(from: 0, to: ids.count, by: 900) {
                    let slice = Array(ids[start..<min(start + 900, ids.count)])
                    let placeholders = Array(repeating: "?", count: slice.count).joined(separator: ",")
                    for row in try Row.fetchAll(
                        db, sql: "SELECT * FROM article WHERE id IN (\(placeholders))",
                        arguments: StatementArguments(slice))
                    {
                        let article = Self.article(row)
                        byId[article.id] = article
                    }
                }
                return ids.compactMap { byId[$0] }
            }
        }
    }
}

// MARK: Rendered pages

extension SQLiteStore {
    public func analysisGeneration() async throws -> Int {
        try await wrap {
            try await pool.read { db in
                try Int.fetchOne(db, sql: "SELECT value FROM storeCounter WHERE name = 'analysisGeneration'") ?? 0
            }
        }
    }

    public func renderedPage(key: String, generation: Int) async throws -> [UInt8]? {
        try await wrap {
            try await pool.read { db in
                try Data.fetchOne(
                    db, sql: "SELECT body FROM renderedPage WHERE key = ? AND generation = ?",
                    arguments: [key, generation]
                ).map { [UInt8]($0) }
            }
        }
    }

    public func saveRenderedPages(_ pages: [RenderedPage], generation: Int) async throws {
        guard !pages.isEmpty else { return }
        try await wrap {
            try await pool.write { db in
                // A page rendered before a re-analysis finished must not outlive it.
                let current =
                    try Int.fetchOne(db, sql: "SELECT value FROM storeCounter WHERE name = 'analysisGeneration'") ?? 0
                guard current == generation else { return }
                for page in pages {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO renderedPage (key, generation, body) VALUES (?, ?, ?)",
                        arguments: [page.key, generation, Data(page.body)])
                }
            }
        }
    }

    public func renderedPageKeys(generation: Int) async throws -> Set<String> {
        try await wrap {
            try await pool.read { db in
                Set(
                    try String.fetchAll(
                        db, sql: "SELECT key FROM renderedPage WHERE generation = ?", arguments: [generation]))
            }
        }
    }
}
