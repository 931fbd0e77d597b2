import ParallaxModel

/// Reads WARC 1.0 / 1.1 files (plain, or gzip with one member per record, as crawlers write them) record by
/// record from a stream, in memory bounded by one record's block.
///
/// `response` records whose HTTP payload is HTML become articles: the path is `file#N` (N counts records
/// from 1, the `warcinfo` record included), the URL falls back to `WARC-Target-URI` and the date to
/// `WARC-Date`, and the charset of the HTTP `Content-Type` is honoured. Other records (requests, metadata,
/// redirects, images) are skipped without being held in memory.
///
/// Damage is reported per record and reading goes on where it can: a record without `Content-Length`, or
/// whose block does not end where `Content-Length` says, is reported and the reader moves to the next
/// `WARC/1.` line; a truncated record or gzip stream ends the file with a diagnostic.
struct WARCReader {
    var registry: OutletRegistry
    var maxRecords: Int
    /// Largest record block kept in memory (an HTML response); larger ones are skipped with a diagnostic.
    var maxRecordBytes: Int
    var maxLineLength: Int = 64 << 10
    var maxDepth: Int = 256

    func read(source: any ByteSource, path: String) -> (articles: [Article], diagnostics: [Diagnostic]) {
        var session = Session(warc: self, reader: BufferedByteReader(source), path: path)
        do {
            while try session.readRecord() == .next {}
        } catch let error as ByteSourceError {
            session.report("record \(session.insideRecord ? session.record : session.record + 1): \(error.message)")
        } catch {
            session.report("the file cannot be read (\(error)).")
        }
        return (session.articles, session.diagnostics)
    }

    /// Whether reading goes on after a record.
    enum Flow { case next, stop }

    /// One file being read: where the reader is, and what it found.
    struct Session {
        let warc: WARCReader
        let reader: BufferedByteReader
        let path: String
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        /// Records counted so far (the current one included once its version line is read).
        var record = 0
        /// Whether the current record's version line has been read (errors then belong to `record`).
        var insideRecord = false
        /// Whether the next record's version line was already read while looking for the end of this one.
        var pendingVersionLine = false

        init(warc: WARCReader, reader: BufferedByteReader, path: String) {
            self.warc = warc
            self.reader = reader
            self.path = path
        }

        mutating func report(_ message: String, severity: Diagnostic.Severity = .error) {
            diagnostics.append(Diagnostic(severity: severity, path: path, message: message))
        }

        /// Reads one record: its version line, named fields and block.
        mutating func readRecord() throws -> Flow {
            insideRecord = false
            if pendingVersionLine {
                record += 1
                pendingVersionLine = false
            } else {
                switch try readVersionLine() {
                case .stop: return .stop
                case .next: break
                case nil: return .next  // a line that was no text: look again
                }
            }
            insideRecord = true
            if record > warc.maxRecords {
                report("only the first \(warc.maxRecords) records were read (the record limit).", severity: .warning)
                return .stop
            }
            let fields = try readFields()
            guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
                report("record \(record) has no Content-Length header.")
                guard try warc.resynchronise(reader) else { return .stop }
                pendingVersionLine = true
                return .next
            }
            guard try readBlock(length: length, fields: fields) == .next else { return .stop }
            return try readBlockEnd(length: length)
        }

        /// The version line, skipping the blank lines between records: `.next` once read (a line that is not
        /// one is reported and skipped to the next), `.stop` at the end of input, nil to look again.
        mutating func readVersionLine() throws -> Flow? {
            var versionLine: [UInt8]?
            while let line = try reader.readLine(maxLength: warc.maxLineLength) {
                if case .bytes(let bytes) = line {
                    if bytes.isEmpty { continue }
                    versionLine = bytes
                }
                break
            }
            guard let versionLine else { return try reader.isAtEnd() ? .stop : nil }
            record += 1
            if !versionLine.starts(with: Array("WARC/".utf8)) {
                report("record \(record) does not start with a WARC version line; skipping to the next record.")
                guard try warc.resynchronise(reader) else { return .stop }
            }
            return .next
        }

        /// The named fields up to the blank line (at most 256), names lowercased.
        mutating func readFields() throws -> [String: String] {
            var fields: [String: String] = [:]
            var fieldCount = 0
            while let line = try reader.readLine(maxLength: warc.maxLineLength) {
                guard case .bytes(let bytes) = line else { continue }
                if bytes.isEmpty { break }
                fieldCount += 1
                if fieldCount > 256 { break }
                let text = String(decoding: bytes, as: UTF8.self)
                if let colon = text.firstIndex(of: ":") {
                    fields[text[..<colon].lowercased().trimmingWhitespace()] = String(
                        text[text.index(after: colon)...]
                    ).trimmingWhitespace()
                }
            }
            return fields
        }

