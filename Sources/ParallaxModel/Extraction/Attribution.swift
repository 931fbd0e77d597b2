/// A source an article cites for its information.
public struct Attribution: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// News agency or other media ("Xinhua", "TASS", "state media").
        case media
        /// A government, official body or official ("the Defense Ministry", "Chinese officials").
        case official
        /// Statistics or documents ("Chinese Customs data", "the joint statement").
        case data
        /// Experts, analysts, researchers.
        case expert
        /// Unnamed ("sources", "media reports").
        case anonymous
        case person
        case other
    }

    public var kind: Kind
    /// The cited source as written, minus articles ("Xinhua News Agency").
    public var source: String
    public var sourceEntityId: String?
    /// The cue ("according to", "reported", "said").
    public var cue: String
    public var span: Span

    public init(kind: Kind, source: String, sourceEntityId: String? = nil, cue: String, span: Span) {
        self.kind = kind
        self.source = source
        self.sourceEntityId = sourceEntityId
        self.cue = cue
        self.span = span
    }
}
