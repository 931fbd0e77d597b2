import ArgumentParser
import Foundation
import Parallax
import ParallaxModel
import ParallaxStore
import Testing

@testable import parallax

/// The commands that only read a store say so when `--db` names no store, exit 2 and create nothing; `ingest`
/// and `serve` still create a missing SQLite file.
struct MissingStoreTests {
    /// The read-only command lines, each run in-process with `--db` naming a file that does not exist.
    static let readers: [[String]] = [
        ["events"], ["events", "--format", "json"], ["show", "e-abc"], ["compare", "e-abc"],
        ["bench", "search", "--queries", "queries.txt"],
    ]

    @Test(arguments: readers)
    func aReaderOfAMissingStoreSaysSoAndCreatesNothing(_ arguments: [String]) async throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("typo.sqlite").path
        var command = try #require(
            try ParallaxCommand.parseAsRoot(arguments + ["--db", db]) as? any AsyncParsableCommand)
        let messages = Messages()
        await #expect(throws: ExitCode(ExitStatus.nothingDone)) {
            try await Console.$errorSink.withValue({ messages.append($0) }) { try await command.run() }
        }
        #expect(messages.lines == ["\(db): no Parallax store here; run `parallax ingest … --db \(db)` first."])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aMissingStoreIsNotFoundAndNotCreated() async throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("parallax.sqlite").path
        await #expect {
            _ = try await StoreLocation.open(db, creatingIfMissing: false)
        } throws: { error in
            (error as? ParallaxError)?.code == .notFound
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func ingestCreatesTheStoreAndReadersThenOpenIt() async throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("parallax.sqlite").path
        let created = try await StoreLocation.open(db, creatingIfMissing: true)
        #expect(try await created.articleCount() == 0)
        #expect(FileManager.default.fileExists(atPath: db))
        #expect(StoreLocation.missingStore(db) == nil)
        let reopened = try await StoreLocation.open(db, creatingIfMissing: false)
        #expect(try await reopened.allEvents().isEmpty)
    }

    @Test func aPostgresURLIsNeverAMissingFile() {
        #expect(StoreLocation.missingStore("postgres://parallax@localhost:5432/parallax") == nil)
    }

    /// A new empty folder under the temporary directory.
    static func emptyFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The lines a command wrote through ``Console/error(_:)``.
final class Messages: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    var lines: [String] { lock.withLock { stored } }

    func append(_ line: String) { lock.withLock { stored.append(line) } }
}
