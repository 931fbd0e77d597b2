import Foundation
import ParallaxIngest
import ParallaxModel
import Testing

/// How the paths a user names become the files read: a folder that holds its own store is read without the
/// store's files.
struct InputCollectorTests {
    /// The first page of a SQLite database: its 16-byte header, then zeros.
    static let databaseBytes = Data("SQLite format 3\0".utf8) + Data(count: 4080)

    /// A new folder with one article and the files `names` (each holding `bytes`).
    private func folder(with files: [String: Data]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("Ferry resumes\n\nThe ferry to the islands resumed on Monday after a storm.".utf8)
            .write(to: url.appendingPathComponent("story.txt"))
        for (name, bytes) in files { try bytes.write(to: url.appendingPathComponent(name)) }
        return url
    }

    private func names(_ files: [String]) -> [String] {
        files.map { URL(fileURLWithPath: $0).lastPathComponent }
    }

    @Test func aStoreAndItsJournalsInTheFolderAreSkippedSilently() throws {
        let url = try folder(with: [
            "parallax.sqlite": Self.databaseBytes, "parallax.sqlite-wal": Data([0x37, 0x7F, 0x06, 0x82, 0, 0]),
            "parallax.sqlite-shm": Data(count: 64), "parallax.sqlite-journal": Data(),
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let (files, diagnostics) = InputCollector.files(in: [url.path])
        #expect(names(files) == ["story.txt"])
        #expect(diagnostics.isEmpty)
    }

    @Test func aDatabaseIsKnownByItsHeaderWhateverItsName() throws {
        let url = try folder(with: ["news.db": Self.databaseBytes, "archive": Self.databaseBytes])
        defer { try? FileManager.default.removeItem(at: url) }
        let (files, diagnostics) = InputCollector.files(in: [url.path])
        #expect(names(files) == ["story.txt"])
        #expect(diagnostics.isEmpty)
    }

    @Test func aJournalNameWithoutItsDatabaseIsAnArticle() throws {
        let text = Data("Wall Street\n\nShares rose on Monday, the exchange said in a statement.".utf8)
        let url = try folder(with: ["wall-street-journal": text, "notes-wal": text])
        defer { try? FileManager.default.removeItem(at: url) }
        let (files, _) = InputCollector.files(in: [url.path])
        #expect(names(files) == ["notes-wal", "story.txt", "wall-street-journal"])
    }

    @Test func aDatabaseNamedOnTheCommandLineIsSkippedWithAWarning() throws {
        let url = try folder(with: ["parallax.sqlite": Self.databaseBytes, "parallax.sqlite-wal": Data(count: 32)])
        defer { try? FileManager.default.removeItem(at: url) }
        let named = ["story.txt", "parallax.sqlite", "parallax.sqlite-wal"].map { url.appendingPathComponent($0).path }
        let (files, diagnostics) = InputCollector.files(in: named)
        #expect(names(files) == ["story.txt"])
        #expect(diagnostics.map(\.severity) == [.warning, .warning])
        #expect(names(diagnostics.map(\.path)) == ["parallax.sqlite", "parallax.sqlite-wal"])
    }

    /// `parallax ingest .` trapped in Foundation (`NSString.deletingLastPathComponent` of ".").
    @Test func theCurrentDirectoryIsLookedAtForRegistriesWithoutATrap() {
        #expect(InputCollector.localRegistries(for: [".", "./", ".."]).count >= 0)
    }
}
