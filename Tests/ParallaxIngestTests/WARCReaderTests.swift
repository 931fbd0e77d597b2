import ParallaxIngest
import ParallaxModel
import Testing

/// WARC files built in the tests from bytes (plain and gzip), the crawl fixture, and damaged records.
struct WARCReaderTests {
    private let ferry = FixtureFiles.page(
        "Ferry resumes",
        [
            "The ferry between Portvale and the islands resumed on Wednesday after a two-day suspension.",
            "The first crossing left at 7 am with about 200 passengers on board, the operator said.",
        ])
    private let bridge = FixtureFiles.page(
        "Bridge opens",
        [
            "The new road bridge over the river Vald opened to traffic on Saturday morning.",
            "Drivers will save about twenty minutes between the two halves of the city.",
        ])

    private func records() -> [[UInt8]] {
        [
            FixtureFiles.warcRecord(
                [("WARC-Type", "warcinfo"), ("Content-Type", "application/warc-fields")],
                block: Array("software: test\r\n".utf8)),
            FixtureFiles.htmlResponse(
                url: "https://www.harbourpost.example/ferry", html: ferry, date: "2025-03-20T10:00:00Z"),
            FixtureFiles.warcRecord(
                [
                    ("WARC-Type", "request"), ("WARC-Target-URI", "https://x.example/"),
                    ("Content-Type", "application/http; msgtype=request"),
                ], block: Array("GET / HTTP/1.1\r\n\r\n".utf8)),
            FixtureFiles.htmlResponse(
                url: "https://valdoria.example/bridge", html: bridge, date: "2025-05-10T06:00:00Z"),
        ]
    }

    private func read(_ bytes: [UInt8], named name: String, limits: ArticleFileReader.Limits = .init()) throws -> (
        ArticleFileReader.Result, String
    ) {
        let path = try FixtureFiles.write(bytes, named: name)
        defer { FixtureFiles.remove(path) }
        return (ArticleFileReader(limits: limits).read(path: path), path)
    }

