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

    /// The TIMEX3 modifier of an expression: where in the period, or on which side of it. Encoded as the
    /// TIMEX3 word ("START", "MID", …).
    public enum Modifier: String, Sendable, Codable, Hashable, CaseIterable {
        /// "early February", "the beginning of 2022".
        case start = "START"
        /// "mid-June", "the middle of the year".
        case mid = "MID"
        /// "late on Thursday", "the end of March".
        case end = "END"
        /// "by 2030", "before Thursday", "until summer".
        case before = "BEFORE"
        /// "since 2013", "after the vote".
        case after = "AFTER"
        /// "around noon", "circa 1900".
        case approx = "APPROX"
    }

    public var kind: Kind
    public var text: String
    public var span: Span
    /// TIMEX3 value: "2022-06-15", "2022-02", "2022-W23", "2021", "P1W"; nil when unresolved.
    public var value: String?
    /// TIMEX3 modifier, when the expression has one.
    public var modifier: Modifier?
    /// Why `value` is nil ("no publication date to anchor a weekday").
    public var unresolvedReason: String?

    public init(
        kind: Kind, text: String, span: Span, value: String? = nil, modifier: Modifier? = nil,
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
