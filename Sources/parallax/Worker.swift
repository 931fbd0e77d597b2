import ArgumentParser
import Foundation
import Parallax
import ParallaxModel
import ParallaxReport
import ParallaxStore

/// `parallax worker --db postgres://…`: ingest queued files alongside other workers.
struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest the files `parallax enqueue` queued, sharing the work with other workers (PostgreSQL only).",
        discussion: """
            Claims batches of pending jobs with SELECT … FOR UPDATE SKIP LOCKED, reads them and stores their \
            articles in the same transaction, until no pending job is free; then re-analyses the store if it is \
            behind (one worker at a time, under an advisory lock) and exits. Start as many as you like. A worker \
            killed mid-batch stores nothing of that batch, whose jobs go back to the queue.

            """ + ExitStatus.help
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Files claimed and stored per transaction.")
    var batch: Int = 16

    @Option(help: "The name recorded on the jobs this worker stores (default: host:pid).")
    var name: String?

    @Option(
        help: ArgumentHelp("Milliseconds to keep each batch open before its commit (crash tests).", visibility: .hidden)
    )
    var holdBatchMs: Int = 0

    func validate() throws {
        guard (1...10_000).contains(batch) else { throw ValidationError("--batch must be from 1 to 10000.") }
    }

    func run() async throws {
        let queue = try await store.openQueue()
        let info = ProcessInfo.processInfo
        let worker = name ?? "\(info.hostName):\(info.processIdentifier)"
        var progress: (@Sendable (WorkerReport) -> Void)?
        if Console.stderrIsTerminal {
            progress = { report in
                FileHandle.standardError.write(Data("\r\(worker): \(report.jobs.count) jobs stored".utf8))
            }
        }
        let report: WorkerReport
        do {
            report = try await Pipeline().work(
                queue: queue, worker: worker, batchSize: batch, hold: .milliseconds(max(0, holdBatchMs)),
                progress: progress)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.storeFailed)
        }
        if progress != nil { Console.error("") }
        switch output.format {
        case .json:
            Console.print(try JSONReport.encode(report))
        case .text, .markdown:
            let analysis =
                report.events.map { "re-analysed \(report.analysedJobs) jobs: \($0) events" }
                ?? "no re-analysis (up to date, or left to the last worker)"
            Console.print(
                "\(worker): \(report.jobs.count) jobs, \(report.read) articles read: \(report.inserted.count) new, \(report.existing.count) already stored; \(analysis)."
            )
            for d in report.diagnostics { Console.error("\(d.severity.rawValue): \(d.path): \(d.message)") }
        }
        if report.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.someInputsBad) }
    }
}
