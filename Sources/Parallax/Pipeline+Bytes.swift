import ParallaxIngest
import ParallaxModel
import ParallaxStore

extension Pipeline {
    /// Reads one in-memory file (text, HTML, a feed or JSON Lines; the format is sniffed from the bytes), stores
    /// the new articles, and re-analyses everything stored.
    ///
    /// The in-memory twin of ``ingest(paths:into:progress:)`` for the server's `POST /api/ingest`: no disk I/O,
    /// no local `outlets.json` discovery (an upload has no folder). Idempotent: content already stored is
    /// reported as existing and stored once.
    /// - Parameters:
    ///   - bytes: the file's bytes; over `options.limits.maxFileBytes` the file is refused with a diagnostic.
    ///   - name: the name diagnostics and articles' `path` carry; its extension helps sniff the format.
    ///   - store: where the articles and the new analysis go.
    /// - Throws: only the store's errors; unreadable input is a diagnostic in the report.
    public func ingest(bytes: [UInt8], name: String, into store: any ArticleStore) async throws -> IngestReport {
        let batch = read(bytes: bytes, name: name)
        let articles = batch.articles
        let diagnostics = batch.diagnostics
        let upsert = try await store.upsert(articles)
        // Re-analysis only when something new arrived (an article, or a newer text of one): a repeated upload,
        // or an older text kept in a history only, leaves the analysis as it was.
        let eventCount =
            upsert.inserted.isEmpty && upsert.revised.isEmpty
            ? try await store.allEvents().count
            : try await reanalyze(store).events.count
        return IngestReport(
            files: 1, read: articles.count, inserted: upsert.inserted, existing: upsert.existing,
            revised: upsert.revised, earlier: upsert.earlier, diagnostics: diagnostics, events: eventCount
        )
    }

    /// Reads one in-memory file (the format sniffed from the bytes): its articles, a text repeated within it
    /// kept once, and diagnostics. Over `options.limits.maxFileBytes`, or empty, it is refused with a diagnostic.
    public func read(bytes: [UInt8], name: String) -> ReadBatch {
        let registry = OutletRegistry.bundled.adding(options.outlets)
        let reader = ArticleFileReader(registry: registry, limits: options.limits)
        let result: ArticleFileReader.Result
        if bytes.count > options.limits.maxFileBytes {
            result = ArticleFileReader.Result(
                articles: [],
                diagnostics: [
                    Diagnostic(
                        path: name,
                        message: "the file is \(bytes.count) bytes, over the \(options.limits.maxFileBytes)-byte limit."
                    )
                ])
        } else if bytes.isEmpty {
            result = ArticleFileReader.Result(
                articles: [], diagnostics: [Diagnostic(path: name, message: "the file is empty.")])
        } else {
            result = reader.read(bytes: bytes, path: name)
        }
        var articles: [Article] = []
        var diagnostics = result.diagnostics
        var repeats = RepeatedTexts()
        for article in result.articles where repeats.admit(article, diagnostics: &diagnostics) {
            articles.append(article)
        }
        return ReadBatch(articles: articles, diagnostics: diagnostics, fileCount: 1)
    }
}