    @Test func plainWARC() throws {
        let (result, path) = try read(records().flatMap { $0 }, named: "crawl.warc")
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.map(\.path) == [path + "#2", path + "#4"])
        let first = result.articles[0]
        #expect(first.url == "https://www.harbourpost.example/ferry")
        #expect(first.published?.description == "2025-03-20T10:00Z")
        #expect(first.title == "Ferry resumes")
        #expect(first.text.hasPrefix("The ferry between Portvale"))
    }

    @Test func gzipWARCOneMemberPerRecordWithoutExtension() throws {
        let (result, path) = try read(records().flatMap { FixtureFiles.gzipStored($0) }, named: "crawl-data")
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.map(\.path) == [path + "#2", path + "#4"])
        #expect(result.articles.map(\.title) == ["Ferry resumes", "Bridge opens"])
    }

    @Test func compressedFixtureWithCharsetAndSkippedRecords() throws {
        for name in ["warc/crawl.warc", "warc/crawl.warc.gz"] {
            let path = FixtureFiles.path(name)
            let result = ArticleFileReader().read(path: path)
            // The Polish page's charset comes from its record's HTTP header, and the choice is reported.
            #expect(
                result.diagnostics.map(\.description) == [
                    "\(path)#5: decoded as ISO-8859-2 (declared by the HTTP Content-Type header)."
                ], "\(name)")
            #expect(result.articles.map(\.path) == [path + "#3", path + "#5"])
            let ferryArticle = result.articles[0]
            #expect(ferryArticle.title == "Ferry service resumes after two-day storm")
            #expect(ferryArticle.text.contains("Sailings run every two hours"))
            let polish = result.articles[1]
            #expect(polish.text.contains("Kraków"))
            #expect(polish.text.contains("Łódź i Gdańsk"))
            #expect(polish.published?.description == "2025-03-21T06:30Z")
        }
    }

    @Test func recordWithoutContentLength() throws {
        var parts = records()
        parts[2] = FixtureFiles.warcRecord(
            [("WARC-Type", "metadata")], block: Array("via: nowhere\r\n".utf8), contentLength: .some(nil))
        let (result, path) = try read(parts.flatMap { $0 }, named: "x.warc")
        #expect(result.diagnostics.map(\.description) == ["\(path): record 3 has no Content-Length header."])
        #expect(result.articles.count == 2)
    }

    @Test func recordWhoseLengthLies() throws {
        var parts = records()
        let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8) + Array(ferry.utf8)
        parts[1] = FixtureFiles.warcRecord(
            [
                ("WARC-Type", "response"), ("WARC-Target-URI", "https://a.example/"),
                ("Content-Type", "application/http; msgtype=response"),
            ],
            block: block, contentLength: .some(block.count - 40))
        let (result, path) = try read(parts.flatMap { $0 }, named: "lies.warc")
        #expect(result.diagnostics.map(\.path).contains(path))
        #expect(result.diagnostics.contains { $0.message.hasPrefix("record 2 does not end where its Content-Length") })
        // The record after the damaged one is still read.
        #expect(result.articles.contains { $0.title == "Bridge opens" })
    }

    @Test func lengthLongerThanTheFile() throws {
        var bytes = records().prefix(2).flatMap { $0 }
        bytes += FixtureFiles.htmlResponse(url: "https://b.example/", html: bridge, contentLength: .some(100_000))
        let (result, path) = try read(bytes, named: "short.warc")
        #expect(result.articles.map(\.path) == [path + "#2"])
        #expect(
            result.diagnostics.first?.message.hasPrefix("record 3 is truncated: Content-Length says 100000 bytes")
                == true)
    }

    @Test func truncatedGzip() throws {
        var bytes = records().flatMap { FixtureFiles.gzipStored($0) }
        bytes.removeLast(300)
        let (result, path) = try read(bytes, named: "cut.warc.gz")
        #expect(result.articles.map(\.path) == [path + "#2"])
        let message = try #require(result.diagnostics.first?.message)
        #expect(message.hasPrefix("record 4"))
        #expect(message.contains("truncated"))
    }

    /// zlib checks each member's CRC-32 (the hand-written inflater before it did not): a flipped CRC byte in
    /// the last record's member is named, the records before it are kept, and the next file is still read.
    @Test func gzipMemberWithABadCRC() throws {
        var members = records().map { FixtureFiles.gzipStored($0) }
        members[3][members[3].count - 8] ^= 0xFF  // the trailer's first CRC byte
        let (result, path) = try read(members.flatMap { $0 }, named: "crc.warc.gz")
        #expect(result.articles.map(\.path) == [path + "#2"])
        #expect(
            result.diagnostics.map(\.message) == ["record 4: gzip member 4 fails its CRC check (the data is corrupt)."])
        let (next, _) = try read(records().flatMap { FixtureFiles.gzipStored($0) }, named: "next.warc.gz")
        #expect(next.articles.count == 2)
        #expect(next.diagnostics.isEmpty)
    }

    /// A stream cut inside a member's deflate data (not only in its trailer) is reported as truncated.
    @Test func gzipCutInsideAMember() throws {
        let members = records().map { FixtureFiles.gzipStored($0) }
        let bytes = members[0] + members[1] + members[2] + members[3].prefix(members[3].count / 2)
        let (result, path) = try read(bytes, named: "half.warc.gz")
        #expect(result.articles.map(\.path) == [path + "#2"])
        #expect(result.diagnostics.map(\.message) == ["record 4: the gzip data is truncated."])
    }

    @Test func recordLimit() throws {
        let (result, _) = try read(records().flatMap { $0 }, named: "limit.warc", limits: .init(maxRecordsPerFile: 2))
        #expect(result.articles.count == 1)
        #expect(result.diagnostics.first?.message == "only the first 2 records were read (the record limit).")
    }
}
