import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxModel
import ParallaxReport

/// `parallax evaluate …`: score Parallax against labelled data.
struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score Parallax against labelled data; --format json gives every item's prediction by its id.",
        subcommands: [
            EvaluateClustering.self, EvaluatePairs.self, EvaluateExtraction.self, EvaluateAlignment.self,
            EvaluateHTML.self, EvaluateContradictions.self,
        ]
    )
}

/// `parallax evaluate clustering LABELLED.jsonl` or `DIR --labels labels.tsv`.
struct EvaluateClustering: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustering",
        abstract: "BCubed precision, recall and F1 of event clustering, events found, documents per second.",
        discussion: """
            Input: JSON Lines with id, cluster, title, text, date, source (one labelled article per line), or a
            directory of article files with a labels file (file<TAB>event; default: labels.tsv in the directory
            or its parent).
            """
    )

    @Argument(
        help:
            "Labelled .jsonl files or directories of articles (DIR=LABELS names a directory's labels file). Several sets are clustered together as one corpus, their events kept apart."
    )
    var paths: [String]

    @Option(help: "The labels file for a directory (file<TAB>event).")
    var labels: String?

    @Option(help: "The JSON Lines field that holds the gold label (e.g. `happening` in the newsroom set).")
    var labelField: String = "cluster"

    @Option(
        help:
            "Clustering options as JSON (as `parallax tune clustering` prints them); unspecified keys keep their defaults."
    )
    var options: String?

    @Option(
        help: ArgumentHelp(
            "Write what clustering saw of each article (names, dates) as JSON to this file.", visibility: .hidden))
    var dumpDocuments: String?

    @OptionGroup var output: FormatOptions

    func run() async throws {
        var pipeline = Pipeline()
        if let options { pipeline.options.clustering = try ClusteringOptionsArgument.parse(options) }
        try await output.report({
            let (articles, gold) = try await pipeline.labelledSets(paths, labels: labels, labelField: labelField)
            if let dumpDocuments {
                let documents = try await JSONReport.encode(pipeline.clusterDocuments(articles))
                try Data(documents.utf8).write(to: URL(fileURLWithPath: dumpDocuments))
            }
            return await pipeline.evaluateClustering(articles, gold: gold)
        }) { $0.text }
    }
}

extension FormatOptions {
    /// Runs an evaluation and prints its result: the JSON as it is with `--format json`, else the lines `text`
    /// makes of it. A failed evaluation prints its message and exits with ``ExitStatus/nothingDone``.
    func report<Result: Encodable>(_ evaluate: () async throws -> Result, text: (Result) -> String) async throws {
        let result: Result
        do {
            result = try await evaluate()
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.nothingDone)
        }
        switch format {
        case .json: Console.print(try JSONReport.encode(result))
        case .text, .markdown: Console.print(text(result))
        }
    }
}

/// Reads `--options`: clustering options as JSON, keeping defaults for missing keys.
enum ClusteringOptionsArgument {
    static func parse(_ json: String) throws -> ClusteringOptions {
        do {
            return try ClusteringOptions(overridingDefaultsWith: json)
        } catch is ParallaxError {
            throw ValidationError("--options must be a JSON object, like {\"threshold\": 0.2}.")
        } catch {
            throw ValidationError("--options: \(error)")
        }
    }
}

/// `parallax evaluate extraction GOLD.json PATH…`.
struct EvaluateExtraction: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract:
            "Precision, recall and F1 per kind (entities, quotes, quantities, times, attributions, actions) against a gold file.",
        discussion:
            "The gold format is described in Examples/gold/README.md. --format json adds every article's extraction keyed by file name, and every matched, missed and spurious item."
    )

    @Argument(help: "The gold annotation (JSON).")
    var gold: String

    @Argument(help: "The annotated articles (files or directories).")
    var paths: [String]

    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await output.report({ try await Pipeline().evaluateExtraction(gold: gold, articles: paths) }) { $0.text }
    }
}

/// `parallax evaluate alignment PAIRS.json`.
struct EvaluateAlignment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alignment",
        abstract: "Claim alignment precision, recall and F1 on annotated claim pairs, with a threshold sweep.",
        discussion:
            "Article references in the pairs file are paths relative to --root (default: the current directory). --format json adds every scored pair."
    )

    @Argument(help: "The annotated pairs (Examples/gold/alignment-pairs.json).")
    var pairs: String

    @Option(help: "Directory the pairs file's article paths are relative to.")
    var root: String = "."

    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await output.report({ try await Pipeline().evaluateAlignment(pairs: pairs, root: root) }) { $0.text }
    }
}

/// `parallax evaluate html DIR`: main-content extraction against the article-extraction benchmark.
struct EvaluateHTML: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Token-shingle precision, recall and F1 of HTML main-content extraction, and pages per second.",
        discussion:
            "DIR holds html/<id>.html.gz and ground-truth.json ({id: {articleBody, url}}), as ../shared/data/article-extraction does. --format json adds every page's extracted text keyed by page id."
    )

    @Argument(help: "The benchmark directory.")
    var directory: String

    @Option(help: "Times each page is extracted for the speed figure.")
    var repeats: Int = 3

    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await output.report({ try ExtractionBenchmark.run(directory: directory, repeats: repeats) }) { $0.text }
    }
}
