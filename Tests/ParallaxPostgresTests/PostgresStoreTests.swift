import Testing

#if PostgreSQL
    import Foundation
    import ParallaxModel
    import ParallaxPostgres
    import ParallaxStore
    import ParallaxTesting

    @Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipReason))
    struct PostgresStoreTests {
        @Test(.timeLimit(.minutes(1))) func passesTheConformanceSuite() async throws {
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                try await StoreConformance.run(store)
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

        @Test(.timeLimit(.minutes(1))) func searchRanksTitleMatchesAndMarksSnippets() async throws {
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                _ = try await store.upsert([
                    Article(id: "1", title: "Harbour news", text: "The ferry resumed; the bridge was mentioned once."),
                    Article(
                        id: "2", title: "Bridge reopens",
                        text: "The bridge reopened to traffic after repairs to the bridge deck."),
                ])
                let hits = try await store.search("bridge", limit: 5)
                #expect(hits.map(\.articleId) == ["2", "1"])
                #expect(hits.first?.snippet.contains("[bridge]") == true)
                // Prefixes match, as in the SQLite store: "reop" finds "reopened".
                #expect(try await store.search("reop", limit: 5).map(\.articleId) == ["2"])
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
