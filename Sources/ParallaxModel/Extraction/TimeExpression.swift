/// A date or time reference, normalised TIMEX3-style against the publication date.
public struct TimeExpression: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// A full calendar date: "June 15, 2022", "20220615".
        case date
        /// Missing the year or day, or coarser: "June 15", "early February", "2030".
        case partial
        /// Relative to the publication date: "Wednesday", "last week", "the day after".
        case relative
        case duration
    }

    public var kind: Kind
    public var text: String
    public var span: Span
    /// TIMEX3 value: "2022-06-15", "2022-02", "2022-W23", "2021", "P1W"; nil when unresolved.
    public var value: String?
    /// TIMEX3 modifier: "START", "END", "BEFORE", "AFTER", "APPROX".
    public var modifier: String?
    /// Why `value` is nil ("no publication date to anchor a weekday").
    public var unresolvedReason: String?

    public init(
        kind: Kind, text: String, span: Span, value: String? = nil, modifier: String? = nil,
        unresolvedReason: String? = nil
    ) {
        self.kind = kind
        self.text = text
        self.span = span
        self.value = value
        self.modifier = modifier
        self.unresolvedReason = unresolvedReason
    }

    /// The resolved calendar day, when `value` names one.
    public var day: CivilDate? { value.flatMap { $0.utf8.count == 10 ? CivilDate(iso: $0) : nil } }
}
