import ArgumentParser
import Foundation
import Parallax
import ParallaxModel
import ParallaxReport
import ParallaxStore

extension OutputFormat: ExpressibleByArgument {}

/// The `--db` flag of the commands that read or write a store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            """
            The SQLite database file, or a postgres://USER@HOST:PORT/DATABASE URL (in builds with the PostgreSQL \
            trait). Only `ingest` and `serve` create a missing file. Default: $PARALLAX_DATABASE_URL, else \
            parallax.sqlite.
            """, valueName: "file-or-url"))
    var db: String?

    /// The `--db` value, else `PARALLAX_DATABASE_URL`, else `parallax.sqlite`.
    var location: String { db ?? Self.environmentURL ?? "parallax.sqlite" }

    /// `PARALLAX_DATABASE_URL` when it is set and not empty.
    static var environmentURL: String? {
        ProcessInfo.processInfo.environment["PARALLAX_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The store, which must exist: the commands that only read it create nothing. A missing SQLite file is
    /// reported on standard error and exits with ``ExitStatus/nothingDone``; a store that cannot be opened
    /// exits with ``ExitStatus/storeFailed``.
    func openExisting() async throws -> any ArticleStore {
        try await open(creatingIfMissing: false)
    }

    /// The store, a SQLite file created when missing (`ingest`, `serve`).
    func open() async throws -> any ArticleStore {
        try await open(creatingIfMissing: true)
    }

    private func open(creatingIfMissing: Bool) async throws -> any ArticleStore {
        do {
            return try await StoreLocation.open(location, creatingIfMissing: creatingIfMissing)
        } catch let error as ParallaxError where error.code == .notFound {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.nothingDone)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.storeFailed)
        }
    }
}

/// The `--db` flag of `enqueue` and `worker`, which share a PostgreSQL job queue.
struct QueueOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            """
            The PostgreSQL database holding the job queue (in builds with the PostgreSQL trait). Default: \
            $PARALLAX_DATABASE_URL.
            """, valueName: "url"))
    var db: String?

    /// The `--db` value, else `PARALLAX_DATABASE_URL`.
    var location: String? { db ?? StoreOptions.environmentURL }

    func validate() throws {
        guard location != nil else {
            throw ValidationError(
                "The job queue needs --db postgres://USER@HOST:PORT/DATABASE or $PARALLAX_DATABASE_URL.")
        }
    }

    func openQueue() async throws -> any JobQueue {
        guard let location else { throw ExitCode(ExitStatus.usage) }
        do {
            return try await StoreLocation.openQueue(location)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.storeFailed)
        }
    }
}

/// The output format flag.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, markdown or json.")
    var format: OutputFormat = .text
}

/// `--all-contradictions`: every contradiction found, not only the confident ones.
struct ContradictionOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: "Show every contradiction found, also those that may compare different things (low confidence).")
    var allContradictions = false
}

/// Flags for the limits that protect the readers against hostile input (see docs/LIMITS.md).
struct LimitOptions: ParsableArguments {
    private static let defaults = ReadLimits()

    @Option(
        name: .long, help: ArgumentHelp("Largest file read whole (HTML, feeds, text, JSON arrays).", valueName: "bytes")
    )
    var maxFileBytes = defaults.maxFileBytes

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Most records (WARC records, JSON lines, feed items) read from one file.", valueName: "count"))
    var maxRecordsPerFile = defaults.maxRecordsPerFile

    @Option(name: .long, help: ArgumentHelp("Longest JSON Lines line; longer lines are skipped.", valueName: "bytes"))
    var maxLineLength = defaults.maxLineLength

    @Option(name: .long, help: ArgumentHelp("Largest WARC response record kept in memory.", valueName: "bytes"))
    var maxRecordBytes = defaults.maxRecordBytes

    @Option(
        name: .long, help: ArgumentHelp("Most bytes decompressed from one streamed gzip file.", valueName: "bytes"))
    var maxDecompressedBytes = defaults.maxDecompressedBytes

    @Option(
        name: .long,
        help: ArgumentHelp("Deepest HTML element nesting followed; deeper elements are ignored.", valueName: "levels"))
    var maxNestingDepth = defaults.maxNestingDepth

    func validate() throws {
        let values = [
            maxFileBytes, maxRecordsPerFile, maxLineLength, maxRecordBytes, maxDecompressedBytes, maxNestingDepth,
        ]
        guard values.allSatisfy({ $0 > 0 }) else { throw ValidationError("Every --max-… limit must be positive.") }
    }

    var limits: ReadLimits {
        ReadLimits(
            maxFileBytes: maxFileBytes, maxRecordsPerFile: maxRecordsPerFile, maxLineLength: maxLineLength,
            maxRecordBytes: maxRecordBytes, maxDecompressedBytes: maxDecompressedBytes,
            maxNestingDepth: maxNestingDepth)
    }
}

/// `--quiet`: no progress line and no summary on standard error (problems with inputs are still reported).
struct ProgressOptions: ParsableArguments {
    @Flag(help: "Draw no progress line and print no summary on standard error.")
    var quiet = false
}

/// Writing to the terminal.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Each diagnostic on its own line of standard error: severity, path and message.
    static func error(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { error("\(d.severity.rawValue): \(d.path): \(d.message)") }
    }

    static func error(_ text: String) {
        if let errorSink {
            errorSink(text)
            return
        }
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Where ``error(_:)`` writes instead of standard error, for the task it is bound in: tests run a command
    /// in-process and read what it would have told the user.
    @TaskLocal static var errorSink: (@Sendable (String) -> Void)?

    /// Whether standard error is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// A progress callback that redraws one stderr line, or nil when stderr is not a terminal.
    static func progress(_ label: String) -> (@Sendable (Int, Int) -> Void)? {
        guard stderrIsTerminal else { return nil }
        return { done, total in
            let end = done == total ? "\n" : ""
            FileHandle.standardError.write(Data("\r\(label) \(done)/\(total)\(end)".utf8))
        }
    }
}
