import Foundation
import ParallaxModel

/// Rendered pages (the server's materialised views). A backend may keep none: the defaults keep nothing.
public protocol RenderedPageCache: Sendable {
    /// A number that changes with every ``AnalysisRepository/replaceAnalysis(events:extractions:comparisons:syndication:)``, so a
    /// body rendered from one analysis is never served for the next.
    func analysisGeneration() async throws -> Int
    /// The body stored under `key` for analysis `generation`, if any.
    func renderedPage(key: String, generation: Int) async throws -> [UInt8]?
    /// Stores rendered bodies made from analysis `generation`; ignored when that is no longer the current one.
    func saveRenderedPages(_ pages: [RenderedPage], generation: Int) async throws
    /// Keys of the bodies stored for analysis `generation`.
    func renderedPageKeys(generation: Int) async throws -> Set<String>
}
