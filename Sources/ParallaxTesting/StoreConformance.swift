import Foundation
import ParallaxModel
import ParallaxStore

/// The behaviour every ``ArticleStore`` must have, one ``Behaviour`` at a time: each backend's tests call
/// ``check(_:on:)`` for every case with a fresh store; a failed check throws a ``Failure`` naming what broke.
public enum StoreConformance {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw Failure(description: message()) }
    }

    /// Articles that exercise every field, including nils and non-ASCII text.
    public static func sampleArticles() -> [Article] {
        [
            Article(
                id: "00000000000000a1", path: "a.txt", title: "Bridge falls into the Vesse",
                published: Timestamp(iso: "2025-03-19T08:05"), authors: ["Anna Reyes", "Jon Mbeki"],
                outlet: "The Harbour Post", url: "https://harbourpost.example/a", dateline: "PORTVALE",
                agency: "Valdoria State News Agency", categories: ["CITY"], language: "en",
                text: "The Kellan Bridge collapsed on Tuesday evening.\n\nRescuers searched the river all night."
            ),
            Article(
                id: "00000000000000b2", text: "Zürich’s café owners welcomed the “deal” on Friday; trade rose 4 %."),
            Article(
                id: "00000000000000c3", title: "Floods reach Brask", published: Timestamp(iso: "2025-06-12"),
                outlet: "The Eastern Ledger",
                text: "Floodwater from the Lenna reached Brask on Thursday, officials said."
            ),
        ]
    }

    /// One behaviour of a store, checked on a fresh (empty) store by ``check(_:on:)``: each backend's tests run
    /// every case (`@Test(arguments: StoreConformance.Behaviour.allCases)`), so a failure names the behaviour.
    public enum Behaviour: String, CaseIterable, Sendable, CustomStringConvertible {
        /// Upsert is idempotent; articles round-trip in ingestion order and are found by id.
        case articles
        /// A whole analysis round-trips (events newest first, lookup by prefix, extractions, copy groups) and a
        /// new one replaces it whole.
        case analysis
        /// Near-duplicate records are found by band key, article and component.
        case dedupRecords
        /// The server's listing, timeline, outlet and article queries.
        case queries
        /// An incremental update replaces the events it names and nothing else; derived state and rendered
        /// pages.
        case update
        /// Full-text search: ranking, filters, paging, hostile queries, and the same after
        /// `prepareForSearches()`.
        case search
        /// A changed text at a stored article's address is a revision: the article keeps its id and takes the
        /// newer text, every text is kept in order, an older text arriving late stays in the history only, and
        /// the same text again changes nothing.
        case revisions

        public var description: String { rawValue }
    }

    /// Checks `behaviour` on `store`, which must be empty; a failed check throws a ``Failure`` naming what broke.
    public static func check(_ behaviour: Behaviour, on store: any ArticleStore) async throws {
        try check(try await store.articleCount() == 0, "a new store is not empty")
        switch behaviour {
        case .articles: try await checkArticles(store)
        case .analysis: try await checkAnalysis(store)
        case .dedupRecords: try await checkDedupRecords(store)
        case .queries: try await checkQueries(store, events: try await storeSampleAnalysis(store))
        case .update: try await checkUpdate(store, events: try await storeSampleAnalysis(store))
        case .search: try await checkSearch(store)
        case .revisions:
            try await checkRevisions(store)
            try await checkRevisionsWithinBatch(store)
        }
    }

    /// The events of the sample analysis (``storeSampleAnalysis(_:)``): `e-aaa…` on 2025-03-18 from The
    /// Harbour Post naming the Kellan Bridge, `e-bbb…` on 2025-06-08, `e-ccc…` undated.
    static let sampleEvents = [
        Event(
            id: "e-aaaaaaaaaaaa", title: "Bridge collapse", date: CivilDate(year: 2025, month: 3, day: 18),
            articleIds: ["00000000000000a1", "00000000000000b2"], outlets: ["The Harbour Post"],
            centrality: [0.9, 0.5]),
        Event(
            id: "e-bbbbbbbbbbbb", title: "Floods", date: CivilDate(year: 2025, month: 6, day: 8),
            articleIds: ["00000000000000c3"], outlets: ["The Eastern Ledger"], centrality: [1]),
        Event(id: "e-cccccccccccc", title: "Undated", date: nil, articleIds: [], outlets: []),
    ]
    static let sampleExtraction = ArticleExtraction(
        articleId: "00000000000000a1",
        entities: [Entity(id: "place:kellan-bridge", kind: .place, name: "Kellan Bridge")],
        mentions: [Mention(entityId: "place:kellan-bridge", span: Span(start: 4, end: 17), text: "Kellan Bridge")]
    )
    static let sampleGroup = SyndicationGroup(
        id: "s-00000000000000a1", originId: "00000000000000a1", originOutlet: "The Harbour Post",
        originReason: .earliest, copies: [], outlets: ["The Harbour Post"])

    /// Stores the sample articles and the sample analysis; returns its events.
    static func storeSampleAnalysis(_ store: any ArticleStore) async throws -> [Event] {
        _ = try await store.upsert(sampleArticles())
        try await store.replaceAnalysis(
            events: sampleEvents, extractions: [sampleExtraction], comparisons: [], syndication: [sampleGroup])
        return sampleEvents
    }

    private static func checkArticles(_ store: any ArticleStore) async throws {
        let articles = sampleArticles()
        let first = try await store.upsert(articles)
        try check(first.inserted == articles.map(\.id), "upsert did not insert every new article: \(first)")
        try check(first.existing.isEmpty, "upsert reported new articles as existing")
        let second = try await store.upsert(articles)
        try check(
            second.inserted.isEmpty && second.existing == articles.map(\.id), "re-ingest is not idempotent: \(second)")
        try check(try await store.articleCount() == 3, "article count is wrong after re-ingest")
        try check(try await store.allArticles() == articles, "stored articles do not round-trip in ingestion order")
        try check(try await store.articleIds() == articles.map(\.id), "article ids are not in ingestion order")
        try check(try await store.article(id: "00000000000000b2") == articles[1], "lookup by id failed")
        try check(try await store.article(id: "missing") == nil, "lookup of an unknown id returned something")
    }

    private static func checkAnalysis(_ store: any ArticleStore) async throws {
        let events = try await storeSampleAnalysis(store)
        let group = sampleGroup
        try check(try await store.syndicationGroups() == [group], "copy groups do not round-trip")
        try check(
            try await store.syndicationGroups(containing: ["00000000000000a1", "missing"]) == [group],
            "copy groups are not found by their articles")
        try check(
            try await store.syndicationGroups(containing: ["00000000000000c3"]).isEmpty,
            "a copy group was found by an article it does not hold")
        let listed = try await store.allEvents()
        try check(
            listed.map(\.id) == ["e-bbbbbbbbbbbb", "e-aaaaaaaaaaaa", "e-cccccccccccc"],
            "events are not newest first, undated last: \(listed.map(\.id))")
        try check(listed[1] == events[0], "events do not round-trip")
        try check(try await store.event(id: "e-bbb")?.id == "e-bbbbbbbbbbbb", "event lookup by prefix failed")
        try check(try await store.event(id: "e-") == nil, "an ambiguous prefix matched an event")
        try check(
            try await store.extraction(articleId: "00000000000000a1") == sampleExtraction,
            "extraction does not round-trip")
        try check(
            try await store.extraction(articleId: "00000000000000c3") == nil, "an unanalysed article has an extraction")
        try check(try await store.comparison(eventId: events[0].id) == nil, "an event has a comparison never stored")

        try await store.replaceAnalysis(events: [events[1]], extractions: [], comparisons: [], syndication: [])
        try check(try await store.syndicationGroups().isEmpty, "replaceAnalysis kept old copy groups")
        try check(try await store.allEvents().map(\.id) == ["e-bbbbbbbbbbbb"], "replaceAnalysis kept old events")
        try check(
            try await store.extraction(articleId: "00000000000000a1") == nil, "replaceAnalysis kept old extractions")
        try check(try await store.articleCount() == 3, "replaceAnalysis touched the articles")
    }

    private static func checkSearch(_ store: any ArticleStore) async throws {
        _ = try await store.upsert(sampleArticles())
        try await checkSearches(store)
        // A backend may build a ranking index here; searches answer the same with it.
        try await store.prepareForSearches()
        try await checkSearches(store)
    }

    private static func checkSearches(_ store: any ArticleStore) async throws {
        let hits = try await store.search("bridge", limit: 10)
        try check(hits.map(\.articleId) == ["00000000000000a1"], "search for 'bridge' found \(hits.map(\.articleId))")
        let hostile = try await store.search("'; DROP TABLE article; -- \" OR 1=1", limit: 10)
        try check(hostile.isEmpty, "a hostile query matched articles")
        try check(try await store.articleCount() == 3, "a hostile query changed the store")
        try check(try await store.search("", limit: 10).isEmpty, "an empty query returned hits")
        let filtered = try await store.search(SearchQuery(text: "bridge", outlet: "the harbour post"))
        try check(filtered.map(\.articleId) == ["00000000000000a1"], "search by outlet found \(filtered)")
        try check(filtered.first?.published == Timestamp(iso: "2025-03-19T08:05"), "a hit lacks its publication time")
        let elsewhere = try await store.search(SearchQuery(text: "bridge", outlet: "The Eastern Ledger"))
        try check(elsewhere.isEmpty, "the outlet filter of search let other outlets through")
        let dated = try await store.search(SearchQuery(text: "bridge", from: CivilDate(year: 2025, month: 3, day: 20)))
        try check(dated.isEmpty, "the date filter of search let an earlier article through")
        let inRange = try await store.search(
            SearchQuery(
                text: "bridge", from: CivilDate(year: 2025, month: 3, day: 19),
                to: CivilDate(year: 2025, month: 3, day: 19)
            ))
        try check(inRange.count == 1, "the date filter of search is not inclusive")
        try check(
            try await store.search(SearchQuery(text: "bridge", offset: 1)).isEmpty, "search paging skipped nothing")
    }

    /// Near-duplicate records are found by band key, article and component; saving a stored one again moves
    /// only its component; replacing all starts over.
    private static func checkDedupRecords(_ store: any ArticleStore) async throws {
        try check(try await store.dedupRecordCount() == 0, "a new store has near-duplicate records")
        let first = DedupRecord(articleId: "a", sequence: 0, component: 0, bandKeys: [1, .max], payload: [1, 2])
        let second = DedupRecord(articleId: "b", sequence: 1, component: 1, bandKeys: [.max, 7], payload: [3])
        let third = DedupRecord(articleId: "c", sequence: 2, component: 2, bandKeys: [], payload: [])
        try await store.saveDedupRecords([third, first, second], replacingAll: false)
        try check(try await store.dedupRecordCount() == 3, "not every near-duplicate record was stored")
        try check(
            try await store.dedupRecords(bandKeys: [.max]) == [first, second], "records are not found by band key")
        try check(try await store.dedupRecords(bandKeys: [5]).isEmpty, "an unknown band key found records")
        try check(
            try await store.dedupRecords(articleIds: ["c", "a", "zz"]) == [first, third],
            "records are not found by article, in sequence order")
        var moved = second
        moved.component = 0
        moved.payload = [9]
        try await store.saveDedupRecords([moved], replacingAll: false)
        var expected = second
        expected.component = 0
        try check(
            try await store.dedupRecords(components: [0]) == [first, expected],
            "a record saved again does not keep its payload and take its new component")
        try check(try await store.dedupRecords(components: [1]).isEmpty, "a record kept its old component")
        try await store.saveDedupRecords([third], replacingAll: true)
        let left = try await store.dedupRecords(bandKeys: [1, 7, .max])
        try check(
            try await store.dedupRecordCount() == 1 && left.isEmpty, "replacing all near-duplicate records kept some")
        try await store.saveDedupRecords([], replacingAll: true)
    }

    /// An incremental update replaces the events it names and leaves the others, their comparisons and their
    /// rendered pages alone; derived state and article ids round-trip. Restores the sample analysis.
    private static func checkUpdate(_ store: any ArticleStore, events: [Event]) async throws {
        let ids = sampleArticles().map(\.id)
        try check(try await store.articleIds() == ids, "article ids are not in ingestion order")
        try check(try await store.derivedState("index") == nil, "a new store has derived state")
        try await store.saveDerivedState("index", Data([1, 2]))
        try await store.saveDerivedState("index", Data([3]))
        try await store.saveDerivedState("other", Data([9]))
        try check(try await store.derivedState("index") == Data([3]), "derived state does not round-trip")

        func comparison(_ eventId: String) -> EventComparison {
            EventComparison(
                eventId: eventId, voices: [], claims: [], groups: [], contradictions: [], framing: [], contested: [],
                sourcing: [], coverage: CoverageMatrix(outlets: [], rows: []), summary: [])
        }
        let generation = try await store.analysisGeneration()
        let pages = [
            RenderedPage(key: "json:" + events[0].id, body: [1]), RenderedPage(key: "json:" + events[1].id, body: [2]),
        ]
        try await store.saveRenderedPages(pages, generation: generation)
        let keepsPages = try await store.renderedPage(key: pages[1].key, generation: generation) != nil
        try check(
            try await store.renderedPageKeys(generation: generation) == (keepsPages ? Set(pages.map(\.key)) : []),
            "rendered page keys do not list the stored pages")
        let merged = Event(
            id: "e-dddddddddddd", title: "Bridge collapse and floods", date: events[0].date,
            articleIds: [ids[0], ids[1], ids[2]], outlets: ["The Eastern Ledger", "The Harbour Post"],
            centrality: [1, 0.8, 0.5])
        let extraction = ArticleExtraction(
            articleId: ids[2], entities: [Entity(id: "place:brask", kind: .place, name: "Brask")])
        let stored = try await store.syndicationGroups()
        let copies = SyndicationGroup(
            id: "s-00000000000000c3", originId: ids[2], originReason: .earliest,
            copies: [SyndicatedCopy(articleId: ids[1], similarity: 0.9, containment: 0.9, coverage: 0.9)],
            outlets: ["The Eastern Ledger"])
        try await store.updateAnalysis(
            AnalysisUpdate(
                removedEvents: [events[0].id, events[1].id], events: [merged], extractions: [extraction],
                comparisons: [comparison(merged.id)], removedSyndication: stored.map(\.id), syndication: [copies]))
        let listed = try await store.allEvents()
        try check(
            listed.map(\.id) == [merged.id, events[2].id], "updateAnalysis left \(listed.map(\.id))")
        try check(listed[0] == merged, "an updated event does not round-trip")
        try check(try await store.comparison(eventId: merged.id) == comparison(merged.id), "no comparison stored")
        try check(try await store.extraction(articleId: ids[2]) == extraction, "no extraction stored")
        try check(try await store.extraction(articleId: ids[0]) != nil, "updateAnalysis dropped a kept extraction")
        try check(try await store.syndicationGroups() == [copies], "updateAnalysis did not replace the copy groups")
        try check(
            try await store.syndicationGroups(containing: [ids[0]]).isEmpty, "a removed copy group is still found")
        try check(
            try await store.syndicationGroups(containing: [ids[1]]) == [copies], "a new copy group is not found")
        try check(try await store.analysisGeneration() == generation, "updateAnalysis moved the analysis generation")
        if keepsPages {
            try check(
                try await store.renderedPage(key: pages[0].key, generation: generation) == nil,
                "a replaced event's page outlived the update")
            try await store.saveRenderedPages(
                [RenderedPage(key: "json:" + events[2].id, body: [3])], generation: generation)
            try await store.updateAnalysis(
                AnalysisUpdate(
                    removedEvents: [merged.id], events: [], extractions: [], comparisons: [], syndication: []))
            try check(
                try await store.renderedPage(key: "json:" + events[2].id, generation: generation) == [3],
                "an untouched event's page was dropped")
            try check(try await store.syndicationGroups() == [copies], "an update dropped a copy group it did not name")
        }
        try await store.replaceAnalysis(
            events: events, extractions: [extraction], comparisons: [], syndication: [])
    }

    /// The listing, timeline and outlet queries over the sample analysis (``sampleEvents``).
    private static func checkQueries(_ store: any ArticleStore, events: [Event]) async throws {
        let all = try await store.events(matching: EventFilter(), limit: 10, offset: 0)
        let listed = try await store.allEvents().map(\.id)
        try check(all.total == 3 && all.events.map(\.id) == listed, "unfiltered listing: \(all)")
        try check(try await store.eventCount() == 3, "event count")
        let paged = try await store.events(matching: EventFilter(), limit: 1, offset: 1)
        try check(paged.total == 3 && paged.events.map(\.id) == ["e-aaaaaaaaaaaa"], "paging: \(paged)")
        let byOutlet = try await store.events(matching: EventFilter(outlet: "the harbour post"), limit: 10, offset: 0)
        try check(byOutlet.events.map(\.id) == ["e-aaaaaaaaaaaa"], "outlet filter: \(byOutlet)")
        let byEntity = try await store.events(matching: EventFilter(entity: "kellan bridge"), limit: 10, offset: 0)
        try check(byEntity.events.map(\.id) == ["e-aaaaaaaaaaaa"], "entity filter: \(byEntity)")
        let noEntity = try await store.events(matching: EventFilter(entity: "kellan"), limit: 10, offset: 0)
        try check(noEntity.total == 0, "the entity filter matched part of a name")
        let byTitle = try await store.events(matching: EventFilter(title: "FLOOD"), limit: 10, offset: 0)
        try check(byTitle.events.map(\.id) == ["e-bbbbbbbbbbbb"], "title filter: \(byTitle)")
        let literal = try await store.events(matching: EventFilter(title: "%"), limit: 10, offset: 0)
        try check(literal.total == 0, "a % in the title filter is a wildcard")
        let dated = try await store.events(
            matching: EventFilter(from: CivilDate(year: 2025, month: 6, day: 8)), limit: 10, offset: 0)
        try check(dated.events.map(\.id) == ["e-bbbbbbbbbbbb"], "date filter: \(dated)")
        let timeline = try await store.timeline(matching: EventFilter())
        try check(
            timeline == [
                TimelineDay(date: CivilDate(year: 2025, month: 3, day: 18)!, events: 1, articles: 2),
                TimelineDay(date: CivilDate(year: 2025, month: 6, day: 8)!, events: 1, articles: 1),
            ], "timeline: \(timeline)")
        let outletTimeline = try await store.timeline(matching: EventFilter(outlet: "The Eastern Ledger"))
        try check(outletTimeline.map(\.events) == [1], "timeline of one outlet: \(outletTimeline)")
        let outlets = try await store.outletSummaries()
        try check(
            outlets.map(\.name) == ["The Eastern Ledger", "The Harbour Post"]
                && outlets.map(\.articleCount) == [1, 1] && outlets.map(\.eventCount) == [1, 1],
            "outlets: \(outlets)")
        try check(outlets[1].firstPublished == Timestamp(iso: "2025-03-19T08:05"), "outlet publication range")
        let some = try await store.articles(ids: ["00000000000000c3", "missing", "00000000000000a1"])
        try check(some.map(\.id) == ["00000000000000c3", "00000000000000a1"], "articles(ids:) order or skipping")
        let many = (0..<2000).map { "missing-\($0)" } + ["00000000000000b2"]
        try check(
            try await store.articles(ids: many).map(\.id) == ["00000000000000b2"], "articles(ids:) stops at a limit")
        let home = try await store.event(containingArticle: "00000000000000b2")
        try check(
            home?.id == "e-aaaaaaaaaaaa", "event(containingArticle:) of a second member: \(String(describing: home))")
        let orphan = try await store.event(containingArticle: "00000000000000b")
        try check(orphan == nil, "event(containingArticle:) matched part of an id")
    }
}
