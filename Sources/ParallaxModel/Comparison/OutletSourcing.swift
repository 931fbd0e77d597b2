/// Whom one outlet quotes or cites in its coverage of an event.
public struct OutletSourcing: Hashable, Sendable, Codable {
    /// The outlet.
    public var outlet: String
    /// Cited sources, most cited first.
    public var sources: [CitedSource]

    /// Creates an outlet's sourcing.
    public init(outlet: String, sources: [CitedSource]) {
        self.outlet = outlet
        self.sources = sources
    }
}

/// A person, body, medium or data set an outlet quotes or cites.
public struct CitedSource: Hashable, Sendable, Codable {
    /// What sort of source it is.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A government, official body or officeholder; see `country`.
        case official
        /// An analyst, academic or researcher.
        case expert
        /// A news agency, broadcaster or other media.
        case media
        /// Statistics or documents ("Chinese Customs data").
        case data
        /// Unnamed sources.
        case anonymous
        /// Anyone else (witnesses, residents, politicians out of office).
        case other
    }

    /// The source's name ("Alexey Maslov", "Xinhua News Agency").
    public var name: String
    /// The entity id when extraction linked one.
    public var entityId: String?
    /// What sort of source it is.
    public var kind: Kind
    /// ISO 3166-1 alpha-2 of the source's country when known (an official of which country).
    public var country: String?
    /// Quotes (direct or reported speech) attributed to it.
    public var quoteCount: Int
    /// Attributions ("according to …", "… reported") and quotes relayed through it ("CCTV reported Mr Xi as
    /// saying").
    public var citationCount: Int
    /// Where it is cited or its speech reported.
    public var spans: [ArticleSpan]

    /// Total times quoted or cited.
    public var count: Int { quoteCount + citationCount }

    /// Creates a cited source.
    public init(
        name: String, entityId: String? = nil, kind: Kind, country: String? = nil, quoteCount: Int = 0,
        citationCount: Int = 0, spans: [ArticleSpan] = []
    ) {
        self.name = name
        self.entityId = entityId
        self.kind = kind
        self.country = country
        self.quoteCount = quoteCount
        self.citationCount = citationCount
        self.spans = spans
    }
}
