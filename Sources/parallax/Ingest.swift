import ArgumentParser
import Parallax
import ParallaxModel
import ParallaxReport

/// `parallax ingest PATH… [--db FILE]`: store articles and re-analyse the store.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store articles (idempotent: a text from one source is stored once) and update the events.",
        discussion: ExitStatus.help
    )

    @Argument(help: "Article files or directories (searched recursively).")
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup(title: "Input limits") var limits: LimitOptions
    @OptionGroup var contradictions: ContradictionOptions
    @OptionGroup var progress: ProgressOptions

    func run() async throws {
        let database = try await store.open()
        var pipeline = Pipeline(limits: limits.limits)
        pipeline.options.includeAllContradictions = contradictions.allContradictions
        let line = ProgressLine(quiet: progress.quiet)
        pipeline.progress = line.handler
        let report: IngestReport
        do {
            report = try await pipeline.ingest(paths: paths, into: database)
            line.finish(report.summary)
        } catch {
            line.finish("ingest failed")
            Console.error("\(error)")
            throw ExitCode(ExitStatus.storeFailed)
        }
        switch output.format {
        case .json:
            Console.print(try JSONReport.encode(report))
        case .text, .markdown:
            Console.print(report.text(location: store.location))
            Console.error(report.diagnostics)
        }
        try ExitStatus.check(report.diagnostics, didNothing: report.didNothing)
    }
}