        /// Reads an HTML response's block into an article, or skips any other block; `.stop` when the file
        /// ends inside it.
        mutating func readBlock(length: Int, fields: [String: String]) throws -> Flow {
            let type = fields["warc-type"]?.lowercased() ?? ""
            let contentType = fields["content-type"]?.lowercased() ?? ""
            let wanted = type == "response" && contentType.hasPrefix("application/http")
            if wanted && length > warc.maxRecordBytes {
                report(
                    "record \(record) is \(length) bytes, over the \(warc.maxRecordBytes)-byte record limit; it was skipped."
                )
            }
            guard wanted && length <= warc.maxRecordBytes else {
                let skipped = try reader.skip(count: length)
                guard skipped == length else {
                    report(
                        "record \(record) is truncated: Content-Length says \(length) bytes but the file ends after \(skipped)."
                    )
                    return .stop
                }
                return .next
            }
            let block = try reader.read(count: length)
            guard block.count == length else {
                report(
                    "record \(record) is truncated: Content-Length says \(length) bytes but the file ends after \(block.count)."
                )
                return .stop
            }
            let recordPath = "\(path)#\(record)"
            do {
                if let (article, warnings) = try warc.article(fromHTTP: block, fields: fields, path: recordPath) {
                    articles.append(article)
                    diagnostics += warnings.map { Diagnostic(severity: .warning, path: recordPath, message: $0) }
                }
            } catch let error as ParallaxError {
                diagnostics.append(
                    Diagnostic(path: recordPath, message: ArticleFileReader.stripPath(error.message, recordPath)))
            }
            return .next
        }

        /// The two CRLFs that end a block; a record that does not end there is reported and the reader moves to
        /// the next version line.
        mutating func readBlockEnd(length: Int) throws -> Flow {
            for _ in 0..<2 {
                guard let line = try reader.readLine(maxLength: warc.maxLineLength) else { break }
                if case .bytes(let bytes) = line, bytes.isEmpty { continue }
                report(
                    "record \(record) does not end where its Content-Length (\(length) bytes) says; skipping to the next record."
                )
                if case .bytes(let bytes) = line, bytes.starts(with: Array("WARC/1.".utf8)) {
                    pendingVersionLine = true
                } else {
                    guard try warc.resynchronise(reader) else { return .stop }
                    pendingVersionLine = true
                }
                break
            }
            return .next
        }
    }

    /// Skips lines up to and including the next `WARC/1.x` version line; false at the end of input.
    func resynchronise(_ reader: BufferedByteReader) throws -> Bool {
        while let line = try reader.readLine(maxLength: maxLineLength) {
            if case .bytes(let bytes) = line,
                bytes.starts(with: Array("WARC/1.".utf8)) || bytes.starts(with: Array("WARC/0.".utf8))
            {
                return true
            }
        }
        return false
    }

    /// The article in an HTTP response block and warnings about its decoding (the charset chosen and why), nil
    /// when it is not a successful HTML response.
    func article(
        fromHTTP block: [UInt8], fields: [String: String], path: String
    ) throws -> (Article, [String])? {
        // Status line and headers end at the first blank line.
        var index = 0
        var headerLines: [String] = []
        var lineStart = 0
        while index < block.count {
            if block[index] == 0x0A {
                var end = index
                if end > lineStart && block[end - 1] == 0x0D { end -= 1 }
                if end == lineStart {
                    index += 1
                    break
                }
                headerLines.append(String(decoding: block[lineStart..<end], as: UTF8.self))
                if headerLines.count > 256 { return nil }
                lineStart = index + 1
            }
            index += 1
        }
        guard let status = headerLines.first, status.hasPrefix("HTTP/") else {
            throw ParallaxError(.invalidInput, "\(path): the response record does not hold an HTTP response.")
        }
        let code = status.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        guard (200..<300).contains(code) else { return nil }
        var headers: [String: String] = [:]
        for line in headerLines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased().trimmingWhitespace()] = String(line[line.index(after: colon)...])
                .trimmingWhitespace()
        }
        var body = Array(block[min(index, block.count)...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true { body = Self.dechunk(body) }
        if let encoding = headers["content-encoding"]?.lowercased(), encoding.contains("gzip") {
            do {
                body = try GzipSource.decompress(body, maxOutputBytes: maxRecordBytes)
            } catch let error as ByteSourceError {
                throw ParallaxError(.invalidInput, "\(path): the gzip-encoded page cannot be read (\(error.message))")
            }
        }
        let contentType = headers["content-type"]?.lowercased() ?? ""
        let isHTML =
            contentType.contains("html")
            || (contentType.isEmpty && FormatSniffer.sniff(body.prefix(1024), name: ".html") == .html)
        guard isHTML else { return nil }
        let fetchDate = fields["warc-date"].flatMap { Timestamp(iso: $0) }
        let url = fields["warc-target-uri"].map { $0.trimmingCharacters(in: "<>") }
        let reader = HTMLArticleReader(registry: registry, maxDepth: maxDepth)
        return try reader.read(
            bytes: body, path: path, charset: Charset.fromContentType(contentType), url: url, fallbackDate: fetchDate
        )
    }

    /// Decodes HTTP chunked transfer coding; stops at the first malformed chunk.
    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            guard let lineEnd = bytes[i...].firstIndex(of: 0x0A) else { break }
            let sizeText =
                String(decoding: bytes[i..<lineEnd], as: UTF8.self).split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingWhitespace(), radix: 16), size >= 0 else { break }
            if size == 0 { break }
            let start = lineEnd + 1
            // Compared before adding: a hostile size (`7fffffffffffffff`) would overflow `start + size`.
            let end = size < bytes.count - start ? start + size : bytes.count
            out += bytes[start..<end]
            i = end
            while i < bytes.count, bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        }
        return out
    }
}
