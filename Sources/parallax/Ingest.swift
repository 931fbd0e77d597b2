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
        var pipeline = limits.pipeline
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
            for d in report.diagnostics { Console.error("\(d.severity.rawValue): \(d.path): \(d.message)") }
        }
        if report.read == 0 && report.existing.isEmpty && report.unchangedFiles == 0 {
            throw ExitCode(ExitStatus.nothingDone)
        }
        if report.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.someInputsBad) }
    }
}
