import Foundation
import Parallax
import ParallaxCluster
import ParallaxIngest
import ParallaxModel

/// One labelled article of a clustering benchmark (`id`, `cluster`, `title`, `text`, `date`, `source`).
public struct LabelledArticle: Codable, Sendable {
    public var id: String
    public var cluster: String
    public var title: String?
    public var text: String
    public var date: String?
    public var source: String?
    public var url: String?

    public init(
        id: String, cluster: String, title: String?, text: String, date: String? = nil, source: String? = nil,
        url: String? = nil
    ) {
        self.id = id
        self.cluster = cluster
        self.title = title
        self.text = text
        self.date = date
        self.source = source
        self.url = url
    }
}

/// The score of a clustering run, with every item's predicted event keyed by the item's own id.
public struct ClusteringEvaluation: Codable, Sendable {
    public var documents: Int
    public var goldEvents: Int
    public var eventsFound: Int
    public var bcubed: BCubed
    public var seconds: Double
    public var documentsPerSecond: Double
    /// Item id → predicted event id.
    public var predictions: [String: String]
    /// Item id → gold label, so the output can be rescored on its own.
    public var gold: [String: String]
}

extension Pipeline {
    /// Reads a labelled JSON Lines file; `labelField` names the string field used as the gold label instead of
    /// `cluster` (e.g. the newsroom set's finer `happening`).
    /// - Throws: ``ParallaxError`` naming the file and line of the first malformed record.
    public static func labelledArticles(jsonl path: String, labelField: String = "cluster") throws
        -> [LabelledArticle]
    {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParallaxError(.notFound, "\(path): no such file.")
        }
        var items: [LabelledArticle] = []
        let decoder = JSONDecoder()
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated()
        where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            do {
                var item = try decoder.decode(LabelledArticle.self, from: Data(line))
                if labelField != "cluster" {
                    let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
                    guard let label = object?[labelField] as? String else {
                        throw ParallaxError(
                            .invalidInput, "\(path): line \(number + 1) has no string field `\(labelField)`.")
                    }
                    item.cluster = label
                }
                items.append(item)
            } catch let error as ParallaxError {
                throw error
            } catch {
                throw ParallaxError(
                    .invalidInput, "\(path): line \(number + 1) is not a labelled article (needs id, cluster, text).")
            }
        }
        return items
    }

    /// Reads a directory of article files labelled by a `file<TAB>event` file.
    public func labelledArticles(directory: String, labels: String) async throws -> ([Article], [String: String]) {
        guard let text = try? String(contentsOfFile: labels, encoding: .utf8) else {
            throw ParallaxError(.notFound, "\(labels): cannot read the labels file.")
        }
        var labelByName: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count >= 2 { labelByName[String(parts[0])] = String(parts[1]) }
        }
        let batch = await read(paths: [directory])
        var gold: [String: String] = [:]
        var articles: [Article] = []
        for article in batch.articles {
            let name = URL(fileURLWithPath: article.path ?? "").lastPathComponent
            guard let label = labelByName[name] else { continue }
            var copy = article
            copy.id = name
            gold[name] = label
            articles.append(copy)
        }
        return (articles, gold)
    }

    /// Turns labelled items into articles: the title and text are read like a plain-text article, so dates
    /// and datelines in the text are recovered; the item's id is kept as the article id.
    public func articles(from items: [LabelledArticle]) -> [Article] {
        let reader = PlainTextReader(registry: OutletRegistry.bundled.adding(options.outlets))
        return items.map { item in
            let raw = [item.title, item.date.map { "Published: \($0)" }, item.text].compactMap { $0 }.joined(
                separator: "\n\n")
            // A headline-only item (an aggregator's or a feed's) has no text for the reader to find: it stays an
            // article of its title, with its date.
            var article =
                (try? reader.read(raw, path: item.id))
                ?? Article(
                    id: item.id, title: item.title, published: item.date.flatMap(PublicationDateParser.parse),
                    text: item.text)
            article.id = item.id
            if let source = item.source, article.outlet == nil { article.outlet = source }
            if let url = item.url, article.url == nil { article.url = url }
            return article
        }
    }

    /// Clusters `articles` with the full pipeline's signals and scores against `gold` (article id → label).
    public func evaluateClustering(_ articles: [Article], gold: [String: String]) async -> ClusteringEvaluation {
        let start = Date()
        let clusters = await clusterEvents(articles)
        let seconds = Date().timeIntervalSince(start)
        var predictions: [String: String] = [:]
        for (index, cluster) in clusters.enumerated() {
            for member in cluster.members { predictions[articles[member].id] = "event-\(index + 1)" }
        }
        let ids = articles.map(\.id).filter { gold[$0] != nil }
        return ClusteringEvaluation(
            documents: ids.count, goldEvents: Set(ids.compactMap { gold[$0] }).count, eventsFound: clusters.count,
            bcubed: BCubed(predicted: ids.map { predictions[$0]! }, gold: ids.map { gold[$0]! }),
            seconds: seconds, documentsPerSecond: seconds > 0 ? Double(ids.count) / seconds : 0,
            predictions: predictions, gold: gold.filter { predictions[$0.key] != nil }
        )
    }

    /// Extraction then clustering: the events of a batch as indices into it.
    public func clusterEvents(_ articles: [Article]) async -> [EventClusterer.Cluster] {
        EventClusterer(options: options.clustering).cluster(await clusterDocuments(articles))
    }

    /// What clustering sees of each article: words, extracted names and resolved dates.
    public func clusterDocuments(_ articles: [Article]) async -> [ClusterDocument] {
        let extractions = await extract(articles)
        return zip(articles, extractions).map { clusterDocument($0, $1) }
    }
}

