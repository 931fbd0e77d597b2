/// Reported speech, direct or indirect, with who said it.
public struct Quote: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// Words inside quotation marks.
        case direct
        /// Paraphrase: "Xi said that …", "…, he said".
        case indirect
    }

    public var kind: Kind
    /// The quoted or paraphrased content (without the marks).
    public var text: String
    public var span: Span
    /// The speaker's name as resolved ("Xi Jinping"), or nil when unknown.
    public var speaker: String?
    public var speakerEntityId: String?
    /// Where the speaker is named (may be in a neighbouring sentence).
    public var speakerSpan: Span?
    /// The cue verb in its base form ("say", "stress", "add").
    public var cue: String?
    /// The medium that reported the speech ("CCTV" in "CCTV reported Mr Xi as saying").
    public var via: String?
    /// Who relayed the speaker's words when that is not the speaker: "The Kremlin" in "The Kremlin said Xi
    /// had acknowledged “…”", and the medium of `via` too. Nil for first-hand speech. Optional so that JSON
    /// written before schema 1.1 still decodes.
    public var reportedBy: String?
    /// Where `reportedBy` is named.
    public var reportedBySpan: Span?

    public init(
        kind: Kind, text: String, span: Span, speaker: String? = nil, speakerEntityId: String? = nil,
        speakerSpan: Span? = nil, cue: String? = nil, via: String? = nil, reportedBy: String? = nil,
        reportedBySpan: Span? = nil
    ) {
        self.kind = kind
        self.text = text
        self.span = span
        self.speaker = speaker
        self.speakerEntityId = speakerEntityId
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.via = via
        self.reportedBy = reportedBy
        self.reportedBySpan = reportedBySpan
    }
}
