import Foundation
import ParallaxIngest
import ParallaxModel
import Testing

/// The bad inputs of issue 5: each gives a diagnostic naming the file, bounded memory, and no crash.
struct HostileInputTests {
    @Test func htmlNested100000LevelsDeep() throws {
        let depth = 100_000
        var html = "<html><body>" + String(repeating: "<div>", count: depth)
        html += "<p>The deepest paragraph of a hostile page says nothing of interest to anyone.</p>"
        html += String(repeating: "</div>", count: depth) + "</body></html>"
        let path = try FixtureFiles.write(Array(html.utf8), named: "deep.html")
        defer { FixtureFiles.remove(path) }
        let result = ArticleFileReader().read(path: path)
        // The paragraph is below the depth limit: flattened into the element at the limit, its text kept, and a
        // warning that says so.
        let article = try #require(result.articles.first)
        #expect(article.text == "The deepest paragraph of a hostile page says nothing of interest to anyone.")
        #expect(result.diagnostics.map(\.message) == ["elements nested deeper than 256 levels were flattened."])
    }

    @Test func binaryFileNamedHTML() throws {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        for i in 0..<4096 { bytes.append(UInt8(truncatingIfNeeded: i &* 31)) }
        let path = try FixtureFiles.write(bytes, named: "photo.html")
        defer { FixtureFiles.remove(path) }
        let result = ArticleFileReader().read(path: path)
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.first?.path == path)
        #expect(result.diagnostics.first?.message.contains("binary") == true)
    }

    @Test func gzipBombStopsAtTheLimit() throws {
        let result = ArticleFileReader(limits: .init(maxFileBytes: 1 << 20)).read(
            path: FixtureFiles.path("html/bomb.html.gz"))
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.first?.message == "the decompressed data is over the 1048576-byte limit.")
    }

    @Test func corruptGzip() throws {
        var bytes = FixtureFiles.gzipStored(Array("<html><body><p>Some text here.</p></body></html>".utf8))
        bytes[10] = 0x07  // block type 3: invalid
        let path = try FixtureFiles.write(bytes, named: "corrupt.html.gz")
        defer { FixtureFiles.remove(path) }
        let result = ArticleFileReader().read(path: path)
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.first?.message.contains("corrupt") == true)
    }

    @Test func twoHundredMegabyteSingleLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("one-line.jsonl")
        try #require(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data("{\"title\": \"Huge\", \"text\": \"".utf8))
        let chunk = Data(repeating: 0x61, count: 1 << 20)
        for _ in 0..<200 { try handle.write(contentsOf: chunk) }
        try handle.write(
            contentsOf: Data(
                "\"}\n{\"title\": \"Next\", \"text\": \"The next line is an ordinary article about the port.\"}\n".utf8)
        )
        try handle.close()
        let result = ArticleFileReader().read(path: file.path)
        #expect(result.articles.map(\.title) == ["Next"])
        #expect(result.diagnostics.map(\.path) == [file.path + "#1"])
        #expect(result.diagnostics.first?.message.contains("over the 8388608-byte line limit") == true)
    }

    @Test func invalidJSONOnLineSeven() throws {
        var lines: [String] = []
        for i in 1...9 {
            lines.append(
                i == 7
                    ? "{\"title\": \"Broken\", \"text\": "
                    : "{\"title\": \"Story \(i)\", \"text\": \"Story number \(i) is about the harbour council and its budget.\"}"
            )
        }
        let path = try FixtureFiles.write(Array(lines.joined(separator: "\n").utf8), named: "export.jsonl")
        defer { FixtureFiles.remove(path) }
        let result = ArticleFileReader().read(path: path)
        #expect(result.articles.count == 8)
        #expect(result.diagnostics.map(\.description) == ["\(path)#7: line 7 is not valid JSON."])
    }

    @Test func aBadFileDoesNotStopTheBatch() throws {
        let good = try FixtureFiles.write(
            Array(
                FixtureFiles.page(
                    "Fine", ["The council approved the harbour budget on Monday, the mayor said in a statement."]
                ).utf8), named: "good.html")
        let bad = try FixtureFiles.write([0x1F, 0x8B, 8, 0, 0, 0], named: "bad.warc.gz")
        defer {
            FixtureFiles.remove(good)
            FixtureFiles.remove(bad)
        }
        let reader = ArticleFileReader()
        let results = [bad, good].map { reader.read(path: $0) }
        #expect(results[0].articles.isEmpty)
        #expect(results[0].diagnostics.first?.message == "the gzip data is truncated.")
        #expect(results[1].articles.count == 1)
    }
}
