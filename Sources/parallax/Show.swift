import ArgumentParser
import Parallax
import ParallaxModel
import ParallaxReport
import ParallaxStore

/// `parallax show EVENT`: one event with its articles, extraction and comparison; `parallax show ARTICLE`: one
/// article with its event and revisions.
struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one stored event (articles, extracted facts, comparison) or one article (text, revisions).",
        discussion: ExitStatus.help)

    @Argument(help: "An event id, or an unambiguous prefix of it; or an article id (16 hex digits).")
    var event: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var contradictions: ContradictionOptions

    func run() async throws {
        let database = try await store.openExisting()
        if let article = try await database.article(id: event) {
            try await show(article, from: database)
            return
        }
        let (found, report) = try await EventLookup.load(
            event, from: database, allContradictions: contradictions.allContradictions)
        switch output.format {
        case .json: Console.print(try JSONReport.render(report))
        case .text, .markdown: Console.print(EventReport.event(found, report: report, format: output.format))
        }
    }

    /// Prints one article, the event it is in and its revisions.
    private func show(_ article: Article, from database: any ArticleStore) async throws {
        let revisions = try await database.revisions(articleId: article.id)
        let eventId = try await database.event(containingArticle: article.id)?.id
        switch output.format {
        case .json:
            let extraction = try await database.extraction(articleId: article.id)
            Console.print(
                try JSONReport.encode(
                    JSONReport.ArticleDocument(
                        article: article, eventId: eventId, extraction: extraction, revisions: revisions)))
        case .text, .markdown:
            Console.print(
                ArticleReport.article(article, revisions: revisions, eventId: eventId, format: output.format))
        }
    }
}

/// `parallax compare EVENT`: how the sources of one event differ.
struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the sources of one stored event: agreed, omitted, contradicted, framed.",
        discussion: ExitStatus.help)

    @Argument(help: "The event id, or an unambiguous prefix of it.")
    var event: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var contradictions: ContradictionOptions

    func run() async throws {
        let database = try await store.openExisting()
        let (found, report) = try await EventLookup.load(
            event, from: database, allContradictions: contradictions.allContradictions)
        switch output.format {
        case .json:
            guard let comparison = report.comparisons[found.id] else { throw ExitCode(ExitStatus.nothingDone) }
            Console.print(try JSONReport.encode(comparison))
        case .text, .markdown:
            Console.print(EventReport.comparison(found, report: report, format: output.format))
        }
    }
}

enum EventLookup {
    /// The event and its report; only confident contradictions unless `allContradictions` (the store holds
    /// every one only when it was analysed with `--all-contradictions`).
    static func load(_ id: String, from store: any ArticleStore, allContradictions: Bool) async throws
        -> (Event, ReportDocument)
    {
        guard let event = try await store.event(id: id) else {
            Console.error("No event \(id) in the store (or the prefix is ambiguous); `parallax events` lists them.")
            throw ExitCode(ExitStatus.nothingDone)
        }
        var pipeline = Pipeline()
        pipeline.options.includeAllContradictions = allContradictions
        return (event, try await pipeline.report(from: store, event: event))
    }
}
