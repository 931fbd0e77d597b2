import ArgumentParser
import Parallax
import ParallaxModel
import ParallaxStore

/// `parallax enqueue PATH… --db postgres://…`: add files to the job queue that `parallax worker`s share.
struct Enqueue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Queue article files for `parallax worker` processes (PostgreSQL only).",
        discussion: """
            Directories are expanded (recursively, as `ingest` reads them) and each file becomes one job that \
            carries the file's bytes, so workers on any machine can process it (a file over --max-file-bytes is \
            queued by path, with a warning). With --by-path a job records only the absolute path and the workers read \
            the file themselves, so they must see the same file system. Enqueuing a file twice is harmless: \
            articles are keyed by their text and source.

            """ + ExitStatus.help
    )

    @Argument(help: "Article files or directories (searched recursively).")
    var paths: [String]

    @OptionGroup var store: QueueOptions

    @Flag(help: "Queue paths only; workers read the files from a file system they share with this machine.")
    var byPath = false

    @Option(help: "Largest file queued with its bytes; larger ones (a big WARC) are queued by path, with a warning.")
    var maxFileBytes: Int = ReadLimits().maxFileBytes

    func run() async throws {
        let queue = try await store.openQueue()
        let (queued, diagnostics) = Pipeline().queuedFiles(paths, byPath: byPath, maxFileBytes: maxFileBytes)
        Console.error(diagnostics)
        let added: Int
        do {
            added = try await queue.enqueue(files: queued)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.storeFailed)
        }
        Console.print("\(added) files queued.")
        try ExitStatus.check(diagnostics, didNothing: added == 0)
    }
}
