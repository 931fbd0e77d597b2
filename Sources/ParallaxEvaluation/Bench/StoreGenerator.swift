import Foundation
import Parallax
import ParallaxModel
import ParallaxStore
import ParallaxText

/// `parallax bench generate-store`: a large store for load tests of `parallax serve`.
///
/// The template corpus is read and analysed for real; each synthetic event is a copy of one of its events
/// (the same outlets' articles, each with an extra paragraph of words drawn from the corpus so the full-text
/// index has variety), with the real comparison and extractions re-keyed to the new article ids. Events are
/// spread over `days` days and their articles over a pool of outlets, so listings, timelines, outlet pages
/// and search see realistic sizes. Written straight to the store (no clustering of N articles): this
/// measures serving, not analysis.
package enum StoreGenerator {
    /// What was written.
    package struct Summary: Sendable {
        package var articles: Int
        package var events: Int
        package var templates: Int
        package var outlets: Int
    }

    /// Writes at least `articleCount` articles into `store`.
    /// - Throws: ``ParallaxError`` `.notFound` when the template folder holds no analysed event of two or
    ///   more articles; store errors as they come.
    package static func fill(
        _ store: any ArticleStore, articles articleCount: Int, templates templateFolder: String, days: Int,
        outlets outletCount: Int, seed: UInt64
    ) async throws -> Summary {
        let source = try await Templates(folder: templateFolder)
        let outletNames = (0..<max(1, outletCount)).map {
            "Outlet \(String(UnicodeScalar(65 + $0 % 26)!)) \($0 / 26 + 1)"
        }
        var random = SplitMix64(seed: seed)
        var written = 0
        var events: [Event] = []
        var extractions: [ArticleExtraction] = []
        var comparisons: [EventComparison] = []
        var batch: [Article] = []
        var serial = 0
        while written < articleCount {
            serial += 1
            let template = source.events[Int(random.next() % UInt64(source.events.count))]
            let day = CivilDate(
                dayNumber: CivilDate(year: 2025, month: 1, day: 1)!.dayNumber
                    + Int(random.next() % UInt64(max(1, days))))
            let copy = source.copy(template, serial: serial, day: day, outlets: outletNames, random: &random)
            batch += copy.members
            written += copy.members.count
            let eventId = "e-" + String(random.next(), radix: 16).leftPadded(to: 16).prefix(12)
            events.append(
                Event(
                    id: eventId, title: template.title + " (\(serial))", date: day,
                    articleIds: template.articleIds.compactMap { copy.renamed[$0] },
                    outlets: Array(Set(copy.members.compactMap(\.outlet))).sorted(), centrality: template.centrality))
            // Re-key the real comparison and extractions: ids and outlet names are whole JSON strings.
            var replacements: [[UInt8]: [UInt8]] = [:]
            for (from, to) in copy.renamed { replacements[Array(from.utf8)] = Array(to.utf8) }
            for (from, to) in copy.outletFor { replacements[Array(from.utf8)] = Array(to.utf8) }
            replacements[Array(template.id.utf8)] = Array(eventId.utf8)
            if let comparison = source.encoded[template.id] {
                comparisons.append(try Self.rekey(comparison, replacements, as: EventComparison.self))
            }
            for original in template.articleIds {
                if let extraction = source.encoded[original] {
                    extractions.append(try Self.rekey(extraction, replacements, as: ArticleExtraction.self))
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
        return Summary(
            articles: written, events: events.count, templates: source.events.count, outlets: outletNames.count)
    }

    /// The analysed template corpus: its events of two articles or more, its articles by id, the words drawn
    /// for the extra paragraphs, and every comparison and extraction encoded once for re-keying.
    private struct Templates {
        var events: [Event]
        var articles: [String: Article]
        var vocabulary: [String]
        var encoded: [String: [UInt8]] = [:]

        init(folder: String) async throws {
            let pipeline = Pipeline()
            let read = await pipeline.read(paths: [folder])
            let analysis = await pipeline.analyze(read.articles)
            articles = Dictionary(read.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            events = analysis.events.filter { $0.articleIds.count > 1 && analysis.comparisons[$0.id] != nil }
            guard !events.isEmpty else {
                throw ParallaxError(.notFound, "\(folder): no analysed event with two or more articles to copy.")
            }
            vocabulary = Array(
                Set(read.articles.flatMap { $0.text.split(whereSeparator: { !$0.isLetter }).map(String.init) })
            )
            .filter { $0.count > 3 }.sorted()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for (id, comparison) in analysis.comparisons { encoded[id] = Array(try encoder.encode(comparison)) }
            for (id, extraction) in analysis.extractions { encoded[id] = Array(try encoder.encode(extraction)) }
        }

        /// The articles of `template` under new ids, outlets from `outlets` (one per original outlet), dated
        /// `day`, each with a paragraph of 40 corpus words; with the id and outlet renamings made.
        func copy(
            _ template: Event, serial: Int, day: CivilDate, outlets: [String], random: inout SplitMix64
        ) -> (members: [Article], renamed: [String: String], outletFor: [String: String]) {
            var renamed: [String: String] = [:]
            var outletFor: [String: String] = [:]
            var members: [Article] = []
            for original in template.articleIds {
                guard var article = articles[original] else { continue }
                let id = String(random.next(), radix: 16).leftPadded(to: 16)
                renamed[original] = id
                let outlet = outlets[Int(random.next() % UInt64(outlets.count))]
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
            return (members, renamed, outletFor)
        }
    }

    /// `value` with every JSON string that is a key of `replacements` replaced whole: one pass over the
    /// encoded bytes (ids and outlet names have no escapes; escaped characters inside other strings are
    /// skipped), then a decode.
    static func rekey<T: Codable>(_ template: [UInt8], _ replacements: [[UInt8]: [UInt8]], as type: T.Type) throws -> T
    {
        var out: [UInt8] = []
        out.reserveCapacity(template.count + 256)
        var index = 0
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        while index < template.count {
            let byte = template[index]
            out.append(byte)
            index += 1
            guard byte == quote else { continue }
            var end = index
            while end < template.count && template[end] != quote {
                end += template[end] == backslash ? 2 : 1
            }
            let content = Array(template[index..<min(end, template.count)])
            out += replacements[content] ?? content
            if end < template.count { out.append(quote) }
            index = end + 1
        }
        return try JSONDecoder().decode(T.self, from: Data(out))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
