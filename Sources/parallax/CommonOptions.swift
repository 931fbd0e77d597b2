import ArgumentParser
import Foundation
import Parallax
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
