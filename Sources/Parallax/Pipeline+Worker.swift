import Foundation
import ParallaxIngest
import ParallaxModel
import ParallaxStore

/// What one `parallax worker` did.
public struct WorkerReport: Sendable, Codable {
    /// The ids of the jobs this worker stored.
    public var jobs: [Int64] = []
    /// Articles read from those jobs' files.
    public var read = 0
    /// Articles this worker stored first.
    public var inserted: [String] = []
    /// Articles that another job (or an earlier run) had stored already.
    public var existing: [String] = []
    /// Stored articles that took a newer text at their address (``ArticleRevision``).
    public var revised: [String] = []
    /// Stored articles an older text arrived for at their address: kept as an earlier revision only.
    public var earlier: [String] = []
    /// Problems met while reading.
    public var diagnostics: [Diagnostic] = []
    /// Jobs whose articles this worker's re-analysis took in (0 when another worker's did).
    public var analysedJobs = 0
    /// Events after this worker's re-analysis, if it ran one.
    public var events: Int?

    public init() {}
}

extension Pipeline {
    /// Works through a shared job queue until no pending job is free, then, if no other worker still holds
    /// jobs, brings the analysis up to date.
    ///
    /// Many workers (processes, machines) can run this on one queue at once: each batch of `batchSize` jobs is
    /// claimed, read and stored in one transaction, so no job is stored twice and a worker that dies loses
    /// nothing (its batch returns to the queue). Articles are keyed by text and source, so a publication that two jobs carry
    /// is stored once. Each worker extracts the articles it reads (so extraction runs in every worker at once)
    /// and stores the extractions with them; dedup, clustering and comparison of what is new then run in one
    /// worker at a time (``analyzeQueue(_:)``, an incremental ``update(_:)``), normally the last to finish:
    /// every article ends up in exactly one event. A worker that dies mid-batch leaves its jobs pending, for
    /// the next worker to store and analyse.
    /// - Parameters:
    ///   - worker: a name recorded on the jobs this worker stores (host and process id, say).
    ///   - hold: how long each batch stays open after it is read, before its commit: zero, except in crash
    ///     tests, which need a worker to die mid-batch.
    ///   - progress: called after each stored batch with the report so far.
    /// - Throws: only the store's errors; unreadable files are diagnostics.
    public func work(
        queue: any JobQueue, worker: String, batchSize: Int = 16, hold: Duration = .zero,
        progress: (@Sendable (WorkerReport) -> Void)? = nil
    ) async throws -> WorkerReport {
        var report = WorkerReport()
        let pipeline = self
        while let batch = try await queue.processJobs(
            limit: batchSize, worker: worker,
            { jobs in
                let input = await pipeline.read(jobs: jobs)
                if hold > .zero { try await Task.sleep(for: hold) }
                return input
            })
        {
            report.jobs += batch.jobs.map(\.id)
            report.read += batch.input.articles.count
            report.inserted += batch.upsert.inserted
            report.existing += batch.upsert.existing
            report.revised += batch.upsert.revised
            report.earlier += batch.upsert.earlier
            report.diagnostics += batch.input.diagnostics
            progress?(report)
        }
        // Jobs still pending now are in other workers' open batches: the last worker to finish analyses,
        // so that the analysis runs once over everything instead of once per worker.
        if try await queue.jobCounts().pending == 0, let analysed = try await analyzeQueue(queue) {
            report.analysedJobs = analysed.jobs
            report.events = analysed.events
        }
        return report
    }

    /// Brings the analysis up to date (``update(_:)``: at the cost of what is new, with the extractions the
    /// workers stored) if any job's articles are stored but not analysed, holding the queue's analysis lock so
    /// that one process at a time writes the analysis.
    /// - Returns: the jobs taken in and the number of events, or nil when the analysis was up to date.
    @discardableResult
    public func analyzeQueue(_ queue: any JobQueue) async throws -> (jobs: Int, events: Int)? {
        let pipeline = self
        return try await queue.withAnalysisLock {
            // Read under the lock: jobs stored after this point are left for the next analysis.
            let ids = try await queue.jobsAwaitingAnalysis()
            guard !ids.isEmpty else { return nil }
            let update = try await pipeline.update(queue)
            try await queue.markAnalysed(ids)
            return (ids.count, update.events)
        }
    }
}

extension WorkerReport {
    /// What one round of `worker` did, in one sentence.
    public func text(worker: String) -> String {
        let analysis =
            events.map { "re-analysed \(analysedJobs) jobs: \($0) events" }
            ?? "no re-analysis (up to date, or left to the last worker)"
        return
            "\(worker): \(jobs.count) jobs, \(read) articles read: \(inserted.count) new, \(existing.count) already stored; \(analysis)."
    }
}

extension Pipeline {
    /// The files under `paths` (directories searched recursively), as ``read(paths:progress:)`` finds them,
    /// with a diagnostic for each path that cannot be read.
    public func inputFiles(_ paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        InputCollector.files(in: paths)
    }

    /// The files under `paths` as jobs for a queue: each with its bytes, so workers on any machine can read it,
    /// or by its absolute path alone when `byPath` or when it is larger than `maxFileBytes` (with a warning);
    /// a diagnostic for each path that cannot be read.
    public func queuedFiles(_ paths: [String], byPath: Bool, maxFileBytes: Int) -> (
        files: [QueuedFile], diagnostics: [Diagnostic]
    ) {
        let (files, unreadable) = inputFiles(paths)
        var diagnostics = unreadable
        var queued: [QueuedFile] = []
        for file in files {
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            guard !byPath else {
                queued.append(QueuedFile(path: path))
                continue
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            guard size <= maxFileBytes else {
                diagnostics.append(
                    Diagnostic(
                        severity: .warning, path: file,
                        message:
                            "the file is \(size) bytes, over --max-file-bytes \(maxFileBytes): queued by path, so workers must see it."
                    ))
                queued.append(QueuedFile(path: path))
                continue
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(Diagnostic(path: file, message: "the file cannot be read."))
                continue
            }
            queued.append(QueuedFile(path: path, content: [UInt8](data)))
        }
        return (queued, diagnostics)
    }
}

extension Pipeline {
    /// Reads each job's file (in parallel), keeping job order and noting each article's job. A text that
    /// two jobs of the batch carry is kept once, at its first job, with a warning, as ``read(paths:progress:)``
    /// does across files.
    public func read(jobs: [QueuedJob]) async -> JobBatchInput {
        var batches = [ReadBatch?](repeating: nil, count: jobs.count)
        await withTaskGroup(of: (Int, ReadBatch).self) { group in
            for (index, job) in jobs.enumerated() {
                group.addTask {
                    guard let content = job.content else { return (index, await self.read(paths: [job.path])) }
                    return (index, self.read(bytes: content, name: job.path))
                }
            }
            for await (index, batch) in group { batches[index] = batch }
        }
        var articles: [Article] = []
        var jobIds: [Int64] = []
        var diagnostics: [Diagnostic] = []
        var repeats = RepeatedTexts()
        for (job, batch) in zip(jobs, batches) {
            guard let batch else { continue }
            diagnostics += batch.diagnostics
            for article in batch.articles where repeats.admit(article, diagnostics: &diagnostics) {
                articles.append(article)
                jobIds.append(job.id)
            }
        }
        // Extraction here, in the worker that read the articles (in parallel with the other workers): the
        // analysis, one worker at a time, then uses the stored extractions.
        return JobBatchInput(
            articles: articles, jobIds: jobIds, diagnostics: diagnostics, extractions: await extract(articles))
    }
}
