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
            Claims batches of pending jobs with SELECT … FOR UPDATE SKIP LOCKED, reads and extracts them and \
            stores their articles in the same transaction, until no pending job is free; then brings the \
            analysis up to date at the cost of what is new, if it is behind (one worker at a time, under an \
            advisory lock), and exits, or, with --watch, waits and looks again. Start as many as you like. A worker killed mid-batch (Ctrl-C, SIGTERM, even SIGKILL) stores \
            nothing of that batch, whose jobs go back to the queue.

            """ + ExitStatus.help
    )

    @OptionGroup var store: QueueOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Files claimed and stored per transaction.")
    var batch: Int = 16

    @Option(help: "The name recorded on the jobs this worker stores (default: host:pid).")
    var name: String?

    @Option(
        help: ArgumentHelp("Milliseconds to keep each batch open before its commit (crash tests).", visibility: .hidden)
    )
    var holdBatchMs: Int = 0

    @Option(
        help: ArgumentHelp(
            "Keep running: when the queue is empty, look again after this many seconds, printing a line for each round that stored something.",
            valueName: "seconds"))
    var watch: Int?

    func validate() throws {
        guard (1...10_000).contains(batch) else { throw ValidationError("--batch must be from 1 to 10000.") }
        if let watch, !(1...86_400).contains(watch) {
            throw ValidationError("--watch must be from 1 to 86400 seconds.")
        }
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
        var report: WorkerReport
        repeat {
            do {
                report = try await Pipeline().work(
                    queue: queue, worker: worker, batchSize: batch, hold: .milliseconds(max(0, holdBatchMs)),
                    progress: progress)
            } catch {
                Console.error("\(error)")
                throw ExitCode(ExitStatus.storeFailed)
            }
            if progress != nil { Console.error("") }
            guard let watch else { break }
            if !report.jobs.isEmpty || report.events != nil { try print(report, worker: worker) }
            try await Task.sleep(for: .seconds(watch))
        } while true
        try print(report, worker: worker)
        try ExitStatus.check(report.diagnostics)
    }

    /// Prints what one round of work did (diagnostics to standard error).
    private func print(_ report: WorkerReport, worker: String) throws {
        switch output.format {
        case .json:
            Console.print(try JSONReport.encode(report))
        case .text, .markdown:
            Console.print(report.text(worker: worker))
            Console.error(report.diagnostics)
        }
    }
}
