import ParallaxModel
import ParallaxStore

/// `/events/{id}`: the comparison of one event, side by side (`event.mustache`).
extension Pages {
    static func event(_ event: Event, comparison: EventComparison?, articles: [Article]) -> String {
        let meta =
            (event.date?.description ?? "undated") + " · " + PageViews.plural(articles.count, "article") + " from "
            + PageViews.plural(event.outlets.count, "outlet") + " · "
        var view = EventView(
            frame: Frame(title: event.title), heading: event.title, meta: meta, path: HTML.percentEncode(event.id),
            compared: comparison != nil)
        if let comparison {
            view.fill(comparison, articles: articles)
        } else {
            view.articleList = articles.map { article in
                var meta = article.outletName
                if let published = article.published { meta += " · \(published)" }
                return ArticleItem(
                    path: HTML.percentEncode(article.id), title: article.title ?? String(article.text.prefix(80)),
                    meta: meta + " · \(article.wordCount) words")
            }
        }
        return PageTemplates.render("event", view)
    }

    struct ArticleItem {
        var path: String
        var title: String
        var meta: String
    }

    struct EventView {
        struct Side {
            var index: Int
            var value: String
            var outlets: String
            var quotes: [String]
        }
        struct ContradictionView {
            var kind: String
            var subject: String
            var sides: [Side]
        }
        struct Cell { var reported: Bool }
        struct Row {
            var kind: String
            var known: Bool
            var text: String
            var cells: [Cell]
        }
        struct Coverage {
            var outlets: [String] = []
            var rows: [Row] = []
        }
        struct Claim {
            var text: String
            var meta: String
        }
        struct ClaimSection {
            var heading: String
            var kind: String
            var claims: [Claim]
        }
        struct FramingCard {
            var outlets: String
            var terms: [PageViews.Term]
        }
        struct ContestedOutlet {
            var outlet: String
            var terms: String
        }
        struct Contested {
            var name: String
            var divergent: Bool
            var outlets: [ContestedOutlet]
        }
        struct SourcingCard {
            var outlet: String
            var sources: [PageViews.Source]
        }
        struct Text {
            var open: Bool
            var title: String
            var meta: String
            var path: String
            var bodyMarkup: String
        }

        var frame: Frame
        var heading: String
        var meta: String
        var path: String
        var compared: Bool
        var articleList: [ArticleItem] = []
        var summary: [String] = []
        var contradictions: [ContradictionView] = []
        var coverage = Coverage()
        var claimSections: [ClaimSection] = []
        var framing: [FramingCard] = []
        var contested: [Contested] = []
        var sourcing: [SourcingCard] = []
        var texts: [Text] = []

        mutating func fill(_ comparison: EventComparison, articles: [Article]) {
            summary = comparison.summary.map(\.text)
            contradictions = comparison.contradictions.map { contradiction in
                ContradictionView(
                    kind: contradiction.kind.rawValue,
                    subject: contradiction.subject + (contradiction.slot.isEmpty ? "" : " — " + contradiction.slot),
                    sides: contradiction.sides.enumerated().map { index, side in
                        Side(
                            index: index % 4, value: side.value, outlets: side.outlets.joined(separator: ", "),
                            quotes: side.spans.prefix(3).map(\.text))
                    })
            }
            let groups = Dictionary(comparison.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            coverage = Coverage(
                outlets: comparison.coverage.outlets,
                rows: comparison.coverage.rows.map { row in
                    let group = groups[row.groupId]
                    return Row(
                        kind: group?.kind.rawValue ?? "unique", known: group != nil,
                        text: group?.representativeText ?? row.groupId,
                        cells: row.claimIds.map { Cell(reported: $0 != nil) })
                })
            let kinds: [(ClaimGroup.Kind, String)] = [
                (.consensus, "Reported by every outlet"), (.partial, "Reported by some"), (.unique, "Reported by one"),
            ]
            claimSections = kinds.compactMap { kind, heading in
                let members = comparison.groups.filter { $0.kind == kind }
                guard !members.isEmpty else { return nil }
                return ClaimSection(
                    heading: "\(heading) (\(members.count))", kind: kind.rawValue,
                    claims: members.map { group in
                        Claim(
                            text: group.representativeText,
                            meta: group.outlets.joined(separator: ", ")
                                + (group.missingOutlets.isEmpty
                                    ? "" : " · not in " + group.missingOutlets.joined(separator: ", ")))
                    })
            }
            framing = comparison.framing.map { framing in
                FramingCard(
                    outlets: framing.outlets.joined(separator: ", "),
                    terms: framing.terms.map {
                        PageViews.Term(term: $0.term, counts: "×\($0.count) (elsewhere \($0.countElsewhere))")
                    })
            }
            contested = comparison.contested.filter { !$0.outlets.isEmpty }.map { usage in
                Contested(
                    name: usage.name, divergent: usage.divergent,
                    outlets: usage.outlets.map { outlet in
                        ContestedOutlet(
                            outlet: outlet.outlet,
                            terms: outlet.terms.map { "\($0.term) ×\($0.count)" }.joined(separator: ", "))
                    })
            }
            sourcing = comparison.sourcing.map { outlet in
                SourcingCard(
                    outlet: outlet.outlet,
                    sources: outlet.sources.map { source in
                        PageViews.Source(
                            name: source.name,
                            details: " · \(source.kind.rawValue)" + (source.country.map { " · " + $0 } ?? "") + " · "
                                + PageViews.plural(source.quoteCount, "quote") + ", "
                                + PageViews.plural(source.citationCount, "citation"))
                    })
            }
            texts = articles.enumerated().map { index, article in
                var meta = article.outletName
                if let published = article.published { meta += " · \(published)" }
                var body = HTML()
                ArticleHighlighter.render(
                    &body, text: article.text,
                    highlights: ArticleHighlighter.highlights(articleId: article.id, comparison: comparison))
                return Text(
                    open: index < 3, title: article.title ?? "Untitled article",
                    meta: meta + " · \(article.wordCount) words · ", path: HTML.percentEncode(article.id),
                    bodyMarkup: body.output)
            }
        }
    }
}
