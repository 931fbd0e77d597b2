import ParallaxModel
import ParallaxStore

/// The timeline and outlet pages.
extension Pages {
    // MARK: Timeline

    /// `/timeline`: events over time as a bar chart, filtered like the event list; each bar links to its events.
    static func timeline(days: [TimelineDay], query: EventQuery, outlets: [String]) -> String {
        struct Day {
            var href: String
            var date: String
            var counts: String
        }
        struct View {
            var frame = Frame(title: "Timeline")
            var filters: PageViews.Filters
            var count: String
            var anyDays: Bool
            var chartMarkup: String
            var busiest: [Day]
        }
        let events = days.reduce(0) { $0 + $1.events }
        let articles = days.reduce(0) { $0 + $1.articles }
        let busiest = days.sorted { ($0.events, $1.date) > ($1.events, $0.date) }.prefix(10).map { day in
            var dayQuery = query
            dayQuery.from = day.date
            dayQuery.to = day.date
            return Day(
                href: href("/", query: dayQuery), date: day.date.description,
                counts: " · " + PageViews.plural(day.events, "event") + ", " + PageViews.plural(day.articles, "article")
            )
        }
        return PageTemplates.render(
            "timeline",
            View(
                filters: PageViews.Filters(query: query, outlets: outlets),
                count: PageViews.plural(events, "dated event") + ", " + PageViews.plural(articles, "article")
                    + ", over " + PageViews.plural(days.count, "day"),
                anyDays: !days.isEmpty, chartMarkup: days.isEmpty ? "" : chart(days, query: query), busiest: busiest))
    }

    /// The SVG chart of `days`, each bar linking to the event list for its days under `query`'s filters.
    static func chart(_ days: [TimelineDay], query: EventQuery) -> String {
        TimelineChart.svg(days) { from, to in
            var barQuery = query
            barQuery.from = from
            barQuery.to = to
            return href("/", query: barQuery)
        }
    }

    // MARK: Outlets

    /// `/outlets`: every outlet with its counts.
    static func outlets(_ outlets: [OutletSummary]) -> String {
        struct Row {
            var path: String
            var name: String
            var articles: Int
            var events: Int
            var range: String
        }
        struct View {
            var frame = Frame(title: "Outlets")
            var outlets: [Row]
        }
        return PageTemplates.render(
            "outlets",
            View(
                outlets: outlets.map { outlet in
                    Row(
                        path: HTML.percentEncode(OutletDigest.slug(outlet.name)), name: outlet.name,
                        articles: outlet.articleCount, events: outlet.eventCount, range: range(outlet))
                }))
    }

    private static func range(_ outlet: OutletSummary) -> String {
        switch (outlet.firstPublished?.date, outlet.lastPublished?.date) {
        case let (first?, last?) where first != last: "\(first) to \(last)"
        case let (first?, _): "\(first)"
        default: "unknown"
        }
    }

    /// `/outlets/{id}`: one outlet's events over time, whom it quotes, the words it leans on, its events.
    static func outlet(
        _ outlet: OutletSummary, page: EventPage, query: EventQuery, digest: OutletDigest, days: [TimelineDay]
    ) -> String {
        struct View {
            var frame: Frame
            var heading: String
            var meta: String
            var hasChart: Bool
            var chartMarkup: String
            var sources: [PageViews.Source]
            var terms: [PageViews.Term]
            var note: String
            var events: PageViews.EventItems
            var pager: PageViews.Pager
        }
        var pageQuery = query
        pageQuery.outlet = nil
        let view = View(
            frame: Frame(title: outlet.name), heading: outlet.name,
            meta: PageViews.plural(outlet.articleCount, "article") + " · "
                + PageViews.plural(outlet.eventCount, "event")
                + " · published \(range(outlet))",
            hasChart: !days.isEmpty,
            chartMarkup: days.isEmpty ? "" : chart(days, query: EventQuery(outlet: outlet.name)),
            sources: digest.sources.map { source in
                PageViews.Source(
                    name: source.name,
                    details: " · \(source.kind) · " + PageViews.plural(source.quoteCount, "quote") + ", "
                        + PageViews.plural(source.citationCount, "citation") + " in "
                        + PageViews.plural(source.events, "event"))
            },
            terms: digest.framing.map {
                PageViews.Term(term: $0.term, counts: " ×\($0.count) in " + PageViews.plural($0.events, "event"))
            },
            note: "Sources and terms are summed over its \(digest.analysedEvents) most recent analysed events.",
            events: PageViews.EventItems(page.events),
            pager: pager(
                query: pageQuery, total: page.total,
                path: "/outlets/" + HTML.percentEncode(OutletDigest.slug(outlet.name))))
        return PageTemplates.render("outlet", view)
    }
}
