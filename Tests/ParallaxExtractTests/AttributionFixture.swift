import Foundation
import ParallaxModel
import Testing

/// One hand-written attribution case of `Fixtures/attributions.jsonl`: invented sentences in the styles of
/// wire copy, broadsheets and round-ups, each with the quote it checks and who said it.
struct AttributionCase: Decodable, Sendable, CustomTestStringConvertible {
    /// A unique name ("appositive-2").
    var id: String
    /// The construction the case exercises ("age-appositive", "scare", "nested", …).
    var construction: String
    var text: String
    /// The beginning of the quotation the case is about.
    var quote: String
    /// The speaker's full name, or nil when the quotation is a scare quote or a title (no quote expected).
    var speaker: String?
    /// Who relayed the speaker's words in a nested attribution ("The Kremlin said Xi had …").
    var reporter: String?

    var testDescription: String { id }

    /// Whether the case is a scare quote or a title that must not be reported.
    var isNotAQuote: Bool { speaker == nil }

    /// Cases the extractor still gets wrong, each with why (none at present; a case that starts failing for
    /// a good reason goes here with its reason rather than out of the fixture).
    static let knownMisses: Set<String> = []

    /// Every case of the fixture, in file order.
    static let all: [AttributionCase] = load("attributions")

    /// The US political news development set (`Fixtures/attributions-us-politics.jsonl`): wire and broadsheet
    /// constructions of Capitol Hill and campaign copy (party-state tags, titles, descriptors standing for a
    /// named person, quotations spread over paragraphs, quoted titles of bills and reports).
    static let usPolitics: [AttributionCase] = load("attributions-us-politics")

    /// The cases of one JSON Lines fixture file, in file order.
    static func load(_ name: String) -> [AttributionCase] {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "jsonl"),
            let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
        else { return [] }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { try? decoder.decode(AttributionCase.self, from: Data($0.utf8)) }
    }

    /// The cases of one construction.
    static func cases(_ construction: String) -> [AttributionCase] { all.filter { $0.construction == construction } }

    /// The direct quote the case is about in an extraction.
    func directQuote(in extraction: ArticleExtraction) -> Quote? {
        extraction.quotes.first { $0.kind == .direct && $0.text.hasPrefix(quote) }
    }
}

/// Names compared as a reader would: case, a leading article and surrounding space do not matter.
enum NameMatch {
    static func same(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return fold(a) == fold(b)
    }

    private static func fold(_ name: String) -> String {
        var folded = name.lowercased().trimmingCharacters(in: .whitespaces)
        for article in ["the ", "a ", "an "] where folded.hasPrefix(article) {
            folded.removeFirst(article.count)
            break
        }
        return folded
    }
}
