import ArgumentParser
import Foundation
import Parallax
import ParallaxModel
import ParallaxStore

/// `parallax enqueue PATH… --db postgres://…`: add files to the job queue that `parallax worker`s share.
struct Enqueue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Queue article files for `parallax worker` processes (PostgreSQL only).",
        discussion: """
            Directories are expanded (recursively, as `ingest` reads them) and each file becomes one job, \
            recorded by its absolute path: the workers read the files themselves, so they must see the same \
            file system. Enqueuing a file twice is harmless: articles are keyed by their content.

            """ + ExitStatus.help
    )

    @Argument(help: "Article files or directories (searched recursively).")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let (files, diagnostics) = Pipeline().inputFiles(paths)
        for d in diagnostics { Console.error("\(d.severity.rawValue): \(d.path): \(d.message)") }
        let queue = try await store.openQueue()
        let absolute = files.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let added: Int
        do {
            added = try await queue.enqueue(paths: absolute)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.storeFailed)
        }
        Console.print("\(added) files queued.")
        if added == 0 { throw ExitCode(ExitStatus.nothingDone) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.someInputsBad) }
    }
}
