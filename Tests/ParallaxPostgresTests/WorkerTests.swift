#if PostgreSQL
    import Foundation
    import Parallax
    import ParallaxModel
    import ParallaxPostgres
    import ParallaxStore
    import ParallaxTesting
    import Testing

    @Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipReason))
    struct WorkerTests {
        /// The example corpus copied to a fresh folder, plus three files repeating other files' text: 20 jobs,
        /// 17 distinct articles.
        private func corpus() throws -> (folder: URL, files: [String]) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "parallax-jobs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let names = try FileManager.default.contentsOfDirectory(atPath: SharedData.examples.path)
                .filter { $0.hasSuffix(".txt") }.sorted()
            var files: [String] = []
            for name in names {
                let target = folder.appendingPathComponent(name)
                try FileManager.default.copyItem(at: SharedData.examples.appendingPathComponent(name), to: target)
                files.append(target.path)
            }
            for (index, name) in names.prefix(3).enumerated() {
                let target = folder.appendingPathComponent("copy-\(index)-\(name)")
                try FileManager.default.copyItem(at: SharedData.examples.appendingPathComponent(name), to: target)
                files.append(target.path)
            }
            return (folder, files)
        }

        @Test(.timeLimit(.minutes(2))) func twoWorkersStoreEveryJobExactlyOnce() async throws {
            let (folder, files) = try corpus()
            defer { try? FileManager.default.removeItem(at: folder) }
            let distinct = files.count - 3
            try await TestDatabase.withFresh { url in
                // Two clients: two sessions, as two processes would have.
                let first = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                let second = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer {
                    first.close()
                    second.close()
                }
                #expect(try await first.enqueue(paths: files) == files.count)

                async let a = Pipeline().work(queue: first, worker: "a", batchSize: 2)
                async let b = Pipeline().work(queue: second, worker: "b", batchSize: 2)
                let (reportA, reportB) = try await (a, b)

                // Every job stored once, by one worker.
                #expect(Set(reportA.jobs).isDisjoint(with: reportB.jobs))
                #expect(reportA.jobs.count + reportB.jobs.count == files.count)
                // Every distinct article inserted once; the repeats found as existing.
                #expect(Set(reportA.inserted).isDisjoint(with: reportB.inserted))
                #expect(reportA.inserted.count + reportB.inserted.count == distinct)
                #expect(reportA.existing.count + reportB.existing.count == 3)
                #expect(try await first.articleCount() == distinct)
                // Every job analysed once, and the analysis is the one a single process makes.
                #expect(reportA.analysedJobs + reportB.analysedJobs == files.count)
                #expect(try await first.jobCounts() == JobCounts(pending: 0, stored: 0, analysed: files.count))
                let events = try await first.allEvents()
                let assigned = events.flatMap(\.articleIds)
                #expect(assigned.count == distinct)
                #expect(Set(assigned) == Set(try await first.allArticles().map(\.id)))

                let reference = MemoryStore()
                _ = try await Pipeline().ingest(paths: files, into: reference)
                // The analysis reads the articles in the queue's order, whichever worker committed first.
                #expect(try await first.allArticles().map(\.id) == reference.allArticles().map(\.id))
                let expected = try await reference.allEvents()
                #expect(events.map(\.id) == expected.map(\.id))
                #expect(events.map { Set($0.articleIds) } == expected.map { Set($0.articleIds) })
            }
        }

        /// Jobs that carry their bytes need no shared file system: the files are gone before the workers run,
        /// and the store ends up as an ingest of the files would.
        @Test(.timeLimit(.minutes(2))) func jobsWithTheirBytesNeedNoSharedFiles() async throws {
            let (folder, files) = try corpus()
            let queued = try files.map {
                QueuedFile(path: $0, content: [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))))
            }
            let reference = MemoryStore()
            _ = try await Pipeline().ingest(paths: files, into: reference)
            try FileManager.default.removeItem(at: folder)
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                #expect(try await store.enqueue(files: queued) == files.count)
                let report = try await Pipeline().work(queue: store, worker: "remote", batchSize: 4)
                #expect(report.jobs.count == files.count)
                #expect(try await store.allArticles().map(\.id) == reference.allArticles().map(\.id))
                #expect(try await store.allEvents().map(\.id) == reference.allEvents().map(\.id))
            }
        }

        /// Workers extract what they read and store it with the articles; a second round of jobs is then
        /// analysed at the cost of what it adds (the analysis generation, which only a whole-store analysis
        /// moves, stays), and ends as two ingests of the same files in one process do.
        @Test(.timeLimit(.minutes(2))) func aSecondRoundIsAnalysedIncrementally() async throws {
            let (folder, files) = try corpus()
            defer { try? FileManager.default.removeItem(at: folder) }
            let (early, late) = (Array(files.prefix(8)), Array(files.dropFirst(8)))
            let reference = MemoryStore()
            _ = try await Pipeline().ingest(paths: early, into: reference)
            _ = try await Pipeline().ingest(paths: late, into: reference)
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                _ = try await store.enqueue(paths: early)
                _ = try await Pipeline().work(queue: store, worker: "first", batchSize: 4)
                let generation = try await store.analysisGeneration()

                // Stored, not yet analysed: the extractions are there already, from the worker that read them.
                _ = try await store.enqueue(paths: late)
                _ = try await store.processJobs(limit: 100, worker: "reader") { jobs in
                    await Pipeline().read(jobs: jobs)
                }
                #expect(try await store.jobCounts().stored == late.count)
                for article in try await store.allArticles() {
                    #expect(try await store.extraction(articleId: article.id) != nil)
                }

                let report = try await Pipeline().work(queue: store, worker: "second", batchSize: 4)
                #expect(report.analysedJobs == late.count)
                #expect(try await store.analysisGeneration() == generation)
                let events = try await store.allEvents()
                let expected = try await reference.allEvents()
                #expect(events.map(\.id) == expected.map(\.id))
                #expect(events.map { Set($0.articleIds) } == expected.map { Set($0.articleIds) })
            }
        }

        @Test(.timeLimit(.minutes(1))) func aFailedBatchStoresNothingAndStaysQueued() async throws {
            let (folder, files) = try corpus()
            defer { try? FileManager.default.removeItem(at: folder) }
            struct Interrupted: Error {}
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                _ = try await store.enqueue(paths: files)
                await #expect(throws: (any Error).self) {
                    _ = try await store.processJobs(limit: 4, worker: "doomed") { jobs in
                        // The batch's articles are read, then the worker "dies" before the commit.
                        let read = await Pipeline().read(paths: jobs.map(\.path))
                        #expect(read.articles.count == 4)
                        throw Interrupted()
                    }
                }
                #expect(try await store.articleCount() == 0)
                #expect(try await store.jobCounts() == JobCounts(pending: files.count))

                let report = try await Pipeline().work(queue: store, worker: "next", batchSize: 4)
                #expect(report.jobs.count == files.count)
                #expect(try await store.articleCount() == files.count - 3)
            }
        }

        @Test(.timeLimit(.minutes(1))) func anEmptyQueueLeavesTheAnalysisAlone() async throws {
            try await TestDatabase.withFresh { url in
                let store = try await PostgresStore.connect(url: url, logger: TestDatabase.logger)
                defer { store.close() }
                let report = try await Pipeline().work(queue: store, worker: "idle")
                #expect(report.jobs.isEmpty)
                #expect(report.events == nil)
            }
        }
    }
#endif
