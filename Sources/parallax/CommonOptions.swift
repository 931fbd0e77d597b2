import ArgumentParser
import Foundation
import Parallax
import ParallaxIngest
import ParallaxReport
import ParallaxStore

extension OutputFormat: ExpressibleByArgument {}

/// Flags shared by the commands that read a store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            The SQLite database file (created when missing), or a postgres://USER@HOST:PORT/DATABASE URL (in builds             with the PostgreSQL trait). Default: $PARALLAX_DATABASE_URL, else parallax.sqlite.
            """)
    var db: String?

    /// The `--db` value, else `PARALLAX_DATABASE_URL`, else `parallax.sqlite`.
    var location: String {
        if let db { return db }
        if let url = ProcessInfo.processInfo.environment["PARALLAX_DATABASE_URL"], !url.isEmpty { return url }
        return "parallax.sqlite"
    }

    func open() async throws -> any ArticleStore {
        do {
            return try await StoreLocation.open(location)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.storeFailed)
        }
    }

    func openQueue() async throws -> any JobQueue {
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
    private static let defaults = ArticleFileReader.Limits()

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

    var limits: ArticleFileReader.Limits {
        ArticleFileReader.Limits(
            maxFileBytes: maxFileBytes, maxRecordsPerFile: maxRecordsPerFile, maxLineLength: maxLineLength,
            maxRecordBytes: maxRecordBytes, maxDecompressedBytes: maxDecompressedBytes,
            maxNestingDepth: maxNestingDepth)
    }

    /// A pipeline with these limits and default settings otherwise.
    var pipeline: Pipeline {
        var options = Pipeline.Options()
        options.limits = limits
        return Pipeline(options: options)
    }
}

/// Writing to the terminal.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

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
