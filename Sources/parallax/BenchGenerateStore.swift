import ArgumentParser
import Foundation
import Parallax
import ParallaxModel
import ParallaxSQLite
import ParallaxStore

/// `parallax bench generate-store --articles N --db FILE`: a large store for load-testing `parallax serve`.
///
/// The Examples corpus is read and analysed for real; each synthetic event is a copy of one of its events
/// (the same outlets' articles, each with an extra paragraph of words drawn from the corpus so the full-text
/// index has variety), with the real comparison and extractions re-keyed to the new article ids. Events are
/// spread over `--days` days and their articles over a pool of outlets, so listings, timelines, outlet
/// pages and search see realistic sizes. Written straight to the store (no clustering of N articles): this
/// measures serving, not analysis.
struct BenchGenerateStore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-store",
        abstract: "Fill a SQLite store with N articles in realistic events, for load tests of parallax serve."
    )

    @Option(help: "Articles to write (at least).")
    var articles: Int = 100_000

    @Option(help: "The SQLite database to create (must not exist).")
    var db: String

    @Option(help: "Corpus whose analysed events are the templates.")
    var templates: String = "Examples/articles"

    @Option(help: "Days the events span.")
    var days: Int = 365

    @Option(help: "Outlets the articles are spread over.")
    var outlets: Int = 40

    @Option(help: "Random seed.")
    var seed: UInt64 = 7

    func run() async throws {
        guard !FileManager.default.fileExists(atPath: db) else {
            Console.error("\(db): already exists; generate-store writes a new database.")
            throw ExitCode(ExitStatus.nothingDone)
        }
        let start = Date()
        let pipeline = Pipeline()
        let read = await pipeline.read(paths: [templates])
        let analysis = await pipeline.analyze(read.articles)
        let byId = Dictionary(read.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let templates = analysis.events.filter { $0.articleIds.count > 1 && analysis.comparisons[$0.id] != nil }
        guard !templates.isEmpty else {
            Console.error("\(self.templates): no analysed event with two or more articles to copy.")
            throw ExitCode(ExitStatus.nothingDone)
        }
        let vocabulary = Array(
            Set(read.articles.flatMap { $0.text.split(whereSeparator: { !$0.isLetter }).map(String.init) })
        )
        .filter { $0.count > 3 }.sorted()
        let outletNames = (0..<max(1, outlets)).map { "Outlet \(String(UnicodeScalar(65 + $0 % 26)!)) \($0 / 26 + 1)" }
        let store = try SQLiteStore(path: db)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var random = SplitMix64(seed: seed)
        var written = 0
        var events: [Event] = []
        var extractions: [ArticleExtraction] = []
        var comparisons: [EventComparison] = []
        var batch: [Article] = []
        var serial = 0
        while written < articles {
            serial += 1
            let template = templates[Int(random.next() % UInt64(templates.count))]
            let day = CivilDate(
                dayNumber: CivilDate(year: 2025, month: 1, day: 1)!.dayNumber
                    + Int(random.next() % UInt64(max(1, days))))
            var renamed: [String: String] = [:]
            var outletFor: [String: String] = [:]
            var members: [Article] = []
            for original in template.articleIds {
                guard var article = byId[original] else { continue }
                let id = String(random.next(), radix: 16).leftPadded(to: 16)
                renamed[original] = id
                let outlet = outletNames[Int(random.next() % UInt64(outletNames.count))]
                outletFor[article.outletName] = outletFor[article.outletName] ?? outlet
                let words = (0..<40).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
                article.id = id
                article.outlet = outletFor[article.outletName]
                article.title = (article.title ?? template.title) + " (\(serial))"
                article.published = Timestamp(date: day, minuteOfDay: Int(random.next() % 1440))
                article.path = nil
                article.url = nil
                article.text += "\n\n" + words.joined(separator: " ") + "."
                members.append(article)
            }
            batch += members
            written += members.count
            let eventId = "e-" + String(random.next(), radix: 16).leftPadded(to: 16).prefix(12)
            events.append(
                Event(
                    id: eventId, title: template.title + " (\(serial))", date: day,
                    articleIds: template.articleIds.compactMap { renamed[$0] },
                    outlets: Array(Set(members.compactMap(\.outlet))).sorted(), centrality: template.centrality))
            // Re-key the real comparison and extractions: ids are unique hex strings, outlet names whole strings.
            var replacements = renamed.map { ("\"\($0.key)\"", "\"\($0.value)\"") }
            replacements.append(("\"\(template.id)\"", "\"\(eventId)\""))
            replacements += outletFor.map { ("\"\($0.key)\"", "\"\($0.value)\"") }
            if let comparison = analysis.comparisons[template.id] {
                comparisons.append(try Self.rekey(comparison, replacements, encoder))
            }
            for original in template.articleIds {
                if let extraction = analysis.extractions[original] {
                    extractions.append(try Self.rekey(extraction, replacements, encoder))
                }
            }
            if batch.count >= 2_000 {
                _ = try await store.upsert(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        _ = try await store.upsert(batch)
        try await store.replaceAnalysis(
            events: events, extractions: extractions, comparisons: comparisons, syndication: [])
        let seconds = Date().timeIntervalSince(start)
        Console.print(
            "\(written) articles in \(events.count) events from \(templates.count) template events, \(outletNames.count) outlets -> \(db) (\(Int(seconds)) s)"
        )
    }

    static func rekey<T: Codable>(_ value: T, _ replacements: [(String, String)], _ encoder: JSONEncoder) throws -> T {
        var text = String(decoding: try encoder.encode(value), as: UTF8.self)
        for (from, to) in replacements { text = text.replacingOccurrences(of: from, with: to) }
        return try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
