import Testing

#if PostgreSQL
    import Foundation
    import ParallaxModel
    import ParallaxPostgres
    import ParallaxStore
    import ParallaxTesting

    @Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipReason))
    struct PostgresStoreTests {
        @Test(.timeLimit(.minutes(1)), arguments: StoreConformance.Behaviour.allCases)
        func passesTheConformanceSuite(_ behaviour: StoreConformance.Behaviour) async throws {
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                try await StoreConformance.check(behaviour, on: store)
            }
        }

        @Test(.timeLimit(.minutes(1))) func dataSurvivesReconnecting() async throws {
            try await TestDatabase.withFresh { url in
                let articles = StoreConformance.sampleArticles()
                let first = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                _ = try await first.upsert(articles)
                first.close()
                // Reconnecting runs the migrations again: they must be skipped, not re-applied.
                let reopened = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { reopened.close() }
                #expect(try await reopened.allArticles() == articles)
                #expect(try await reopened.upsert(articles).inserted.isEmpty)
            }
        }

        @Test(.timeLimit(.minutes(1))) func chineseAndRussianWordsAreFound() async throws {
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                _ = try await store.upsert([
                    Article(id: "zh1", title: "李文华同来访总理举行会谈", text: "国家主席李文华15日同来访的总理举行会谈，双方签署了七项合作协议。"),
                    Article(id: "zh2", title: "港口罢工进入第三天", text: "港口工人罢工进入第三天，码头货物积压严重。"),
                    Article(
                        id: "ru1", title: "Волков провёл переговоры",
                        text: "Президент Волков в среду провёл разговор в Москве."),
                ])
                for (query, ids) in [("李文华", ["zh1"]), ("罢工", ["zh2"]), ("Волков", ["ru1"]), ("москве", ["ru1"])] {
                    #expect(try await store.search(query, limit: 5).map(\.articleId) == ids, "\(query)")
                }
                // The characters of a name, apart, are not the name.
                #expect(try await store.search("李华", limit: 5).isEmpty)
            }
        }

        @Test(.timeLimit(.minutes(1))) func searchRanksTitleMatchesAndMarksSnippets() async throws {
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                _ = try await store.upsert([
                    Article(
                        id: "1", title: "Harbour news",
                        text: "The ferry [sic] resumed; \u{E000}the bridge was mentioned once."),
                    Article(
                        id: "2", title: "Bridge reopens",
                        text: "The bridge reopened to traffic after repairs to the bridge deck."),
                ])
                let hits = try await store.search("bridge", limit: 5)
                #expect(hits.map(\.articleId) == ["2", "1"])
                #expect(hits.first?.snippet.contains("[bridge]") == true)
                // Only the matches are highlighted: not the article's own "[sic]", and its private-use characters
                // (the store's match markers) are left out.
                let marked = hits.map { hit in
                    let scalars = Array(hit.snippet.unicodeScalars)
                    return hit.highlights.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
                }
                #expect(marked == [["bridge"], ["bridge"]])
                #expect(
                    hits.last?.snippet.contains("[sic]") == true && hits.last?.snippet.contains("\u{E000}") == false)
                // Prefixes match, as in the SQLite store: "reop" finds "reopened".
                #expect(try await store.search("reop", limit: 5).map(\.articleId) == ["2"])
            }
        }

        @Test(.timeLimit(.minutes(1))) func aRepeatedIdInAnAnalysisKeepsTheLastValue() async throws {
            // A real 3,000-article analysis repeated an id; SQLite's INSERT OR REPLACE kept the last, and a
            // single INSERT … ON CONFLICT DO UPDATE refused the batch.
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                let old = ArticleExtraction(articleId: "a1")
                let new = ArticleExtraction(
                    articleId: "a1", entities: [Entity(id: "place:brask", kind: .place, name: "Brask")])
                let group = SyndicationGroup(
                    id: "s-a1", originId: "a1", originOutlet: nil, originReason: .earliest, copies: [], outlets: [])
                let event = Event(id: "e-1", title: "First", date: nil, articleIds: ["a1"], outlets: [])
                var renamed = event
                renamed.title = "Second"
                try await store.replaceAnalysis(
                    events: [event, renamed], extractions: [old, new], comparisons: [], syndication: [group, group])
                #expect(try await store.extraction(articleId: "a1") == new)
                #expect(try await store.allEvents().map(\.title) == ["Second"])
                #expect(try await store.syndicationGroups() == [group])
            }
        }

        @Test(.timeLimit(.minutes(1))) func unreachableServerNamesTheURLWithoutThePassword() async throws {
            let url = "postgres://someone:secret@127.0.0.1:1/nothing"
            await #expect {
                try await PostgresStore.connect(url: url, logger: TestDatabase.logger, timeout: .seconds(2))
            } throws: { error in
                let message = (error as? ParallaxError)?.message ?? ""
                return message.contains("127.0.0.1:1") && !message.contains("secret")
            }
        }
    }
#else
    @Suite struct PostgresStoreTests {
        @Test(.disabled("built without the PostgreSQL trait: swift test --traits PostgreSQL"))
        func passesTheConformanceSuite() {}
    }
#endif
