import ParallaxModel

@testable import ParallaxExtract

/// Helpers for the extraction tests.
enum Extract {
    /// Extraction of a one-off text.
    static func run(_ text: String, id: String = "t") -> ArticleExtraction {
        Extractor().extract(Article(id: id, text: text))
    }
}

extension ArticleExtraction {
    /// The entity with an id, if present.
    func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }

    /// Ids of the mentions whose text is exactly `text`.
    func mentionIds(_ text: String) -> Set<String> { Set(mentions.filter { $0.text == text }.map(\.entityId)) }

    /// The quote whose text starts with `prefix`.
    func quote(startingWith prefix: String) -> Quote? { quotes.first { $0.text.hasPrefix(prefix) } }
}
