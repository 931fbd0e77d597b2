import Foundation
import ParallaxModel
import ParallaxText

/// Reads JSON Lines exports (one article object per line), or a file holding one JSON array of such objects.
///
/// Field names of common tools are recognised (news-please, newspaper, trafilatura, Common Crawl news
/// extractors, Kaggle dumps); the first present field of each list wins:
///
/// | Article field | JSON fields |
/// |---|---|
/// | title | `title`, `headline` |
/// | text | `text`, `maintext`, `body`, `content`, `article`, `article_text`, `full_text`, `raw_content` (HTML in any of them goes through the HTML extractor); else `description`, `summary` |
/// | published | `date_publish`, `published`, `date`, `pubDate`, `datePublished`, `published_at`, `publish_date`, `date_published`, `timestamp` |
/// | url | `url`, `link`, `canonical_url` |
/// | outlet | the registry's name for the domain of `url` or `source_domain`; else `source`, `outlet`, `publisher`, `site_name`, `sitename` (string or `{"name": …}`); else the domain |
/// | authors | `authors`, `author` (string, list of strings, or objects with `name`) |
/// | language | `language`, `lang` |
/// | categories | `categories`, `category`, `section`, `tags`, `keywords` |
/// | — | `id`: recognised and not kept (Parallax names articles by their content) |
///
/// Each article's path is `file#N`, N the line number (or the 1-based array index). A line that is not a
/// JSON object, has no text or is over the line-length limit is a diagnostic `file#N: …`; the rest go on. A
/// line that is not UTF-8 is decoded in the charset ``CharsetDetector`` finds, with a warning naming it.
/// Lines are read from a stream, so a file of any size runs in memory bounded by the longest allowed line.
public struct JSONLinesReader: Sendable {
    public var registry: OutletRegistry
    /// Longest line read, in bytes; longer lines are skipped without being held in memory.
    public var maxLineLength: Int
    /// Most records read from one file.
    public var maxRecords: Int

    public init(registry: OutletRegistry = .bundled, maxLineLength: Int = 8 << 20, maxRecords: Int = 1_000_000) {
        self.registry = registry
        self.maxLineLength = maxLineLength
        self.maxRecords = maxRecords
    }

    /// Reads JSON Lines (or a JSON array) held in memory; use ``ArticleFileReader`` to stream files.
    public func read(bytes: [UInt8], path: String) -> (articles: [Article], diagnostics: [Diagnostic]) {
        read(source: MemoryByteSource(bytes), path: path)
    }

    /// Reads JSON Lines from `source`.
    func read(source: any ByteSource, path: String) -> (articles: [Article], diagnostics: [Diagnostic]) {
        let reader = BufferedByteReader(source)
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        var records = 0
        do {
            while let line = try reader.readLine(maxLength: maxLineLength) {
                lineNumber += 1
                let linePath = "\(path)#\(lineNumber)"
                switch line {
                case .tooLong(let length):
                    diagnostics.append(
                        Diagnostic(
                            path: linePath,
                            message:
                                "line \(lineNumber) is \(length) bytes, over the \(maxLineLength)-byte line limit; it was skipped."
                        ))
                case .bytes(let bytes):
                    if bytes.allSatisfy({ ByteClass.isSpace($0) }) { continue }
                    let trimmed = bytes.filter { !ByteClass.isSpace($0) }
                    if lineNumber == 1, trimmed.first == 0x5B || trimmed == [0x7B] {
                        // A JSON array file (or one pretty-printed object): read the rest and parse it whole.
                        var whole = bytes
                        whole.append(0x0A)
                        whole += try reader.read(count: maxLineLength)
                        guard try reader.isAtEnd() else {
                            diagnostics.append(
                                Diagnostic(
                                    path: path,
                                    message: "the JSON array is over the \(maxLineLength)-byte limit; it was not read.")
                            )
                            return (articles, diagnostics)
                        }
                        return readArray(whole, path: path)
                    }
                    records += 1
                    if records > maxRecords {
                        diagnostics.append(
                            Diagnostic(
                                severity: .warning, path: path,
                                message: "only the first \(maxRecords) records were read (the record limit)."))
                        return (articles, diagnostics)
                    }
                    let (utf8, decodingNote) = Self.utf8(line: bytes, number: lineNumber)
                    if let decodingNote {
                        diagnostics.append(Diagnostic(severity: .warning, path: linePath, message: decodingNote))
                    }
                    let object = try? JSONSerialization.jsonObject(with: Data(utf8), options: [.fragmentsAllowed])
                    guard let record = object as? [String: Any] else {
                        let what = object == nil ? "is not valid JSON" : "is not a JSON object"
                        diagnostics.append(Diagnostic(path: linePath, message: "line \(lineNumber) \(what)."))
                        continue
                    }
                    append(record, path: linePath, to: &articles, diagnostics: &diagnostics)
                }
            }
        } catch let error as ByteSourceError {
            diagnostics.append(Diagnostic(path: "\(path)#\(lineNumber + 1)", message: error.message))
        } catch {
            diagnostics.append(Diagnostic(path: path, message: "the file cannot be read (\(error))."))
        }
        return (articles, diagnostics)
    }

