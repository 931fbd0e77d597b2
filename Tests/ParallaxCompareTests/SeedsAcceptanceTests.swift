import ParallaxCompare
import ParallaxModel
import ParallaxTesting
import Testing

/// Issue 4's acceptance on the seeds' phone-call event (000 China Daily, 001 Global Times, 003 The Straits
/// Times), with no extraction and with hand-built extraction (``Fixtures/seedExtractions(_:)``).
struct SeedsAcceptanceTests {
    static func compare(withExtraction: Bool) throws -> (EventComparison, [Article]) {
        let articles = Fixtures.seedFiles.compactMap(CorpusReader.article)
        try #require(articles.count == 3, "the seeds are missing from ../shared/seeds")
        let event = Event(
            id: "e-phone-call", title: "Xi, Putin phone call", date: nil, articleIds: articles.map(\.id), outlets: [])
        let extractions =
            withExtraction
            ? Fixtures.seedExtractions(articles) : articles.map { ArticleExtraction(articleId: $0.id) }
        return (
            EventComparator().compare(event: event, articles: articles, extractions: extractions, syndication: []),
            articles
        )
    }

    /// The group of the claim of `outlet` containing `snippet`.
    static func group(_ c: EventComparison, _ outlet: String, _ snippet: String) -> ClaimGroup? {
        guard let claim = c.claims.first(where: { $0.outlet == outlet && $0.text.contains(snippet) }) else {
            return nil
        }
        return c.groups.first { $0.claimIds.contains(claim.id) }
    }

    @Test(arguments: [false, true])
    func claimGroupsMatchTheReading(withExtraction: Bool) throws {
        let (c, _) = try Self.compare(withExtraction: withExtraction)
        let all = ["China Daily", "Global Times", "The Straits Times"]
        // The Heihe–Blagoveshchensk bridge: one group carried by all three.
        let bridge = try #require(Self.group(c, "Global Times", "Heihe-Blagoveshchensk"))
        #expect(bridge.outlets == all)
        #expect(bridge.kind == .consensus)
        #expect(Self.group(c, "The Straits Times", "road bridge")?.id == bridge.id)
        #expect(Self.group(c, "China Daily", "connecting Heihe")?.id == bridge.id)
        // Unique to The Straits Times: the trade figure and Xi's birthday.
        for snippet in ["US$147 billion", "69th birthday"] {
            let g = try #require(Self.group(c, "The Straits Times", snippet))
            #expect(g.kind == .unique && g.outlets == ["The Straits Times"], "\(snippet)")
        }
        // Interference over Xinjiang, Hong Kong and Taiwan: 000 and 001, not 003.
        let interference = try #require(Self.group(c, "Global Times", "Xinjiang"))
        #expect(interference.outlets == ["China Daily", "Global Times"])
        #expect(interference.missingOutlets == ["The Straits Times"])
        #expect(interference.kind == .partial)
        #expect(Self.group(c, "China Daily", "Xinjiang")?.id == interference.id)
        // Severodonetsk: only China Daily.
        for claim in c.claims where claim.text.contains("Severodonetsk") {
            #expect(c.groups.first { $0.claimIds.contains(claim.id) }?.outlets == ["China Daily"])
        }
        #expect(c.contradictions.isEmpty, "\(c.contradictions)")
    }

    @Test func invasionIsDistinctiveOfTheStraitsTimes() throws {
        let (c, _) = try Self.compare(withExtraction: false)
        let straits = try #require(c.framing.first { $0.outlets == ["The Straits Times"] })
        let invasion = try #require(straits.terms.first { $0.term == "invasion" })
        #expect(invasion.count == 4 && invasion.countElsewhere == 0 && invasion.zScore > 1.96)
        let war = try #require(c.contested.first { $0.name == "naming the war" })
        #expect(war.divergent)
        #expect(war.outlets.first { $0.outlet == "The Straits Times" }?.terms.map(\.term).contains("invasion") == true)
        #expect(war.outlets.first { $0.outlet == "Global Times" }?.terms.map(\.term) == ["crisis"])
    }

    @Test func sourcingNamesWhomEachOutletCites() throws {
        let (c, _) = try Self.compare(withExtraction: true)
        func sources(_ outlet: String) -> [CitedSource] { c.sourcing.first { $0.outlet == outlet }?.sources ?? [] }
        #expect(sources("Global Times").contains { $0.name == "Xinhua News Agency" && $0.kind == .media })
        #expect(sources("The Straits Times").contains { $0.name == "CCTV" && $0.kind == .media && $0.count == 2 })
        #expect(sources("The Straits Times").contains { $0.name == "Chinese Customs data" && $0.kind == .data })
        #expect(
            sources("China Daily").contains { $0.name == "Alexey Maslov" && $0.kind == .expert && $0.quoteCount == 1 })
        #expect(
            sources("The Straits Times").contains {
                $0.name == "Xi Jinping" && $0.kind == .official && $0.country == "CN"
            })
    }

    @Test func summaryAndCoverageFollowTheMostCentralArticle() throws {
        let (c, articles) = try Self.compare(withExtraction: false)
        #expect(!c.summary.isEmpty && c.summary.count <= 5)
        #expect(c.summary.allSatisfy { $0.articleId == articles[0].id })
        #expect(c.summary.map(\.span.start) == c.summary.map(\.span.start).sorted())
        #expect(c.coverage.outlets == ["China Daily", "Global Times", "The Straits Times"])
        #expect(c.coverage.rows.count == c.groups.count)
        let bridge = try #require(Self.group(c, "Global Times", "Heihe-Blagoveshchensk"))
        #expect(c.coverage.rows.first { $0.groupId == bridge.id }?.claimIds.allSatisfy { $0 != nil } == true)
        // Every claim is in exactly one group.
        #expect(c.groups.flatMap(\.claimIds).sorted() == c.claims.map(\.id).sorted())
        // Spans point at the claim text.
        let texts = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.text) })
        #expect(c.claims.allSatisfy { texts[$0.articleId]!.slice($0.span) == $0.text })
    }
}
