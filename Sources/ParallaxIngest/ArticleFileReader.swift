import Foundation
import ParallaxModel

/// Reads article files of any supported format, choosing the reader by content.
///
/// The first bytes decide (see ``FormatSniffer``): gzip is unwrapped transparently, WARC and JSON Lines are
/// streamed record by record, HTML pages, RSS/RDF/Atom and JSON feeds are read whole, and anything else is
/// plain text. A file never stops a batch: every problem is a diagnostic naming the file and, where there
/// is one, the record or line (`crawl.warc#17`, `export.jsonl#7`).
public struct ArticleFileReader: Sendable {
    /// Limits that protect against hostile input (``ReadLimits``).
    public typealias Limits = ReadLimits

    /// What one file gave: its articles, and the problems met.
    public struct Result: Sendable {
        public var articles: [Article]
        public var diagnostics: [Diagnostic]

        /// Every article is named by what it is: its text as its outlet published it at its address
        /// (``ArticleIdentity/id(for:)``), whichever reader made it.
        public init(articles: [Article], diagnostics: [Diagnostic]) {
            self.articles = articles.map { article in
                var named = article
                named.id = ArticleIdentity.id(for: article)
                return named
            }
            self.diagnostics = diagnostics
        }
    }

    public var registry: OutletRegistry
    public var limits: Limits

    public init(registry: OutletRegistry = .bundled, limits: Limits = Limits()) {
        self.registry = registry
        self.limits = limits
    }

