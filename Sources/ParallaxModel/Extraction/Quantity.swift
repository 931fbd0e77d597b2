/// A number with what it counts or measures, normalised.
public struct Quantity: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, Hashable {
        case count
        case money
        case percent
        case length
        case area
        case volume
        case mass
        case duration
        case multiplier
        case ordinal
        case other
    }

    public var kind: Kind
    /// The whole surface text ("US$147 billion S$205 billion").
    public var text: String
    public var span: Span
    /// The value with scale words applied (147e9), in `unit`.
    public var value: Double
    /// Normalised unit: "m", "m3", "km", "%", "USD", "SGD", "times", or the counted noun ("civilians").
    public var unit: String?
    /// The same amount expressed in other units in the same phrase (S$205 billion beside US$147 billion).
    public var alternatives: [Alternative]
    /// Hedged: "about", "nearly", "more than", "up to".
    public var qualifier: String?
    /// The value converted to the SI base unit (metres, cubic metres, kilograms, seconds) when it has one.
    public var normalizedValue: Double?

    /// Another expression of the same amount.
    public struct Alternative: Hashable, Sendable, Codable {
        public var value: Double
        public var unit: String
        public var text: String

        public init(value: Double, unit: String, text: String) {
            self.value = value
            self.unit = unit
            self.text = text
        }
    }

    public init(
        kind: Kind, text: String, span: Span, value: Double, unit: String? = nil, alternatives: [Alternative] = [],
        qualifier: String? = nil, normalizedValue: Double? = nil
    ) {
        self.kind = kind
        self.text = text
        self.span = span
        self.value = value
        self.unit = unit
        self.alternatives = alternatives
        self.qualifier = qualifier
        self.normalizedValue = normalizedValue
    }
}
