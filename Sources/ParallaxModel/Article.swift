/// One news article after ingestion: recovered metadata and the cleaned body.
public struct Article: Hashable, Sendable, Codable, Identifiable {
    /// Stable identifier: 16 hex digits of a hash of the normalised body and its source (the address, else
    /// the known outlet), so the same text from the same source is the same article whatever file it came
    /// from, and the same text from another outlet or address is another article (`ArticleIdentity`). A changed
    /// text at a stored article's address keeps that article's id: it is a revision (``ArticleRevision``).
    public var id: String
    /// Where it was read from (file path, `file#record`), when known.
    public var path: String?
    public var title: String?
    public var published: Timestamp?
    public var authors: [String]
    /// The outlet's display name (from a header, a credit line, or the URL's domain).
    public var outlet: String?
    public var url: String?
    /// The place line that opens the story ("BEIJING"), without the agency.
    public var dateline: String?
    /// The wire agency credited in the dateline or a credit line ("AFP" in "BEIJING AFP -").
    public var agency: String?
    /// Categories or sections the source gave.
    public var categories: [String]
    /// Language tag when known ("en").
    public var language: String?
    /// The cleaned body: paragraphs separated by a blank line, boilerplate removed.
    public var text: String

    public init(
        id: String, path: String? = nil, title: String? = nil, published: Timestamp? = nil,
        authors: [String] = [], outlet: String? = nil, url: String? = nil, dateline: String? = nil,
        agency: String? = nil, categories: [String] = [], language: String? = nil, text: String
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.authors = authors
        self.outlet = outlet
        self.url = url
        self.dateline = dateline
        self.agency = agency
        self.categories = categories
        self.language = language
        self.text = text
    }

    /// Number of whitespace-separated words in `text`.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// The outlet name; an article with no known outlet is a voice of its own, named by its file
    /// ("Unknown outlet (wire-042.txt)") so a reader can find it, not by a hash.
    public var outletName: String { outlet ?? Self.unknownOutletName(path: path ?? id) }

    /// The name of an outlet nothing identifies: the file it came from, without its directory
    /// ("Unknown outlet (crawl.warc#3)").
    public static func unknownOutletName(path: String?) -> String {
        guard let path, !path.isEmpty else { return "Unknown outlet" }
        let file = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        return "Unknown outlet (\(file))"
    }
}
