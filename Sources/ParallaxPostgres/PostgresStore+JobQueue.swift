#if PostgreSQL
    import ParallaxModel
    import ParallaxStore
    import PostgresNIO

    extension PostgresStore {
        public func enqueue(files: [QueuedFile]) async throws -> Int {
            guard !files.isEmpty else { return 0 }
            return try await wrap {
                // One transaction: all of the files are queued, in order, or none.
                try await client.withTransaction(logger: logger) { connection in
                    for file in files {
                        let content = file.content.map { ByteBuffer(bytes: $0) }
                        try await connection.query(
                            "INSERT INTO job (path, content) VALUES (\(file.path), \(content))", logger: logger)
                    }
                }
                return files.count
            }
        }

        public func processJobs(
            limit: Int, worker: String, _ read: @Sendable ([QueuedJob]) async throws -> JobBatchInput
        ) async throws -> JobBatchResult? {
            try await wrap {
                try await client.withTransaction(logger: logger) { connection -> JobBatchResult? in
                    // SKIP LOCKED: jobs another worker's open batch holds are passed over, not waited for. The row
                    // locks last until this transaction ends, so a worker that dies releases its batch.
                    let rows = try await connection.query(
                        """
                        SELECT id, path, content FROM job WHERE state = 'pending' ORDER BY id
                        LIMIT \(max(1, limit)) FOR UPDATE SKIP LOCKED
                        """, logger: logger)
                    var jobs: [QueuedJob] = []
                    for try await (id, path, content) in rows.decode((Int64, String, ByteBuffer?).self) {
                        jobs.append(QueuedJob(id: id, path: path, content: content.map { Array(buffer: $0) }))
                    }
                    guard !jobs.isEmpty else { return nil }
                    let input = try await read(jobs)
                    let upsert = try await PostgresRows.insert(
                        input.articles, jobIds: input.jobIds, on: connection, logger: logger)
                    let inserted = Set(upsert.inserted)
                    try await PostgresRows.insertNew(
                        input.extractions.filter { inserted.contains($0.articleId) }, on: connection, logger: logger)
                    try await connection.query(
                        """
                        UPDATE job SET state = 'stored', worker = \(worker), stored_at = now()
                        WHERE id = ANY(\(jobs.map(\.id))::int8[])
                        """, logger: logger)
                    return JobBatchResult(jobs: jobs, input: input, upsert: upsert)
                }
            }
        }

        public func withAnalysisLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
            try await wrap {
                // A session lock on one leased connection: released by unlock, or by the server when the
                // connection (or the whole process) dies.
                try await client.withConnection { connection in
                    try await connection.query("SELECT pg_advisory_lock(\(Self.analysisLockKey))", logger: logger)
                    let value: T
                    do {
                        value = try await body()
                    } catch {
                        _ = try? await connection.query(
                            "SELECT pg_advisory_unlock(\(Self.analysisLockKey))", logger: logger)
                        throw error
                    }
                    try await connection.query("SELECT pg_advisory_unlock(\(Self.analysisLockKey))", logger: logger)
                    return value
                }
            }
        }

        public func jobsAwaitingAnalysis() async throws -> [Int64] {
            try await wrap {
                var ids: [Int64] = []
                for try await id in try await client.query(
                    "SELECT id FROM job WHERE state = 'stored' ORDER BY id", logger: logger
                ).decode(Int64.self) {
                    ids.append(id)
                }
                return ids
            }
        }

        public func markAnalysed(_ ids: [Int64]) async throws {
            guard !ids.isEmpty else { return }
            try await wrap {
                try await client.query(
                    "UPDATE job SET state = 'analysed' WHERE id = ANY(\(ids)::int8[]) AND state = 'stored'",
                    logger: logger)
            }
        }

        public func jobCounts() async throws -> JobCounts {
            try await wrap {
                var counts = JobCounts()
                for try await (state, count) in try await client.query(
                    "SELECT state, count(*) FROM job GROUP BY state", logger: logger
                ).decode((String, Int).self) {
                    switch state {
                    case "pending": counts.pending = count
                    case "stored": counts.stored = count
                    default: counts.analysed = count
                    }
                }
                return counts
            }
        }
    }
#endif
