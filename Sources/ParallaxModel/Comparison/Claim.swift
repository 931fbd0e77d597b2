/// One proposition an article states: a sentence, or a clause of one, with the extraction found inside it.
public struct Claim: Hashable, Sendable, Codable, Identifiable {
    /// `"<article id>#<ordinal>"`: stable for the same article text.
    public var id: String
    /// The article that states it.
    public var articleId: String
    /// The article's outlet (``Article/outletName``).
    public var outlet: String
    /// The ``Voice`` the article speaks with.
    public var voiceId: String
    /// UTF-8 span of the clause in the article's `text`.
    public var span: Span
    /// The clause as written.
    public var text: String
    /// Index of the sentence within the article (0-based); clauses of one sentence share it.
    public var sentenceIndex: Int
    /// Entity ids of the mentions inside the span, in order of first mention, without repeats.
    public var entityIds: [String]
    /// Actions whose span overlaps the clause.
    public var actions: [Action]
    /// Quantities inside the clause. When extraction found no quantity in the whole article, numbers are read
    /// from the text by a small fallback reader (``Quantity/Kind/count`` with the counted noun as unit).
    public var quantities: [Quantity]
    /// Time expressions inside the clause.
    public var times: [TimeExpression]

    /// Creates a claim.
    public init(
        id: String, articleId: String, outlet: String, voiceId: String, span: Span, text: String,
        sentenceIndex: Int, entityIds: [String] = [], actions: [Action] = [], quantities: [Quantity] = [],
        times: [TimeExpression] = []
    ) {
        self.id = id
        self.articleId = articleId
        self.outlet = outlet
        self.voiceId = voiceId
        self.span = span
        self.text = text
        self.sentenceIndex = sentenceIndex
        self.entityIds = entityIds
        self.actions = actions
        self.quantities = quantities
        self.times = times
    }
}