    /// Reads the file at `path`; never throws: problems become diagnostics naming the file.
    public func read(path: String) -> Result {
        let head: [UInt8]
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            size = attributes[.size] as? Int ?? 0
            guard let handle = FileHandle(forReadingAtPath: path) else {
                return failure(path, "the file cannot be opened.")
            }
            defer { try? handle.close() }
            head = [UInt8](try handle.read(upToCount: 4096) ?? Data())
        } catch {
            return failure(path, "the file cannot be read (\(error.localizedDescription)).")
        }
        if head.isEmpty { return failure(path, "the file is empty.") }
        var format = FormatSniffer.sniff(head, name: path)
        if format == .gzip {
            // Peek at the decompressed start to choose between streaming and reading whole.
            do {
                let peek =
                    try GzipSource(FileByteSource(path: path), maxOutputBytes: limits.maxDecompressedBytes)
                    .readChunk(maxLength: 4096) ?? []
                format = FormatSniffer.sniff(peek, name: Self.removingGzipExtension(path))
                if peek.isEmpty { return failure(path, "the gzip file is empty.") }
            } catch let error as ByteSourceError {
                return failure(path, error.message)
            } catch {
                return failure(path, "\(error)")
            }
            switch format {
            case .warc, .jsonLines:
                return stream(path: path, format: format, gzip: true)
            default:
                do {
                    let source = GzipSource(try FileByteSource(path: path), maxOutputBytes: limits.maxFileBytes)
                    var bytes: [UInt8] = []
                    while let chunk = try source.readChunk(maxLength: 1 << 18) { bytes += chunk }
                    return read(bytes: bytes, path: path, format: format)
                } catch let error as ByteSourceError {
                    return failure(path, error.message)
                } catch {
                    return failure(path, "\(error)")
                }
            }
        }
        if format == .warc || format == .jsonLines {
            return stream(path: path, format: format, gzip: false)
        }
        if size > limits.maxFileBytes {
            return failure(path, "the file is \(size) bytes, over the \(limits.maxFileBytes)-byte limit.")
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return read(bytes: [UInt8](data), path: path, format: format)
        } catch {
            return failure(path, "the file cannot be read (\(error.localizedDescription)).")
        }
    }

    /// Reads an in-memory file named `path`.
    public func read(bytes: [UInt8], path: String) -> Result {
        read(bytes: bytes, path: path, format: FormatSniffer.sniff(bytes.prefix(4096), name: path))
    }

    /// Reads an in-memory file named `path` as `format`, whatever its first bytes say (for callers that know
    /// the format, and for fuzzing one reader at a time).
    public func read(bytes: [UInt8], path: String, format: ArticleFormat) -> Result {
        do {
            switch format {
            case .gzip:
                let inflated: [UInt8]
                do {
                    inflated = try GzipSource.decompress(bytes, maxOutputBytes: limits.maxFileBytes)
                } catch let error as ByteSourceError {
                    return failure(path, error.message)
                }
                let inner = FormatSniffer.sniff(inflated.prefix(4096), name: Self.removingGzipExtension(path))
                if inner == .gzip { return failure(path, "the file is gzip inside gzip; it was not read.") }
                return read(bytes: inflated, path: path, format: inner)
            case .warc:
                let (articles, diagnostics) = warcReader.read(source: MemoryByteSource(bytes), path: path)
                return Result(articles: articles, diagnostics: diagnostics)
            case .jsonLines:
                let (articles, diagnostics) = jsonLinesReader.read(source: MemoryByteSource(bytes), path: path)
                return Result(articles: articles, diagnostics: diagnostics)
            case .jsonFeed:
                let (articles, diagnostics) = try JSONFeedReader(registry: registry, maxItems: limits.maxRecordsPerFile)
                    .read(bytes: bytes, path: path)
                return Result(articles: articles, diagnostics: diagnostics)
            case .xmlFeed:
                let decoded = try TextDecoding.decodeMarkup(bytes, path: path)
                let (articles, diagnostics) = try XMLFeedReader(registry: registry, maxItems: limits.maxRecordsPerFile)
                    .read(xml: decoded.text, path: path)
                return Result(articles: articles, diagnostics: warnings(decoded.warning, path) + diagnostics)
            case .html:
                let reader = HTMLArticleReader(registry: registry, maxDepth: limits.maxNestingDepth)
                let (article, decodingWarnings) = try reader.read(bytes: bytes, path: path)
                return Result(articles: [article], diagnostics: decodingWarnings.flatMap { warnings($0, path) })
            case .plainText:
                let decoded = try TextDecoding.decode(bytes, path: path)
                let article = try PlainTextReader(registry: registry).read(decoded.text, path: path)
                return Result(articles: [article], diagnostics: warnings(decoded.warning, path))
            }
        } catch let error as ParallaxError {
            return Result(
                articles: [], diagnostics: [Diagnostic(path: path, message: Self.stripPath(error.message, path))])
        } catch {
            return failure(path, "\(error)")
        }
    }

    private var warcReader: WARCReader {
        WARCReader(
            registry: registry, maxRecords: limits.maxRecordsPerFile, maxRecordBytes: limits.maxRecordBytes,
            maxDepth: limits.maxNestingDepth)
    }

    private var jsonLinesReader: JSONLinesReader {
        JSONLinesReader(registry: registry, maxLineLength: limits.maxLineLength, maxRecords: limits.maxRecordsPerFile)
    }

    /// Streams a WARC or JSON Lines file from disk, through gzip when `gzip`.
    private func stream(path: String, format: ArticleFormat, gzip: Bool) -> Result {
        let source: any ByteSource
        do {
            let file = try FileByteSource(path: path)
            source = gzip ? GzipSource(file, maxOutputBytes: limits.maxDecompressedBytes) : file
        } catch let error as ByteSourceError {
            return failure(path, error.message)
        } catch {
            return failure(path, "\(error)")
        }
        let (articles, diagnostics) =
            format == .warc
            ? warcReader.read(source: source, path: path) : jsonLinesReader.read(source: source, path: path)
        return Result(articles: articles, diagnostics: diagnostics)
    }

    private func warnings(_ warning: String?, _ path: String) -> [Diagnostic] {
        warning.map { [Diagnostic(severity: .warning, path: path, message: $0)] } ?? []
    }

    private func failure(_ path: String, _ message: String) -> Result {
        Result(articles: [], diagnostics: [Diagnostic(path: path, message: message)])
    }

    private static func removingGzipExtension(_ path: String) -> String {
        path.lowercased().hasSuffix(".gz") ? String(path.dropLast(3)) : path
    }

    /// Messages carry their path; diagnostics keep it separately.
    static func stripPath(_ message: String, _ path: String) -> String {
        message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
    }
}
