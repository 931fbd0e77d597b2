import Foundation
import Parallax
import ParallaxCompare
import ParallaxDedup
import ParallaxExtract
import ParallaxModel
import ParallaxText

/// How often contradictions are reported where outlets agree, and how often a figure changed in one copy is
/// caught, on gold events (articles grouped by their `cluster` label).
///
/// Untouched real events hold few true disagreements, so every contradiction reported on them is counted as
/// false (a reader may rescore from `events`). Recall is measured by planting: in each event, a figure with a
/// unit or counted noun that another article of the event also reports is changed in one article's copy, as
/// a careless or partisan copy would change it, and the event is compared again.
public struct ContradictionEvaluation: Codable, Sendable {
    /// A figure changed in one article's copy.
    public struct Planted: Codable, Sendable, Hashable {
        /// The article whose copy was changed.
        public var articleId: String
        /// Another article of the event that reports the original figure.
        public var witnessArticleId: String
        /// The figure as written (`"1,284 metres"`), and as changed (`"1,080 metres"`).
        public var original: String
        public var replacement: String
        /// UTF-8 span of the changed number in the changed copy's text.
        public var span: Span
        /// Whether a contradiction with a side stating the changed number as its value was reported.
        public var found: Bool
    }

    /// One gold event: what was reported on the untouched articles and on the copy with a planted figure.
    public struct EventResult: Codable, Sendable {
        /// The gold label.
        public var eventId: String
        public var articleIds: [String]
        /// Contradictions reported on the untouched articles (all counted as false).
        public var contradictions: [Contradiction]
        /// The planted figure, when the event has a figure two articles share.
        public var planted: Planted?
        /// Contradictions reported with the planted copy in place of its article.
        public var plantedContradictions: [Contradiction]
    }

    /// The score of a set of events.
    public struct Score: Codable, Sendable {
        /// `"all"`, or the topics it covers (`"topics 1-17"`).
        public var name: String
        public var events: Int
        /// Contradictions reported on untouched events, and per event.
        public var falseContradictions: Int
        public var falsePerEvent: Double
        /// Events with a planted figure, and those where it was found.
        public var planted: Int
        public var found: Int
        public var recall: Double
    }

    public var seed: UInt64
    /// Whether every contradiction was counted, or only confident ones (the default).
    public var includeAllContradictions: Bool
    /// All events, then the development half (topics 1–17) and the held-out half (18 and up).
    public var scores: [Score]
    public var events: [EventResult]
}

extension Pipeline {
    /// Topics up to this number are the development half of ECB+; the rest are held out.
    static let developmentTopics = 1...17

    /// Compares each gold event of `items` (grouped by `cluster`, two articles or more) as it is and with a
    /// figure planted into one article's copy (chosen deterministically from `seed`).
    public func evaluateContradictions(_ items: [LabelledArticle], seed: UInt64 = 1) async -> ContradictionEvaluation {
        let articles = articles(from: items)
        let extractions = await extract(articles)
        var byLabel: [String: [Int]] = [:]
        for (index, item) in items.enumerated() { byLabel[item.cluster, default: []].append(index) }
        let labels = byLabel.keys.filter { byLabel[$0]!.count >= 2 }.sorted {
            Self.topicOrder($0) < Self.topicOrder($1)
        }
        var results: [ContradictionEvaluation.EventResult] = []
        for label in labels {
            let members = byLabel[label]!
            let eventArticles = members.map { articles[$0] }
            let eventExtractions = members.map { extractions[$0] }
            let untouched = compareEvent(eventArticles, extractions: eventExtractions)
            var result = ContradictionEvaluation.EventResult(
                eventId: label, articleIds: eventArticles.map(\.id), contradictions: untouched.contradictions,
                planted: nil, plantedContradictions: [])
            if let planting = ContradictionPlanting.plant(
                in: eventArticles, extractions: eventExtractions, seed: seed, eventId: label)
            {
                var changed = eventArticles
                var changedExtractions = eventExtractions
                changed[planting.index] = planting.article
                changedExtractions[planting.index] = Extractor().extract(planting.article)
                let comparison = compareEvent(changed, extractions: changedExtractions)
                var planted = planting.planted
                let number = planting.article.text.slice(planted.span)
                planted.found = comparison.contradictions.contains {
                    Self.reports(number, at: planting.mentions, of: planted, in: $0)
                }
                result.planted = planted
                result.plantedContradictions = comparison.contradictions
            }
            results.append(result)
        }
        let development = results.filter { Self.developmentTopics.contains(Self.topicOrder($0.eventId).0) }
        let heldOut = results.filter { !Self.developmentTopics.contains(Self.topicOrder($0.eventId).0) }
        return ContradictionEvaluation(
            seed: seed, includeAllContradictions: options.includeAllContradictions,
            scores: [
                Self.score("all", results), Self.score("topics 1-17", development),
                Self.score("topics 18 and up", heldOut),
            ],
            events: results)
    }

    /// One event compared as ``analyze(_:syndication:)`` compares it: entities linked within the event and
    /// copies found among its articles.
    func compareEvent(_ members: [Article], extractions: [ArticleExtraction]) -> EventComparison {
        let linked = EntityLinker.link(extractions)
        let event = makeEvent(
            members, extractions: linked, centrality: [Double](repeating: 1, count: members.count))
        let copies = Self.eventCopyDetector.groups(members).map(\.articleIds)
        return EventComparator(options: comparisonOptions).compare(
            event: event, articles: members, extractions: linked, syndication: copies)
    }

    /// Whether `contradiction` reports the planted figure: a side whose sentence holds one of the changed
    /// mentions and whose value is the changed number. A side's span is its whole sentence, so another figure
    /// disputed in the same sentence ("10 rebounds" beside the changed "31.8 points") does not count as finding
    /// it; a changed figure stated twice may be reported from either sentence.
    static func reports(
        _ number: String, at mentions: [Span], of planted: ContradictionEvaluation.Planted,
        in contradiction: Contradiction
    ) -> Bool {
        guard contradiction.sides.count >= 2 else { return false }
        return contradiction.sides.contains { side in
            side.spans.contains { spoken in
                spoken.articleId == planted.articleId
                    && mentions.contains { spoken.span.start <= $0.start && $0.end <= spoken.span.end }
            } && Tokenizer.tokens(in: side.value).contains { side.value.substring($0.span) == number }
        }
    }

    /// ECB+ labels read `"<topic>-<ecb|plus>"`: sorted by topic number, then by the rest.
    static func topicOrder(_ label: String) -> (Int, String) {
        let parts = label.split(separator: "-", maxSplits: 1)
        return (Int(parts.first ?? "") ?? Int.max, parts.count > 1 ? String(parts[1]) : "")
    }

    static func score(_ name: String, _ results: [ContradictionEvaluation.EventResult]) -> ContradictionEvaluation.Score
    {
        let falseCount = results.reduce(0) { $0 + $1.contradictions.count }
        let planted = results.compactMap(\.planted)
        let found = planted.filter(\.found).count
        return ContradictionEvaluation.Score(
            name: name, events: results.count, falseContradictions: falseCount,
            falsePerEvent: results.isEmpty ? 0 : Double(falseCount) / Double(results.count), planted: planted.count,
            found: found, recall: planted.isEmpty ? 0 : Double(found) / Double(planted.count))
    }
}
