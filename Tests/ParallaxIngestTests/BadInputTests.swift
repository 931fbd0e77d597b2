import Foundation
import ParallaxIngest
import ParallaxModel
import Testing

/// Bad input gets a clear message naming the path, and never stops the batch.
struct BadInputTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func read(_ bytes: [UInt8], named name: String) throws -> ArticleFileReader.Result {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return ArticleFileReader().read(path: file.path)
    }

    @Test func emptyFile() throws {
        let result = try read([], named: "empty.txt")
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.message) == ["the file is empty."])
        #expect(result.diagnostics.first?.path.hasSuffix("empty.txt") == true)
    }

    @Test func binaryFile() throws {
        let result = try read(
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48], named: "image.txt")
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.first?.message.contains("binary") == true)
    }

    @Test func invalidUTF8IsDecodedAsWindows1252WithAWarning() throws {
        let text =
            "Headline of a Latin-1 story\n\nThe caf\u{E9} on the quay reopened on Monday, the owner said in a statement."
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let result = try read(bytes, named: "latin1.txt")
        let article = try #require(result.articles.first)
        #expect(article.text.contains("café"))
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.message.contains("not valid UTF-8") == true)
    }

    @Test func whitespaceOnlyFile() throws {
        let result = try read(Array("  \n\n \t\n".utf8), named: "blank.txt")
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.first?.message.contains("white space") == true)
    }

    @Test func headersWithoutBody() throws {
        let result = try read(
            Array("Title: Nothing here\nPublished Time: 2025-01-02\nText:\n".utf8), named: "nobody.txt")
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.first?.message.contains("no article text") == true)
    }

    @Test func missingPathAndEmptyDirectory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("nope").path
        let (files, diagnostics) = InputCollector.files(in: [missing, directory.path])
        #expect(files.isEmpty)
        #expect(diagnostics.map(\.path) == [missing, directory.path])
        #expect(diagnostics.map(\.message) == ["no such file or directory.", "the directory holds no article files."])
    }

    @Test func oversizedFileIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 4096).write(to: file)
        let result = ArticleFileReader(limits: .init(maxFileBytes: 1024)).read(path: file.path)
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.first?.message.contains("over the 1024-byte limit") == true)
    }
}