    /// A line as UTF-8, which JSON Lines requires; a line that is not valid UTF-8 (an export written in a
    /// legacy charset) is decoded in the charset ``CharsetDetector`` finds, with a note saying so. Only lines
    /// with a byte over 0x7F are validated: most are ASCII.
    static func utf8(line bytes: [UInt8], number: Int) -> (bytes: [UInt8], note: String?) {
        guard bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) == nil else {
            return (bytes, nil)
        }
        let decoded = TextDecoding.detected(bytes[...], why: "not valid UTF-8")
        return (Array(decoded.text.utf8), "line \(number) was \(decoded.warning ?? "decoded as windows-1252.")")
    }

    /// Reads a JSON array of article objects.
    func readArray(_ bytes: [UInt8], path: String) -> (articles: [Article], diagnostics: [Diagnostic]) {
        let parsed = try? JSONSerialization.jsonObject(with: Data(bytes))
        guard let array = parsed as? [Any] ?? (parsed as? [String: Any]).map({ [$0] }) else {
            return ([], [Diagnostic(path: path, message: "the file is not a valid JSON array.")])
        }
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        for (index, value) in array.prefix(maxRecords).enumerated() {
            let itemPath = "\(path)#\(index + 1)"
            guard let record = value as? [String: Any] else {
                diagnostics.append(Diagnostic(path: itemPath, message: "element \(index + 1) is not a JSON object."))
                continue
            }
            append(record, path: itemPath, to: &articles, diagnostics: &diagnostics)
        }
        return (articles, diagnostics)
    }

    private func append(
        _ record: [String: Any], path: String, to articles: inout [Article], diagnostics: inout [Diagnostic]
    ) {
        let item = JSONFields.item(record)
        do {
            articles.append(try item.article(path: path, registry: registry))
        } catch let error as ParallaxError {
            diagnostics.append(Diagnostic(path: path, message: ArticleFileReader.stripPath(error.message, path)))
        } catch {
            diagnostics.append(Diagnostic(path: path, message: "\(error)"))
        }
    }
}

/// The field names of ``JSONLinesReader`` and their values.
enum JSONFields {
    static let title = ["title", "headline"]
    static let text = ["text", "maintext", "body", "content", "article", "article_text", "full_text", "raw_content"]
    static let summary = ["description", "summary"]
    static let published = [
        "date_publish", "published", "date", "pubDate", "datePublished", "published_at", "publish_date",
        "date_published", "timestamp",
    ]
    static let url = ["url", "link", "canonical_url"]
    static let outlet = ["source_domain", "source", "outlet", "publisher", "site_name", "sitename"]
    static let authors = ["authors", "author"]
    static let language = ["language", "lang"]
    static let categories = ["categories", "category", "section", "tags", "keywords"]
    static let dateline = ["dateline", "location"]

    static func item(_ record: [String: Any]) -> FeedItem {
        var item = FeedItem()
        item.title = first(record, title)
        if let body = first(record, text) {
            if body.utf8.contains(0x3C), body.contains("</") || body.contains("<br") {
                item.contentHTML = body
            } else {
                item.contentText = body
            }
        }
        item.summary = first(record, summary)
        item.published = first(record, published)
        item.url = first(record, url)
        item.sourceDomain = first(record, ["source_domain"])
        for key in outlet where key != "source_domain" {
            if let value = record[key], let name = names(value).first {
                item.outlet = name
                break
            }
        }
        for key in authors {
            let found = names(record[key])
            if !found.isEmpty {
                item.authors = found
                break
            }
        }
        item.language = first(record, language)
        item.dateline = first(record, dateline)
        for key in categories {
            if let value = record[key] as? String {
                item.categories = value.split(separator: ",").map { String($0).trimmingWhitespace() }
                break
            }
            if let list = record[key] as? [Any] {
                item.categories = list.compactMap { $0 as? String }
                break
            }
        }
        return item
    }

    /// The first key's value as text (numbers become text: epoch timestamps stay unparsed and are ignored).
    private static func first(_ record: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let text = record[key] as? String, !text.trimmingWhitespace().isEmpty { return text }
        }
        return nil
    }

    /// Names in a value: a string, a list of strings, objects with `name` (or `title`), or a list of those.
    static func names(_ value: Any?) -> [String] {
        if let text = value as? String { return text.trimmingWhitespace().isEmpty ? [] : [text] }
        if let dictionary = value as? [String: Any] {
            return ((dictionary["name"] as? String) ?? (dictionary["title"] as? String)).map { [$0] } ?? []
        }
        if let list = value as? [Any] { return list.prefix(50).flatMap { names($0) } }
        return []
    }
}
