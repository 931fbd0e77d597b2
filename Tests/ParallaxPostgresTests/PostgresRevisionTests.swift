import Testing

#if PostgreSQL
    import Foundation
    import Parallax
    import ParallaxModel
    import ParallaxPostgres
    import ParallaxStore
    import ParallaxTesting
    import PostgresNIO

    /// A changed text at a known address is a revision in PostgreSQL too, through the pipeline and through the
    /// job queue's workers.
    @Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipReason))
    struct PostgresRevisionTests {
        @Test(.timeLimit(.minutes(1))) func aRevisedTollIsARevisionOfOneArticle() async throws {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-pgrev-\(UUID())")
            defer { try? FileManager.default.removeItem(at: directory) }
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                let pipeline = Pipeline()
                let first = try await pipeline.ingest(
                    paths: [
                        try RevisionFixtures.write(
                            RevisionFixtures.ferry(dead: "12", date: "2025-04-02", title: "Ferry capsizes"), "f.txt",
                            in: directory),
                        try RevisionFixtures.write(RevisionFixtures.ledger, "ledger.txt", in: directory),
                    ], into: store)
                #expect(first.inserted.count == 2)
                let id = try #require(try await store.allArticles().first { $0.outlet == "Portvale Gazette" }?.id)
                let revised = try RevisionFixtures.write(
                    RevisionFixtures.ferry(dead: "19", date: "2025-04-02", title: "Ferry toll rises"), "f.txt",
                    in: directory)
                let second = try await pipeline.ingest(paths: [revised], into: store)
                #expect(second.revised == [id])
                #expect(second.analysis?.revisedArticles == 1)
                #expect(try await store.article(id: id)?.text.contains("At least 19 people") == true)
                #expect(try await store.revisions(articleId: id).map(\.isCurrent) == [false, true])
                #expect(try await store.event(containingArticle: id) != nil)
                #expect(try await store.revisedArticleIds().isEmpty)
                // Through the queue: an enqueued older fetch is an earlier revision, not a third article.
                let older = RevisionFixtures.ferry(dead: "8", date: "2025-04-01", title: "Ferry in distress")
                _ = try await store.enqueue(files: [QueuedFile(path: "older.txt", content: Array(older.utf8))])
                let report = try await pipeline.work(queue: store, worker: "test")
                #expect(report.earlier == [id])
                #expect(try await store.articleCount() == 2)
                #expect(try await store.revisions(articleId: id).count == 3)
            }
        }

        /// A store made before address keys were kept (migration v8 leaves them NULL) gets them on connecting.
        @Test(.timeLimit(.minutes(1))) func articlesStoredBeforeKeysGetThemOnConnecting() async throws {
            try await TestDatabase.withFresh { url in
                let first = StoreConformance.ferryStory(
                    id: "00000000000000f1", url: "https://portvale-gazette.example/news/ferry", dead: "twelve",
                    published: "2025-04-02", title: "Ferry capsizes")
                let old = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                _ = try await old.upsert([first])
                old.close()
                try await TestDatabase.admin(url, "UPDATE article SET url_key = NULL")
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                let revised = StoreConformance.ferryStory(
                    id: "00000000000000f2", url: "http://www.portvale-gazette.example/news/ferry/", dead: "nineteen",
                    published: "2025-04-02", title: "Ferry toll rises")
                #expect(try await store.upsert([revised]).revised == [first.id])
                #expect(try await store.articleCount() == 1)
            }
        }
    }
#endif
