import ParallaxModel

/// A word or number in a text, located by a UTF-8 span.
public struct Token: Hashable, Sendable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
    }

    public var kind: Kind
    public var span: Span
    /// Whether the first scalar is an ASCII capital (or a capitalised non-ASCII letter).
    public var isCapitalized: Bool

    public init(kind: Kind, span: Span, isCapitalized: Bool) {
        self.kind = kind
        self.span = span
        self.isCapitalized = isCapitalized
    }
}
