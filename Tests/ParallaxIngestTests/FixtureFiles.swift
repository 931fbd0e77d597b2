import Foundation

/// Fixture files (Fixtures/, written by the team) and scratch files for the ingestion tests.
enum FixtureFiles {
    /// The path of a fixture, e.g. `html/harbour-ferry.html`.
    static func path(_ name: String) -> String {
        guard let base = Bundle.module.resourceURL else { fatalError("test resources are missing") }
        return base.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    /// Writes `bytes` to a new temporary directory and returns the file's path; the caller removes
    /// the directory with `remove(_:)`.
    static func write(_ bytes: [UInt8], named name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    /// A gzip member holding `bytes` in stored (uncompressed) deflate blocks, with a real CRC-32: enough to
    /// build gzip WARC files in a test without a compressor.
    static func gzipStored(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 255]
        var offset = 0
        repeat {
            let count = min(65_535, bytes.count - offset)
            let final: UInt8 = offset + count == bytes.count ? 1 : 0
            out.append(final)
            out += [UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += bytes[offset..<(offset + count)]
            offset += count
        } while offset < bytes.count
        let crc = crc32(bytes)
        let size = UInt32(truncatingIfNeeded: bytes.count)
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((crc >> UInt32(shift)) & 0xFF)) }
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((size >> UInt32(shift)) & 0xFF)) }
        return out
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// One WARC record with the given fields, block and (unless `contentLength` overrides it, or is
    /// `.some(nil)` to leave it out) the true Content-Length.
    static func warcRecord(_ fields: [(String, String)], block: [UInt8], contentLength: Int?? = nil) -> [UInt8] {
        var head = "WARC/1.0\r\n"
        for (name, value) in fields { head += "\(name): \(value)\r\n" }
        switch contentLength {
        case .none: head += "Content-Length: \(block.count)\r\n"
        case .some(.some(let length)): head += "Content-Length: \(length)\r\n"
        case .some(.none): break
        }
        head += "\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// A `response` record for an HTML page at `url`.
    static func htmlResponse(
        url: String, html: String, charset: String = "utf-8", date: String = "2025-03-20T10:00:00Z",
        contentLength: Int?? = nil
    ) -> [UInt8] {
        let block =
            Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\(charset)\r\n\r\n".utf8) + Array(html.utf8)
        return warcRecord(
            [
                ("WARC-Type", "response"), ("WARC-Date", date), ("WARC-Target-URI", url),
                ("Content-Type", "application/http; msgtype=response"),
            ],
            block: block, contentLength: contentLength)
    }

    /// A small article page.
    static func page(_ title: String, _ paragraphs: [String]) -> String {
        "<html><head><title>\(title)</title></head><body><article>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
    }
}
