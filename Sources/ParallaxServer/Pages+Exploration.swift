import ParallaxModel
import ParallaxStore

/// The timeline and outlet pages.
extension Pages {
    // MARK: Timeline

    /// `/timeline`: events over time as a bar chart, filtered like the event list; each bar links to its events.
    static func timeline(days: [TimelineDay], query: EventQuery, outlets: [String]) -> String {
        layout(title: "Timeline") { html in
            html.raw("<h1>Timeline</h1>")
            html.raw("<form class=\"filters\" method=\"get\" action=\"/timeline\">")
            filterFields(&html, query: query, outlets: outlets)
            html.raw("<button type=\"submit\">Show</button></form>")
            let events = days.reduce(0) { $0 + $1.events }
            let articles = days.reduce(0) { $0 + $1.articles }
            html.element(
                "p",
                "\(events) dated event\(events == 1 ? "" : "s"), \(articles) article\(articles == 1 ? "" : "s"), over \(days.count) day\(days.count == 1 ? "" : "s")",
                class: "muted")
            guard !days.isEmpty else {
                html.element("p", "No dated event matches.")
                return
            }
            chart(&html, days, query: query)
            html.raw("<h2>Busiest days</h2><ol class=\"days\">")
            for day in days.sorted(by: { ($0.events, $1.date) > ($1.events, $0.date) }).prefix(10) {
                var dayQuery = query
                dayQuery.from = day.date
                dayQuery.to = day.date
                html.raw("<li>")
                html.link(href("/", query: dayQuery), day.date.description)
                html.text(
                    " · \(day.events) event\(day.events == 1 ? "" : "s"), \(day.articles) article\(day.articles == 1 ? "" : "s")"
                )
                html.raw("</li>")
            }
            html.raw("</ol>")
        }
    }

    /// The SVG chart of `days`, each bar linking to the event list for its days under `query`'s filters.
    static func chart(_ html: inout HTML, _ days: [TimelineDay], query: EventQuery) {
        html.raw("<figure class=\"chart\">")
        html.raw(
            TimelineChart.svg(days) { from, to in
                var barQuery = query
                barQuery.from = from
                barQuery.to = to
                return href("/", query: barQuery)
            })
        html.raw("<figcaption>Events per period; select a bar to list its events.</figcaption></figure>")
    }

    // MARK: Outlets

    /// `/outlets`: every outlet with its counts.
    static func outlets(_ outlets: [OutletSummary]) -> String {
        layout(title: "Outlets") { html in
            html.raw("<h1>Outlets</h1>")
            guard !outlets.isEmpty else {
                html.element("p", "No article with a known outlet is stored yet.")
                return
            }
            html.raw(
                "<div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Articles</th>"
                    + "<th scope=\"col\">Events</th><th scope=\"col\">Published</th></tr></thead><tbody>")
            for outlet in outlets {
                html.raw("<tr><th scope=\"row\">")
                html.link("/outlets/" + HTML.percentEncode(OutletDigest.slug(outlet.name)), outlet.name)
                html.raw("</th><td>\(outlet.articleCount)</td><td>\(outlet.eventCount)</td><td>")
                html.text(range(outlet))
                html.raw("</td></tr>")
            }
            html.raw("</tbody></table></div>")
        }
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
        layout(title: outlet.name) { html in
            html.element("h1", outlet.name)
            html.element(
                "p",
                "\(outlet.articleCount) article\(outlet.articleCount == 1 ? "" : "s") · \(outlet.eventCount) event\(outlet.eventCount == 1 ? "" : "s") · published \(range(outlet))",
                class: "meta")
            if !days.isEmpty { chart(&html, days, query: EventQuery(outlet: outlet.name)) }
            html.raw("<div class=\"cards\"><div class=\"card\" id=\"quotes\"><h2>Whom it quotes</h2>")
            if digest.sources.isEmpty {
                html.element("p", "No named source in its analysed events.", class: "muted")
            } else {
                html.raw("<ol class=\"sources\">")
                for source in digest.sources {
                    html.raw("<li>")
                    html.element("strong", source.name)
                    html.text(
                        " · \(source.kind) · \(source.quoteCount) quote\(source.quoteCount == 1 ? "" : "s"), \(source.citationCount) citation\(source.citationCount == 1 ? "" : "s") in \(source.events) event\(source.events == 1 ? "" : "s")"
                    )
                    html.raw("</li>")
                }
                html.raw("</ol>")
            }
            html.raw("</div><div class=\"card\" id=\"framing\"><h2>Words it leans on</h2>")
            if digest.framing.isEmpty {
                html.element("p", "No distinctive term in its analysed events.", class: "muted")
            } else {
                html.raw("<ol class=\"terms\">")
                for term in digest.framing {
                    html.raw("<li>")
                    html.element("span", term.term, class: "term")
                    html.text(" ×\(term.count) in \(term.events) event\(term.events == 1 ? "" : "s")")
                    html.raw("</li>")
                }
                html.raw("</ol>")
            }
            html.raw("</div></div>")
            html.element(
                "p", "Sources and terms are summed over its \(digest.analysedEvents) most recent analysed events.",
                class: "muted")
            html.raw("<h2>Its events</h2>")
            eventItems(&html, page.events)
            var pageQuery = query
            pageQuery.outlet = nil
            pager(
                &html, query: pageQuery, total: page.total,
                path: "/outlets/" + HTML.percentEncode(OutletDigest.slug(outlet.name)))
        }
    }

    /// An `<ol>` of events with their dates, sizes and outlets.
    static func eventItems(_ html: inout HTML, _ events: [Event]) {
        guard !events.isEmpty else {
            html.element("p", "No event matches.")
            return
        }
        html.raw("<ol class=\"events\">")
        for event in events {
            html.raw("<li><a class=\"event-title\" href=\"/events/\(HTML.percentEncode(event.id))\">")
            html.text(event.title)
            html.raw("</a><span class=\"meta\">")
            html.text(event.date?.description ?? "undated")
            html.text(" · \(event.articleIds.count) article\(event.articleIds.count == 1 ? "" : "s") · ")
            html.text(event.outlets.joined(separator: ", "))
            html.raw("</span></li>")
        }
        html.raw("</ol>")
    }
}
