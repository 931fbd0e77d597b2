import ArgumentParser
import Parallax
import ParallaxModel
import ParallaxReport

/// `parallax analyze PATH…`: read, group, extract and compare in one go, with nothing stored.
struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles, group them into events and report each event (nothing is stored).",
        discussion: ExitStatus.help
    )

    @Argument(help: "Article files or directories (searched recursively).")
    var paths: [String]

    @OptionGroup var output: FormatOptions
    @OptionGroup(title: "Input limits") var limits: LimitOptions
    @OptionGroup var contradictions: ContradictionOptions
    @OptionGroup var progress: ProgressOptions

    func run() async throws {
        var pipeline = Pipeline(limits: limits.limits)
        pipeline.options.includeAllContradictions = contradictions.allContradictions
        let line = ProgressLine(quiet: progress.quiet)
        pipeline.progress = line.handler
        let batch = await pipeline.read(paths: paths)
        let analysis = await pipeline.analyze(batch.articles)
        line.finish("analyze: \(batch.articles.count) articles, \(analysis.events.count) events")
        let report = analysis.report(diagnostics: batch.diagnostics)
        switch output.format {
        case .json: Console.print(try JSONReport.render(report))
        case .text, .markdown: Console.print(EventReport.analysis(report, format: output.format))
        }
        if output.format != .json { Console.error(batch.diagnostics) }
        try ExitStatus.check(batch.diagnostics, didNothing: batch.articles.isEmpty)
    }
}
