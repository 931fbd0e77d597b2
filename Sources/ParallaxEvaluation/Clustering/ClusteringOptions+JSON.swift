import Foundation
import ParallaxModel

extension ClusteringOptions {
    /// The defaults, with the keys `json` gives replaced (`parallax tune clustering` prints whole options; a
    /// user may pass one key, like `{"threshold": 0.2}`).
    /// - Throws: ``ParallaxError`` (`invalidInput`) when `json` is no JSON object; `DecodingError` when a key
    ///   holds a value of the wrong type.
    public init(overridingDefaultsWith json: String) throws {
        let defaults =
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(ClusteringOptions())) as! [String: Any]
        guard let given = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw ParallaxError(.invalidInput, "The clustering options are no JSON object: \(json)")
        }
        let merged = defaults.merging(given) { _, new in new }
        self = try JSONDecoder().decode(ClusteringOptions.self, from: JSONSerialization.data(withJSONObject: merged))
    }
}
