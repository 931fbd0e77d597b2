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
        var (files, diagnostics) = Pipeline().inputFiles(paths)
        let queue = try await store.openQueue()
        var queued: [QueuedFile] = []
        for file in files {
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            guard !byPath else {
                queued.append(QueuedFile(path: path))
                continue
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            guard size <= maxFileBytes else {
                diagnostics.append(
                    Diagnostic(
                        severity: .warning, path: file,
                        message:
                            "the file is \(size) bytes, over --max-file-bytes \(maxFileBytes): queued by path, so workers must see it."
                    ))
                queued.append(QueuedFile(path: path))
                continue
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(Diagnostic(path: file, message: "the file cannot be read."))
                continue
            }
            queued.append(QueuedFile(path: path, content: [UInt8](data)))
        }
        for d in diagnostics { Console.error("\(d.severity.rawValue): \(d.path): \(d.message)") }
        let added: Int
        do {
            added = try await queue.enqueue(files: queued)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.storeFailed)
        }
        Console.print("\(added) files queued.")
        if added == 0 { throw ExitCode(ExitStatus.nothingDone) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.someInputsBad) }
    }
}
