import ArgumentParser
import Parallax
import ParallaxModel
import ParallaxReport

/// `parallax extract PATH…`: the recovered articles, without clustering — the tool to pipe into others.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Print the articles recovered from files of any format, one JSON object per line (or one JSON array).",
        discussion:
            "Each object has the fields of `analyze`'s articles (id, path, title, published, authors, outlet, url, dateline, agency, categories, language, text, wordCount). `-` reads standard input. Problems go to standard error.\n\n"
            + ExitStatus.help
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
        case json
    }

    @Argument(help: "Files or directories (searched recursively); - for standard input.")
    var paths: [String]

    @Option(help: "jsonl (one article per line) or json (an array).")
    var format: Format = .jsonl

    @OptionGroup(title: "Input limits") var limits: LimitOptions

    func run() async throws {
        let batch = await Pipeline(limits: limits.limits).read(paths: paths, progress: Console.progress("reading"))
        let records = batch.articles.map(JSONReport.ArticleRecord.init)
        switch format {
        case .json:
            Console.print(try JSONReport.encode(records))
        case .jsonl:
            for record in records { Console.print(try JSONReport.encodeLine(record)) }
        }
        Console.error(batch.diagnostics)
        try ExitStatus.check(batch.diagnostics, didNothing: batch.articles.isEmpty)
    }
}
