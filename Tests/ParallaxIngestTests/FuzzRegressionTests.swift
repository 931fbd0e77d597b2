import Foundation
import ParallaxIngest
import ParallaxModel
import Testing

/// Inputs that crashed or hung a reader, found by fuzzing (`Fuzz/`, `Scripts/fuzz.sh`) or while writing its
/// seeds, kept so they stay fixed. Each test says where its input came from.
struct FuzzRegressionTests {
    /// Found while writing the FuzzWARC seeds: a chunk size near `Int.max` overflowed `start + size` and
    /// trapped. The body now ends at the oversized chunk.
    @Test func chunkSizeNearIntMax() {
        let page = Array(
            FixtureFiles.page(
                "Port strike ends", ["Dock workers in Kestra returned to work on Thursday after a week-long strike."]
            ).utf8)
        let body = Array("\(String(page.count, radix: 16))\r\n".utf8) + page + Array("\r\n7fffffffffffffff\r\nx".utf8)
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n".utf8) + body
        let warc = FixtureFiles.warcRecord(
            [("WARC-Type", "response"), ("Content-Type", "application/http; msgtype=response")], block: http)
        let result = ArticleFileReader().read(bytes: warc, path: "hostile.warc")
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.text.contains("Dock workers") == true)
    }

    /// FuzzPublicationDate: a negative hour passed the `h < 24` check and `h * 60` overflowed.
    @Test(arguments: ["-999999999999999999:00 June 20, 2022", "June 20, 2022 10:-5", "-5:30 June 20, 2022"])
    func negativeClockTimeIsNoTime(_ text: String) throws {
        let timestamp = try #require(PublicationDateParser.parse(text))
        #expect(timestamp == PublicationDateParser.parse("June 20, 2022"))
    }

    /// The crashing input as the fuzzer found it (it holds no month, so no date; it must not trap).
    @Test func publicationDateCrashAsFound() throws {
        let text = String(decoding: try #require(Data(base64Encoded: Self.clockOverflow)), as: UTF8.self)
        #expect(PublicationDateParser.parse(text) == nil)
    }

    static let clockOverflow =
        "QVdlLQAAICAyMDIyIDEwOjAgMDowIEdNMjAyMiBXZTHCoC0wNjY2NjY2NjY2NjY2NjY2NjYxMDowNjY2NTplMcKgLTA2NjY2NjY2NjY2NjY2NjY2NjY2NjU6MGc6ZTHCoC0wNjY2NjY2NjY2NjY2NiAwOjAgNjY2NjY2NjU6MGcgKyBnMEdN/zAwYHRoICsgZzAwMGB0aCsg"
}
