import Foundation
import ParallaxModel
import Testing

@testable import ParallaxExtract

/// Prints what extraction finds in each seed (set `PRINT_SEEDS=1`); a reading aid, not an assertion.
struct SeedReportTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PRINT_SEEDS"] != nil, "prints only on request"))
    func printSeeds() throws {
        var all: [ArticleExtraction] = []
        defer {
            print("=== linked")
            for extraction in EntityLinker.link(all) {
                print(
                    "  \(extraction.articleId): "
                        + extraction.entities.filter { $0.kind != .country }.map(\.id).joined(separator: " "))
            }
        }
        for prefix in ["000", "001", "002", "003", "004"] {
            let article = try #require(SeedCorpus.article(prefix))
            let extraction = Extractor().extract(article)
            all.append(extraction)
            print("=== \(prefix)")
            for entity in extraction.entities {
                print(
                    "  ENTITY \(entity.id) name=\(entity.name) aliases=\(entity.aliases) roles=\(entity.roles) country=\(entity.country ?? "-")"
                )
            }
            for quote in extraction.quotes {
                print(
                    "  QUOTE[\(quote.kind.rawValue)] speaker=\(quote.speaker ?? "nil") id=\(quote.speakerEntityId ?? "-") cue=\(quote.cue ?? "-") via=\(quote.via ?? "-") :: \(quote.text.prefix(90))"
                )
            }
            for attribution in extraction.attributions {
                print(
                    "  ATTR[\(attribution.kind.rawValue)] \(attribution.source) id=\(attribution.sourceEntityId ?? "-") cue=\(attribution.cue)"
                )
            }
            for action in extraction.actions {
                print(
                    "  ACTION \(action.actor)[\(action.actorEntityId ?? "-")] \(action.negated ? "NOT " : "")\(action.verb) (\(action.predicate)) -> \(action.target ?? "-")[\(action.targetEntityId ?? "-")] :: \(action.category.rawValue)"
                )
            }
        }
    }
}
