import ParallaxModel
import ParallaxStore

/// What one outlet does across events: whom it quotes and which words it leans on, summed over the
/// comparisons of its most recent events.
struct OutletDigest: Sendable {
    /// A source the outlet cites, with its counts summed over events.
    struct Source: Encodable, Sendable, Hashable {
        var name: String
        var kind: String
        var quoteCount: Int
        var citationCount: Int
        var events: Int
    }

    /// A framing term, with its count summed over the events where it stood out for the outlet.
    struct Term: Encodable, Sendable, Hashable {
        var term: String
        var count: Int
        var events: Int
    }

    /// Events read for the digest: the cost of a request stays bounded whatever the outlet's history.
    static let maxEvents = 50
    /// Entries kept in each list.
    static let maxEntries = 25

    var analysedEvents = 0
    var sources: [Source] = []
    var framing: [Term] = []

    /// Reads the comparisons of `events` (at most ``maxEvents``) and sums what concerns `outlet`.
    static func build(outlet: String, events: [Event], store: any ArticleStore) async throws -> OutletDigest {
        var digest = OutletDigest()
        var sources: [String: Source] = [:]
        var terms: [String: Term] = [:]
        let wanted = outlet.lowercased()
        for event in events.prefix(maxEvents) {
            guard let comparison = try await store.comparison(eventId: event.id) else { continue }
            digest.analysedEvents += 1
            for sourcing in comparison.sourcing where sourcing.outlet.lowercased() == wanted {
                for cited in sourcing.sources {
                    var source =
                        sources[cited.name]
                        ?? Source(
                            name: cited.name, kind: cited.kind.rawValue, quoteCount: 0, citationCount: 0, events: 0)
                    source.quoteCount += cited.quoteCount
                    source.citationCount += cited.citationCount
                    source.events += 1
                    sources[cited.name] = source
                }
            }
            for framing in comparison.framing where framing.outlets.contains(where: { $0.lowercased() == wanted }) {
                for used in framing.terms {
                    var term = terms[used.term] ?? Term(term: used.term, count: 0, events: 0)
                    term.count += used.count
                    term.events += 1
                    terms[used.term] = term
                }
            }
        }
        digest.sources = Array(
            sources.values.sorted {
                ($0.quoteCount + $0.citationCount, $1.name) > ($1.quoteCount + $1.citationCount, $0.name)
            }.prefix(maxEntries))
        digest.framing = Array(terms.values.sorted { ($0.count, $1.term) > ($1.count, $0.term) }.prefix(maxEntries))
        return digest
    }

    /// The outlet's id in URLs: its name lowercased, letters and digits kept, every other run a `-`.
    static func slug(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "outlet" : out
    }
}
