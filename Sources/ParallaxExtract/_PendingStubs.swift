import ParallaxModel

// Temporary stand-ins until Quantities/ and Times/ land (owned by another helper). Delete this file then.

/// Placeholder for the numbers extractor being written in `Quantities/`.
enum QuantityExtractor {
    /// Returns no quantities until the real extractor exists.
    static func extract(from text: String) -> [Quantity] { [] }
}

/// Placeholder for the time-expression extractor being written in `Times/`.
enum TimeExtractor {
    /// Returns no times until the real extractor exists.
    static func extract(from text: String, published: CivilDate?) -> [TimeExpression] { [] }
}