extension Pipeline {
    /// A labelled clustering set: a `.jsonl` file of labelled articles, or a directory of article files with a
    /// `file<TAB>event` labels file (`labels`, else `labels.tsv` in the directory or its parent).
    /// - Returns: the articles (ids are the items' own ids or file names) and article id → gold label.
    /// - Throws: ``ParallaxError`` naming the path when it does not exist or cannot be read.
    public func labelledSet(_ path: String, labels: String? = nil, labelField: String = "cluster") async throws
        -> ([Article], [String: String])
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ParallaxError(.notFound, "\(path): no such file or directory.")
        }
        guard isDirectory.boolValue else {
            let items = try Self.labelledArticles(jsonl: path, labelField: labelField)
            return (
                articles(from: items), Dictionary(items.map { ($0.id, $0.cluster) }, uniquingKeysWith: { a, _ in a })
            )
        }
        // Absolute first: `deletingLastPathComponent` of "." traps in swift-corelibs-foundation.
        let directory = URL(fileURLWithPath: path).standardizedFileURL
        let labelsPath =
            labels ?? [directory, directory.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("labels.tsv").path }
            .first { FileManager.default.fileExists(atPath: $0) } ?? "labels.tsv"
        return try await labelledArticles(directory: path, labels: labelsPath)
    }

    /// Several labelled sets clustered together as one corpus, their events kept apart: each argument is a
    /// path as for ``labelledSet(_:labels:labelField:)``, or `DIR=LABELS`; with more than one, each gold label
    /// is prefixed by its set's position (`0:`, `1:`, …).
    /// - Throws: ``ParallaxError`` naming the path that cannot be read, or an article id two sets share.
    public func labelledSets(_ arguments: [String], labels: String? = nil, labelField: String = "cluster")
        async throws -> ([Article], [String: String])
    {
        var articles: [Article] = []
        var gold: [String: String] = [:]
        for (index, argument) in arguments.enumerated() {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let (set, setLabels) = try await labelledSet(
                parts[0], labels: parts.count == 2 ? parts[1] : labels, labelField: labelField)
            for article in set where gold[article.id] != nil {
                throw ParallaxError(.invalidInput, "\(parts[0]): article id \(article.id) is also in another set.")
            }
            articles += set
            for (id, label) in setLabels { gold[id] = arguments.count == 1 ? label : "\(index):\(label)" }
        }
        return (articles, gold)
    }
}
