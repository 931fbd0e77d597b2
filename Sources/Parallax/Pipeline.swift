import Foundation
import ParallaxCluster
import ParallaxCompare
import ParallaxDedup
import ParallaxExtract
import ParallaxIngest
import ParallaxModel
import ParallaxStore

/// The one API the shells call: read → find copies → extract → cluster → link → compare, as value-in,
/// value-out steps (the store is the caller's: ``StoreLocation`` opens one).
///
/// The caller owns disk and store I/O choices; every stage meets the others only through model values.
public struct Pipeline: Sendable {
    /// Settings for every stage.
    public struct Options: Sendable {
        public var clustering = ClusteringOptions()
        public var limits = ReadLimits()
        /// Extra outlets (a corpus's own registry) on top of the bundled registry.
        public var outlets: [Outlet] = []
        /// Look for `outlets.json` beside the inputs.
        public var discoverLocalRegistries = true
        /// Report (and store) every contradiction found, not only the confident ones (`--all-contradictions`).
        public var includeAllContradictions = false

        public init() {}
    }

    public var options: Options
    /// Called as long steps advance (reading, extracting, clustering, comparing, storing), when set.
    public var progress: (@Sendable (PipelineProgress) -> Void)?

    public init(options: Options = Options(), progress: (@Sendable (PipelineProgress) -> Void)? = nil) {
        self.options = options
        self.progress = progress
    }

    /// A pipeline that reads within `limits`, with default settings otherwise.
    public init(limits: ReadLimits) {
        var options = Options()
        options.limits = limits
        self.init(options: options)
    }

    /// Tells the progress handler, if any, how far `step` has got.
    func report(_ step: PipelineProgress.Step, _ done: Int, of total: Int) {
        progress?(PipelineProgress(step: step, done: done, total: total))
    }

    // MARK: Reading

