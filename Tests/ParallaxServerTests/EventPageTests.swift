import Foundation
import Hummingbird
import HummingbirdTesting
import Parallax
import ParallaxModel
import ParallaxStore
import ParallaxTesting
import Testing

@testable import ParallaxServer

/// The reader-first event page (issue #18, point 7): what happened, where the accounts disagree, who reports
/// what, framing and sourcing, then the articles; labels that count what they say; article pages that link
/// to their event and their original address.
struct EventPageTests {
    static func group(_ id: String, _ kind: ClaimGroup.Kind, _ outlets: [String], voices: Int? = nil) -> ClaimGroup {
        ClaimGroup(
            id: id, kind: kind, claimIds: outlets.map { "\($0)#\(id)" },
            voiceIds: (0..<(voices ?? outlets.count)).map { "v\($0)" }, outlets: outlets, missingOutlets: [],
            representativeText: "Claim \(id).", representativeClaimId: "\(outlets[0])#\(id)", cohesion: 1)
    }

    /// The Examples corpus plus the seeds (three reports of one phone call), analysed.
    static func store() async throws -> MemoryStore {
        let store = MemoryStore()
        var paths = [SharedData.examples.path]
        if FileManager.default.fileExists(atPath: SharedData.seeds.path) {
            paths.append(SharedData.seeds.path)
        } else {
            try #require(!SharedData.isCI, "../shared/seeds is missing")
        }
        _ = try await Pipeline().ingest(paths: paths, into: store)
        return store
    }

    @Test(arguments: [
        (3, 3, "Carried by all 3 outlets"), (2, 3, "Carried by 2 of 3 outlets"), (2, 2, "Carried by both outlets"),
        (4, 7, "Carried by 4 of 7 outlets"),
    ])
    func labelSaysTheCount(carriers: Int, outlets: Int, label: String) {
        #expect(CoverageView.label(carriers: carriers, outlets: outlets) == label)
    }

