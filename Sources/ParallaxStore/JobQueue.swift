import ParallaxModel

/// One queued unit of work: a file for a worker to read and store.
public struct QueuedJob: Hashable, Sendable {
    /// The queue's id for the job, increasing in the order jobs were enqueued.
    public var id: Int64
    /// The file's path where it was enqueued (its name in diagnostics and articles).
    public var path: String
    /// The file's bytes, when they were enqueued with it (workers on any machine can read them); nil when
    /// only the path was (workers must see the same file system as `parallax enqueue`).
    public var content: [UInt8]?

    public init(id: Int64, path: String, content: [UInt8]? = nil) {
        self.id = id
        self.path = path
        self.content = content
    }
}

/// A file to enqueue: its path, and its bytes unless workers are to read it from a shared file system.
public struct QueuedFile: Hashable, Sendable {
    public var path: String
    public var content: [UInt8]?

    public init(path: String, content: [UInt8]? = nil) {
        self.path = path
        self.content = content
    }
}

/// What a worker read from a batch of jobs.
public struct JobBatchInput: Hashable, Sendable {
    /// The articles to store, job by job in the batch's order, each job's in its file's order.
    public var articles: [Article]
    /// The job each article came from (parallel to `articles`). The store keeps each article's place as
    /// (job, position), so the order the analysis reads articles in is the queue's order, whatever the
    /// interleaving of the workers' commits.
    public var jobIds: [Int64]
    /// Problems met while reading (reported, never stored).
    public var diagnostics: [Diagnostic]
    /// Extractions of some of the articles, worked out by the worker that read them so that workers share the
    /// analysis: the store keeps those of articles it stores first, beside them, and the analysis uses them
    /// instead of extracting again. An article stored before keeps the extraction it has.
    public var extractions: [ArticleExtraction]

    public init(
        articles: [Article], jobIds: [Int64], diagnostics: [Diagnostic] = [], extractions: [ArticleExtraction] = []
    ) {
        precondition(articles.count == jobIds.count, "one job id per article")
        self.articles = articles
        self.jobIds = jobIds
        self.diagnostics = diagnostics
        self.extractions = extractions
    }
}

/// What one processed batch of jobs did.
public struct JobBatchResult: Hashable, Sendable {
    /// The jobs of the batch, now stored.
    public var jobs: [QueuedJob]
    /// What the worker read.
    public var input: JobBatchInput
    /// What the batch's articles added to the store.
    public var upsert: UpsertResult

    public init(jobs: [QueuedJob], input: JobBatchInput, upsert: UpsertResult) {
        self.jobs = jobs
        self.input = input
        self.upsert = upsert
    }
}

/// How many jobs are in each state.
public struct JobCounts: Hashable, Sendable, Codable {
    /// Waiting for a worker (including jobs a worker holds in an uncommitted batch).
    public var pending: Int
    /// Articles stored; the store's analysis does not include them yet.
    public var stored: Int
    /// Articles stored and analysed.
    public var analysed: Int

    public init(pending: Int = 0, stored: Int = 0, analysed: Int = 0) {
        self.pending = pending
        self.stored = stored
        self.analysed = analysed
    }
}

/// A store that also holds a queue of ingestion work that several worker processes share.
///
/// A job moves `pending` → `stored` → `analysed`. Claiming a batch, storing its articles and marking it stored
/// are one transaction, so a worker that dies mid-batch leaves no partial article and its jobs go back to
/// `pending` for the next worker. Re-analysis (dedup index, clustering, extraction, comparison) is a
/// single-writer step: ``withAnalysisLock(_:)`` admits one holder across all processes.
public protocol JobQueue: ArticleStore {
    /// Adds one pending job per file, in order, with its bytes when given; returns how many were added.
    func enqueue(files: [QueuedFile]) async throws -> Int

    /// Claims up to `limit` pending jobs that no other worker holds, lets `read` turn them into articles, and
    /// in the same transaction stores the articles (with the extractions `read` gives of those stored first)
    /// and marks the jobs stored.
    ///
    /// If `read` throws or the process dies, nothing of the batch is stored and its jobs stay pending.
    /// - Returns: the batch, or nil when no pending job was free to claim.
    func processJobs(
        limit: Int, worker: String, _ read: @Sendable ([QueuedJob]) async throws -> JobBatchInput
    ) async throws -> JobBatchResult?

    /// Runs `body` while holding the queue's analysis lock, waiting for it if another process holds it.
    func withAnalysisLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T

    /// The ids of jobs whose articles are stored but not yet analysed.
    func jobsAwaitingAnalysis() async throws -> [Int64]

    /// Marks jobs as analysed (call while holding the analysis lock, after the analysis is stored).
    func markAnalysed(_ ids: [Int64]) async throws

    /// How many jobs are in each state.
    func jobCounts() async throws -> JobCounts
}

extension JobQueue {
    /// Adds one pending job per path (workers read the files themselves), in order.
    public func enqueue(paths: [String]) async throws -> Int {
        try await enqueue(files: paths.map { QueuedFile(path: $0) })
    }
}