    /// Reads every file under `paths`; never throws. Exact duplicates within the batch are kept once, with a
    /// warning naming the file they repeat.
    /// - Parameters:
    ///   - known: fingerprints of files already ingested (``FileFingerprints``): when given, every file is
    ///     fingerprinted, one among them is skipped unparsed, and the others' fingerprints are returned.
    ///   - progress: called with (files done, files total) as files are read.
    /// `-` among the paths reads standard input (up to the file size limit).
    public func read(
        paths: [String], known: Set<UInt64>? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> ReadBatch {
        let (files, collectDiagnostics) = InputCollector.files(in: paths.filter { $0 != "-" })
        var standardInput: ArticleFileReader.Result?
        var registry = OutletRegistry.bundled.adding(options.outlets)
        if options.discoverLocalRegistries { registry = registry.adding(InputCollector.localRegistries(for: paths)) }
        let reader = ArticleFileReader(registry: registry, limits: options.limits)
        if paths.contains("-") {
            let data = FileHandle.standardInput.readData(ofLength: options.limits.maxFileBytes + 1)
            standardInput =
                data.count > options.limits.maxFileBytes
                ? ArticleFileReader.Result(
                    articles: [],
                    diagnostics: [
                        Diagnostic(
                            path: "-", message: "standard input is over the \(options.limits.maxFileBytes)-byte limit.")
                    ])
                : reader.read(bytes: [UInt8](data), path: "-")
        }
        var results = [ArticleFileReader.Result?](repeating: nil, count: files.count)
        var fingerprints: [UInt64] = []
        var unchanged = 0
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        await withTaskGroup(of: (Int, ArticleFileReader.Result?, UInt64?).self) { group in
            var next = 0
            var done = 0
            func submit() {
                guard next < files.count else { return }
                let index = next
                next += 1
                group.addTask {
                    guard let known else { return (index, reader.read(path: files[index]), nil) }
                    let fingerprint = FileFingerprints.of(path: files[index])
                    if let fingerprint, known.contains(fingerprint) { return (index, nil, fingerprint) }
                    return (index, reader.read(path: files[index]), fingerprint)
                }
            }
            for _ in 0..<min(workers * 2, files.count) { submit() }
            for await (index, result, fingerprint) in group {
                results[index] = result
                if result == nil {
                    unchanged += 1
                } else if let fingerprint, result?.diagnostics.contains(where: { $0.severity == .error }) == false {
                    fingerprints.append(fingerprint)
                }
                done += 1
                progress?(done, files.count)
                report(.reading, done, of: files.count)
                submit()
            }
        }
        var articles: [Article] = []
        var diagnostics = collectDiagnostics
        var repeats = RepeatedTexts()
        for case let result? in results + [standardInput] {
            diagnostics += result.diagnostics
            for article in result.articles where repeats.admit(article, diagnostics: &diagnostics) {
                articles.append(article)
            }
        }
        return ReadBatch(
            articles: articles, diagnostics: diagnostics, fileCount: files.count + (standardInput == nil ? 0 : 1),
            fingerprints: fingerprints, unchangedFiles: unchanged)
    }

    // MARK: Analysis

    /// Extracts, finds copies, clusters, links and compares. Deterministic: the same articles give the same
    /// analysis.
    /// - Parameter syndication: copy groups already known (from a stored index); computed when nil.
    public func analyze(_ articles: [Article], syndication known: [SyndicationGroup]? = nil) async -> Analysis {
        await analysis(of: articles, syndication: known).analysis
    }

    /// ``analyze(_:syndication:)``, with the clustering index of what it clustered (a store keeps it, so the
    /// next ingest clusters only what is new).
    /// - Parameter extracted: the articles' extractions, in their order, when they are known already.
    func analysis(
        of articles: [Article], syndication known: [SyndicationGroup]?,
        extractions extracted: [ArticleExtraction]? = nil
    ) async -> (analysis: Analysis, index: ClusterIndex) {
        let syndication = known ?? DuplicateDetector().groups(articles)
        var extractions = extracted ?? []
        if extractions.count != articles.count { extractions = await extract(articles) }
        let documents = zip(articles, extractions).map { article, x in clusterDocument(article, x) }
        var index = ClusterIndex()
        report(.clustering, 0, of: 1)
        let clusters = EventClusterer(options: options.clustering).cluster(documents, into: &index) { _ in true }
        report(.clustering, 1, of: 1)
        let built = await events(of: clusters, articles: articles, extractions: extractions, syndication: syndication)
        for (cluster, event) in zip(clusters, built.events) { index.setEvent(event.id, cluster.indexEntry) }
        let analysis = Analysis(
            articles: articles, events: built.events.sortedForListing(), extractions: built.extractions,
            comparisons: built.comparisons, syndication: Self.merge(syndication, built.copyGroups)
        )
        return (analysis, index)
    }

    /// What the comparison stage is told: the measured defaults, and whether to keep every contradiction.
    package var comparisonOptions: ComparisonOptions {
        ComparisonOptions(includeAllContradictions: options.includeAllContradictions)
    }

    /// Largest event whose members are all compared with each other for copies.
    static let eventCopyCheckLimit = 400

    /// Copy detection inside one event: containment 0.8 (a copy that keeps four fifths of the origin's
    /// 5-word shingles), and 64 bands of 2 rows so that pairs down to Jaccard ≈0.3 become candidates; events
    /// are small, so verifying every candidate exactly is cheap.
    package static let eventCopyDetector = DuplicateDetector(
        options: DedupOptions(containmentThreshold: 0.8, banding: LSHParameters(bands: 64, rows: 2)))

    /// Corpus groups plus event-level groups whose articles no corpus group already holds together.
    static func merge(_ corpus: [SyndicationGroup], _ local: [SyndicationGroup]) -> [SyndicationGroup] {
        var result = corpus
        for group in local where !result.contains(where: { Set($0.articleIds).isSuperset(of: group.articleIds) }) {
            result.append(group)
        }
        return result.sorted { $0.id < $1.id }
    }

    /// Extraction of every article, in parallel, in input order.
    public func extract(_ articles: [Article]) async -> [ArticleExtraction] {
        let extractor = Extractor()
        return await parallelMap(articles.count, progress: { report(.extracting, $0, of: articles.count) }) {
            extractor.extract(articles[$0])
        }
    }

    package func clusterDocument(_ article: Article, _ x: ArticleExtraction) -> ClusterDocument {
        var mentionCount: [String: Int] = [:]
        for mention in x.mentions { mentionCount[mention.entityId, default: 0] += 1 }
        let names = x.entities.filter { $0.kind != .other }.flatMap { entity in
            Array(repeating: entity.name, count: mentionCount[entity.id] ?? 0)
        }
        // The protagonists: people mentioned at least twice, most mentioned first, at most three.
        let people = x.entities.filter { $0.kind == .person && (mentionCount[$0.id] ?? 0) >= 2 }
            .sorted { (mentionCount[$0.id] ?? 0, $1.name) > (mentionCount[$1.id] ?? 0, $0.name) }
            .prefix(3).map(\.name)
        return ClusterDocument(
            id: article.id, title: article.title, text: article.text, outlet: article.outletName,
            published: article.published?.date, mentionedDates: EventDating.days(in: x), names: names,
            people: Array(people)
        )
    }

    package func makeEvent(_ members: [Article], extractions: [ArticleExtraction], centrality: [Double]) -> Event {
        let anchor = members.min { a, b in
            switch (a.published, b.published) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.id < b.id
            }
        }!
        let title = members.first { $0.title != nil }?.title ?? EventDating.firstSentence(of: members[0].text)
        return Event(
            id: "e-" + anchor.id.prefix(12), title: title,
            date: EventDating.date(of: members, extractions: extractions),
            articleIds: members.map(\.id), outlets: Array(Set(members.map(\.outletName))).sorted(),
            centrality: centrality
        )
    }
}
