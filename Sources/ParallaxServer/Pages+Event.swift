import ParallaxModel
import ParallaxStore

/// `/events/{id}`: the comparison of one event, side by side (`event.mustache`).
extension Pages {
    static func event(_ event: Event, comparison: EventComparison?, articles: [Article]) -> String {
        let outlets = articles.isEmpty ? event.outlets : Array(Set(articles.map(\.outletName))).sorted()
        let meta =
            (event.date?.description ?? "undated") + " · " + PageViews.plural(articles.count, "article") + " from "
            + PageViews.plural(outlets.count, "outlet") + " · "
        var view = EventView(
            frame: Frame(title: event.title), heading: event.title, meta: meta, outlets: outlets,
            path: HTML.percentEncode(event.id), compared: comparison != nil)
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
        /// Date, article and outlet counts.
        var meta: String
        /// The event's outlets, sorted.
        var outlets: [String]
        var path: String
        var compared: Bool
        var articleList: [ArticleItem] = []
        /// The first lines of the claims the accounts share, for "What happened".
        var summary: [String] = []
        var contradictions: [ContradictionView] = []
        var coverage = CoverageView(groups: [], outlets: [])
        var framing: [FramingCard] = []
        var contested: [Contested] = []
        var sourcing: [SourcingCard] = []
        var texts: [Text] = []

        mutating func fill(_ comparison: EventComparison, articles: [Article]) {
            summary = comparison.summary.map { Self.firstLine($0.text) }
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
            coverage = CoverageView(groups: comparison.groups, outlets: outlets)
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
                    open: index == 0, title: article.title ?? "Untitled article",
                    meta: meta + " · \(article.wordCount) words · ", path: HTML.percentEncode(article.id),
                    bodyMarkup: body.output)
            }
        }

        /// A claim's first line, cut at a word near 240 characters: the summary is read at a glance.
        static func firstLine(_ text: String) -> String {
            let line = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? text
            guard line.count > 240 else { return line }
            let cut = line.prefix(240)
            return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
        }
    }
}