    /// A group the comparison calls consensus (two thirds of the voices, or a syndicated voice) while an
    /// outlet does not carry it must not be shown as carried by all.
    @Test func labelsCountTheOutletsNotTheKind() {
        let outlets = ["A News", "B Daily", "C Post"]
        let view = CoverageView(
            groups: [
                Self.group("g1", .consensus, outlets),
                Self.group("g2", .consensus, ["A News", "B Daily"]),
                Self.group("g3", .partial, ["A News", "C Post"], voices: 1),
                Self.group("g4", .unique, ["B Daily"]),
            ], outlets: outlets)
        #expect(
            view.tiers.map(\.heading) == ["Carried by all 3 outlets · 1 claim", "Carried by 2 of 3 outlets · 2 claims"])
        #expect(view.tiers.map(\.kind) == ["consensus", "partial"])
        #expect(
            view.tiers[1].claims.map(\.meta) == [
                "A News, B Daily · not in C Post", "A News, C Post · not in B Daily · 1 independent voice",
            ])
        #expect(view.exclusives.map(\.heading) == ["Only in B Daily · 1 claim"])
        #expect(view.summary == "3 claims carried by two or more outlets · 1 carried by one outlet only")
    }

    @Test func longListsOfOneOutletsClaimsAreCut() {
        let groups = (1...8).map { Self.group("g\($0)", .unique, ["A News"]) }
        let view = CoverageView(groups: groups, outlets: ["A News", "B Daily"])
        #expect(view.exclusives.first?.claims.count == CoverageView.exclusivesShown)
        #expect(view.exclusives.first?.more == "and 3 more, marked in the article text below")
    }

    @Test(.timeLimit(.minutes(3)))
    func everyComparedEventReadsInOrderWithTrueCounts() async throws {
        let store = try await Self.store()
        let app = buildApplication(
            store: store, configuration: ServerConfiguration(token: ServerTests.token), logger: ServerTests.logger)
        let compared = try await Self.comparedEvents(store)
        #expect(compared.count >= 3)
        try await app.test(.router) { client in
            for (event, comparison) in compared {
                let articles = try await store.articles(ids: event.articleIds)
                let outlets = Set(articles.map(\.outletName))
                try await client.execute(uri: "/events/\(event.id)", method: .get) { response in
                    let page = String(buffer: response.body)
                    let order = ["what-happened", "contradictions", "coverage", "framing-sourcing", "texts"]
                        .compactMap { page.range(of: "<section id=\"\($0)\"")?.lowerBound }
                    let hasCoverage = !comparison.groups.isEmpty
                    #expect(order.count == (hasCoverage ? 5 : 4), "\(event.id): sections missing")
                    #expect(order == order.sorted(), "\(event.id): sections out of order")
                    // Each tier heading: its count of outlets out of the event's, and how many groups have it.
                    let shared = comparison.groups.contains { Set($0.outlets).intersection(outlets).count >= 2 }
                    #expect(Self.tierHeadings(page).isEmpty == !shared, "\(event.id): tier headings")
                    for (carriers, total, shown) in Self.tierHeadings(page) {
                        #expect(
                            total == outlets.count,
                            "\(event.id): \(total) outlets in a label, \(outlets.count) in the event")
                        let actual = comparison.groups.filter {
                            Set($0.outlets).intersection(outlets).count == carriers
                        }
                        #expect(shown == actual.count, "\(event.id): \(shown) claims under \(carriers) of \(total)")
                    }
                }
            }
        }
    }

    static func comparedEvents(_ store: MemoryStore) async throws -> [(Event, EventComparison)] {
        var compared: [(Event, EventComparison)] = []
        for event in try await store.allEvents() {
            if let comparison = try await store.comparison(eventId: event.id) { compared.append((event, comparison)) }
        }
        return compared
    }

    /// (carriers, outlets, claims) of each "Carried by …" heading on a page.
    static func tierHeadings(_ page: String) -> [(Int, Int, Int)] {
        let pattern = #/<h3>Carried by (?:all (\d+) outlets|both outlets|(\d+) of (\d+) outlets) · (\d+) claims?</h3>/#
        return page.matches(of: pattern).map { match in
            let claims = Int(match.output.4)!
            if let all = match.output.1.flatMap({ Int($0) }) { return (all, all, claims) }
            if let some = match.output.2.flatMap({ Int($0) }), let total = match.output.3.flatMap({ Int($0) }) {
                return (some, total, claims)
            }
            return (2, 2, claims)
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func articlePageLinksToItsEventAndOriginal() async throws {
        let store = try await Self.store()
        let events = try await store.allEvents()
        let articles = try await store.allArticles()
        let withURL = try #require(articles.first { $0.url?.hasPrefix("http") == true })
        let home = try #require(events.first { $0.articleIds.contains(withURL.id) })
        let app = buildApplication(
            store: store, configuration: ServerConfiguration(token: ServerTests.token), logger: ServerTests.logger)
        try await app.test(.router) { client in
            try await client.execute(uri: "/articles/\(withURL.id)", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<a href=\"/events/\(home.id)\">\(ServerTests.escaped(home.title))</a>"))
                #expect(
                    page.contains(
                        "<a href=\"\(ServerTests.escaped(withURL.url!))\" rel=\"noopener noreferrer nofollow\">"))
            }
        }
    }

    @Test(arguments: [
        ("https://x.example/a?b=1&c=\"><script>", true), ("javascript:alert(1)", false),
        ("  HTTPS://x.example/ok  ", true), ("https://x.example/a b", false), ("data:text/html,hi", false),
    ])
    func originalLinksAreWebAddressesAndEscaped(url: String, linked: Bool) {
        let article = Article(id: "00000000000000a1", url: url, text: "The ferry ran late on Monday.")
        let page = Pages.article(article)
        #expect(page.contains("rel=\"noopener noreferrer nofollow\"") == linked, "\(url)")
        #expect(!page.contains("<script>"))
        #expect(!page.contains("javascript:") || !page.contains("href=\"javascript"))
    }
}
