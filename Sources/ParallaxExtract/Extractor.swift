import ParallaxModel

/// Extracts entities, quotes, quantities, times, attributions and actions from one article.
///
/// A value with no state: the word lists are built once per process (static lets) and every call works
/// on its own ``Document``, so one `Extractor` can serve many tasks at once.
public struct Extractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Everything extracted from one article; spans are UTF-8 offsets into `article.text`.
    ///
    /// - Parameter article: The article; only `id`, `text` and `published` are read.
    /// - Returns: Entities with article-scoped ids ("person:xi-jinping"), their mentions, quotes with
    ///   speakers, quantities, time expressions, attributions and actions.
    public func extract(_ article: Article) -> ArticleExtraction {
        let doc = Document(text: article.text)
        let table = EntityRecognizer.recognize(doc)
        var clauses: [[ReportingClause]] = []
        clauses.reserveCapacity(doc.sentences.count)
        for sentence in 0..<doc.sentences.count {
            clauses.append(ReportingClauseFinder.clauses(inSentence: sentence, doc: doc, table: table))
        }
        let resolver = SpeakerResolver(doc: doc, table: table, clauses: clauses)
        let quotes = QuoteExtractor.quotes(doc: doc, table: table, clauses: clauses, resolver: resolver)
        let attributions = AttributionExtractor.attributions(
            doc: doc, table: table, clauses: clauses, resolver: resolver)
        var actions = ActionExtractor.actions(doc: doc, table: table, resolver: resolver)
        actions += ActionExtractor.statements(doc: doc, table: table, clauses: clauses, resolver: resolver)
        actions.sort { $0.span < $1.span }

        var entities: [Entity] = []
        entities.reserveCapacity(table.entities.count)
        for draft in table.entities where draft.mentionCount > 0 {
            entities.append(
                Entity(
                    id: draft.id, kind: draft.kind, name: draft.name, aliases: draft.aliases,
                    roles: draft.roles, country: draft.country))
        }
        let mentions = table.mentions.map { mention -> Mention in
            let span = Span(
                start: doc.words[mention.words.lowerBound].span.start,
                end: doc.words[mention.words.upperBound - 1].span.end)
            return Mention(entityId: table.entities[mention.entity].id, span: span, text: doc.string(span))
        }
        return ArticleExtraction(
            articleId: article.id, entities: entities, mentions: mentions, quotes: quotes,
            quantities: QuantityExtractor.extract(from: article.text),
            times: TimeExtractor.extract(from: article.text, published: article.published?.date),
            attributions: attributions, actions: actions)
    }
}
