import Hummingbird
import ParallaxModel
import ParallaxStore

/// The server-rendered pages. Every article-, store- or request-derived string goes through ``HTML/text(_:)``
/// (or the helpers that call it); ``HTML/raw(_:)`` only ever receives markup written here.
enum Pages {
    /// The frame around every page: a header with the search form, then `body`.
    static func layout(title: String, query: String = "", _ body: (inout HTML) -> Void) -> String {
        var html = HTML()
        html.raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.raw("<title>")
        html.text(title)
        html.raw(" · Parallax</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>")
        html.raw("<header class=\"site\"><a class=\"brand\" href=\"/\">Parallax</a>")
        html.raw(
            "<nav class=\"site\"><a href=\"/\">Events</a><a href=\"/timeline\">Timeline</a><a href=\"/outlets\">Outlets</a></nav>"
        )
        html.raw("<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">")
        html.raw(
            "<input type=\"search\" name=\"q\" aria-label=\"Search articles\" placeholder=\"Search articles\" value=\"")
        html.text(query)
        html.raw("\"><button type=\"submit\">Search</button></form></header><main>")
        body(&html)
        html.raw(
            "</main><footer class=\"site\">Parallax · how each source tells the same event</footer></body></html>\n")
        return html.output
    }

    /// A page for an error, with its sentence escaped.
    static func errorPage(status: HTTPResponse.Status, message: String) -> String {
        layout(title: "\(status.code) \(status.reasonPhrase)") { html in
            html.element("h1", "\(status.code) \(status.reasonPhrase)")
            html.element("p", message)
            html.raw("<p><a href=\"/\">All events</a></p>")
        }
    }

    // MARK: Event list

    /// `/`: the events, newest first, with the filter form and paging.
    static func eventList(page: [Event], total: Int, query: EventQuery, outlets: [String]) -> String {
        layout(title: "Events") { html in
            html.raw("<h1>Events</h1>")
            html.raw("<form class=\"filters\" method=\"get\" action=\"/\">")
            html.raw("<label>Title <input type=\"text\" name=\"q\" value=\"")
            html.text(query.text ?? "")
            html.raw("\"></label>")
            filterFields(&html, query: query, outlets: outlets)
            html.raw("<button type=\"submit\">Filter</button></form>")
            html.element("p", total == 1 ? "1 event" : "\(total) events", class: "muted")
            eventItems(&html, page)
            pager(&html, query: query, total: total)
        }
    }

    /// The outlet menu, entity field and date range of a filter form.
    static func filterFields(_ html: inout HTML, query: EventQuery, outlets: [String], entity: Bool = true) {
        html.raw("<label>Outlet <select name=\"outlet\"><option value=\"\">any</option>")
        for outlet in outlets {
            html.raw("<option value=\"")
            html.text(outlet)
            html.raw(outlet.lowercased() == query.outlet?.lowercased() ? "\" selected>" : "\">")
            html.text(outlet)
            html.raw("</option>")
        }
        html.raw("</select></label>")
        if entity {
            html.raw("<label>Person, place or organisation <input type=\"text\" name=\"entity\" value=\"")
            html.text(query.entity ?? "")
            html.raw("\"></label>")
        }
        html.raw("<label>From <input type=\"date\" name=\"from\" value=\"")
        html.text(query.from?.description ?? "")
        html.raw("\"></label><label>To <input type=\"date\" name=\"to\" value=\"")
        html.text(query.to?.description ?? "")
        html.raw("\"></label>")
    }

    /// `path?…` with the query's filters and the given offset (values percent-encoded).
    static func href(_ path: String, query: EventQuery, offset: Int? = nil) -> String {
        var parts: [String] = []
        if let q = query.text { parts.append("q=" + HTML.percentEncode(q)) }
        if let outlet = query.outlet { parts.append("outlet=" + HTML.percentEncode(outlet)) }
        if let entity = query.entity { parts.append("entity=" + HTML.percentEncode(entity)) }
        if let from = query.from { parts.append("from=\(from)") }
        if let to = query.to { parts.append("to=\(to)") }
        if let offset {
            parts.append("limit=\(query.limit)")
            parts.append("offset=\(offset)")
        }
        return parts.isEmpty ? path : path + "?" + parts.joined(separator: "&")
    }

    static func pager(_ html: inout HTML, query: EventQuery, total: Int, path: String = "/") {
        func href(offset: Int) -> String { Pages.href(path, query: query, offset: offset) }
        guard query.offset > 0 || query.offset + query.limit < total else { return }
        html.raw("<nav class=\"pager\">")
        if query.offset > 0 { html.link(href(offset: max(0, query.offset - query.limit)), "← Newer") }
        if query.offset + query.limit < total { html.link(href(offset: query.offset + query.limit), "Older →") }
        html.raw("</nav>")
    }

    // MARK: Event

    /// `/events/{id}`: the comparison of one event, side by side.
    static func event(_ event: Event, comparison: EventComparison?, articles: [Article]) -> String {
        layout(title: event.title) { html in
            html.element("h1", event.title)
            html.raw("<p class=\"meta\">")
            html.text(event.date?.description ?? "undated")
            html.text(
                " · \(articles.count) article\(articles.count == 1 ? "" : "s") from \(event.outlets.count) outlet\(event.outlets.count == 1 ? "" : "s") · "
            )
            html.raw("<a href=\"/api/events/\(HTML.percentEncode(event.id))\">JSON</a></p>")
            guard let comparison else {
                html.element("p", "This event has not been compared yet.")
                articleList(&html, articles)
                return
            }
            let groups = Dictionary(comparison.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            if !comparison.summary.isEmpty {
                html.raw("<section class=\"summary\"><h2>In short</h2><ul>")
                for sentence in comparison.summary { html.element("li", sentence.text) }
                html.raw("</ul></section>")
            }
            contradictions(&html, comparison.contradictions)
            coverage(&html, comparison, groups: groups)
            claims(&html, comparison.groups)
            framing(&html, comparison)
            sourcing(&html, comparison.sourcing)
            articleTexts(&html, articles, comparison: comparison)
        }
    }

    /// Each article's text with its claims and contradiction sides marked; the first few open.
    private static func articleTexts(_ html: inout HTML, _ articles: [Article], comparison: EventComparison) {
        html.raw("<section id=\"texts\"><h2>The articles, claims marked</h2>")
        html.raw(
            "<p class=\"legend\"><mark class=\"claim consensus\">every outlet</mark> <mark class=\"claim partial\">some outlets</mark> "
                + "<mark class=\"claim unique\">one outlet</mark> <mark class=\"contra side-0\">one side</mark> "
                + "<mark class=\"contra side-1\">the other side</mark> of a disagreement</p>")
        for (index, article) in articles.enumerated() {
            html.raw(index < 3 ? "<details class=\"article\" open><summary>" : "<details class=\"article\"><summary>")
            html.element("strong", article.title ?? "Untitled article")
            html.raw(" <span class=\"meta\">")
            html.text(article.outletName)
            if let published = article.published { html.text(" · \(published)") }
            html.text(" · \(article.wordCount) words · ")
            html.raw("<a href=\"/articles/\(HTML.percentEncode(article.id))\">page</a></span></summary>")
            html.raw("<div class=\"article-body\">")
            ArticleHighlighter.render(
                &html, text: article.text,
                highlights: ArticleHighlighter.highlights(articleId: article.id, comparison: comparison))
            html.raw("</div></details>")
        }
        html.raw("</section>")
    }

    private static func coverage(_ html: inout HTML, _ comparison: EventComparison, groups: [String: ClaimGroup]) {
        let matrix = comparison.coverage
        guard !matrix.rows.isEmpty else { return }
        html.raw(
            "<section id=\"coverage\"><h2>Who reports what</h2><div class=\"scroll\"><table class=\"matrix\"><thead><tr><th scope=\"col\">Claim</th>"
        )
        for outlet in matrix.outlets { html.element("th", outlet) }
        html.raw("</tr></thead><tbody>")
        for row in matrix.rows {
            let group = groups[row.groupId]
            html.raw("<tr class=\"\(group?.kind.rawValue ?? "unique")\"><th scope=\"row\">")
            if let group { html.element("span", group.kind.rawValue, class: "badge \(group.kind.rawValue)") }
            html.text(" " + (group?.representativeText ?? row.groupId))
            html.raw("</th>")
            for claim in row.claimIds {
                html.raw(
                    claim == nil
                        ? "<td class=\"no\" title=\"not reported\">–</td>"
                        : "<td class=\"yes\" title=\"reported\">●</td>")
            }
            html.raw("</tr>")
        }
        html.raw("</tbody></table></div></section>")
    }

    private static func contradictions(_ html: inout HTML, _ contradictions: [Contradiction]) {
        html.raw("<section id=\"contradictions\"><h2>Where the accounts disagree</h2>")
        if contradictions.isEmpty {
            html.element("p", "No contradiction was found.", class: "muted")
        }
        for contradiction in contradictions {
            html.raw("<article class=\"contradiction\"><h3>")
            html.element("span", contradiction.kind.rawValue, class: "badge contradiction-kind")
            html.text(" " + contradiction.subject + (contradiction.slot.isEmpty ? "" : " — " + contradiction.slot))
            html.raw("</h3><div class=\"sides\">")
            for (index, side) in contradiction.sides.enumerated() {
                html.raw("<div class=\"side side-\(index % 4)\"><p class=\"value\"><mark>")
                html.text(side.value)
                html.raw("</mark></p><p class=\"outlets\">")
                html.text(side.outlets.joined(separator: ", "))
                html.raw("</p>")
                for span in side.spans.prefix(3) {
                    html.raw("<blockquote>")
                    html.text(span.text)
                    html.raw("</blockquote>")
                }
                html.raw("</div>")
            }
            html.raw("</div></article>")
        }
        html.raw("</section>")
    }

    private static func claims(_ html: inout HTML, _ groups: [ClaimGroup]) {
        html.raw("<section id=\"claims\"><h2>Claims</h2>")
        let sections: [(ClaimGroup.Kind, String)] = [
            (.consensus, "Reported by every outlet"), (.partial, "Reported by some"), (.unique, "Reported by one"),
        ]
        for (kind, heading) in sections {
            let members = groups.filter { $0.kind == kind }
            guard !members.isEmpty else { continue }
            html.raw("<h3>")
            html.text("\(heading) (\(members.count))")
            html.raw("</h3><ul class=\"claims \(kind.rawValue)\">")
            for group in members {
                html.raw("<li>")
                html.text(group.representativeText)
                html.raw("<span class=\"meta\">")
                html.text(group.outlets.joined(separator: ", "))
                if !group.missingOutlets.isEmpty {
                    html.text(" · not in " + group.missingOutlets.joined(separator: ", "))
                }
                html.raw("</span></li>")
            }
            html.raw("</ul>")
        }
        html.raw("</section>")
    }

    private static func framing(_ html: inout HTML, _ comparison: EventComparison) {
        if !comparison.framing.isEmpty {
            html.raw("<section id=\"framing\"><h2>Words each outlet leans on</h2><div class=\"cards\">")
            for framing in comparison.framing {
                html.raw("<div class=\"card\"><h3>")
                html.text(framing.outlets.joined(separator: ", "))
                html.raw("</h3>")
                if framing.terms.isEmpty {
                    html.element("p", "No distinctive terms.", class: "muted")
                } else {
                    html.raw("<ul class=\"terms\">")
                    for term in framing.terms {
                        html.raw("<li>")
                        html.element("span", term.term, class: "term")
                        html.text(" ×\(term.count) (elsewhere \(term.countElsewhere))")
                        html.raw("</li>")
                    }
                    html.raw("</ul>")
                }
                html.raw("</div>")
            }
            html.raw("</div></section>")
        }
        let contested = comparison.contested.filter { !$0.outlets.isEmpty }
        if !contested.isEmpty {
            html.raw("<section id=\"contested\"><h2>Contested terms</h2>")
            for usage in contested {
                html.raw("<article class=\"contested\"><h3>")
                html.text(usage.name)
                if usage.divergent { html.raw(" <span class=\"badge divergent\">outlets differ</span>") }
                html.raw("</h3><dl>")
                for outlet in usage.outlets {
                    html.element("dt", outlet.outlet)
                    html.element("dd", outlet.terms.map { "\($0.term) ×\($0.count)" }.joined(separator: ", "))
                }
                html.raw("</dl></article>")
            }
            html.raw("</section>")
        }
    }

    private static func sourcing(_ html: inout HTML, _ sourcing: [OutletSourcing]) {
        guard !sourcing.isEmpty else { return }
        html.raw("<section id=\"sourcing\"><h2>Who each outlet quotes</h2><div class=\"cards\">")
        for outlet in sourcing {
            html.raw("<div class=\"card\"><h3>")
            html.text(outlet.outlet)
            html.raw("</h3>")
            if outlet.sources.isEmpty {
                html.element("p", "No named source.", class: "muted")
            } else {
                html.raw("<ul class=\"sources\">")
                for source in outlet.sources {
                    html.raw("<li>")
                    html.element("strong", source.name)
                    html.text(" · \(source.kind.rawValue)")
                    if let country = source.country { html.text(" · " + country) }
                    html.text(
                        " · \(source.quoteCount) quote\(source.quoteCount == 1 ? "" : "s"), \(source.citationCount) citation\(source.citationCount == 1 ? "" : "s")"
                    )
                    html.raw("</li>")
                }
                html.raw("</ul>")
            }
            html.raw("</div>")
        }
        html.raw("</div></section>")
    }

    private static func articleList(_ html: inout HTML, _ articles: [Article]) {
        html.raw("<section id=\"articles\"><h2>The articles</h2><ul class=\"articles\">")
        for article in articles {
            html.raw("<li><a href=\"/articles/\(HTML.percentEncode(article.id))\">")
            html.text(article.title ?? String(article.text.prefix(80)))
            html.raw("</a><span class=\"meta\">")
            html.text(article.outletName)
            if let published = article.published { html.text(" · \(published)") }
            html.text(" · \(article.wordCount) words")
            html.raw("</span></li>")
        }
        html.raw("</ul></section>")
    }

    // MARK: Article

    /// `/articles/{id}`: one article's text.
    static func article(_ article: Article) -> String {
        layout(title: article.title ?? "Article") { html in
            html.element("h1", article.title ?? "Untitled article")
            html.raw("<p class=\"meta\">")
            html.text(article.outletName)
            if let published = article.published { html.text(" · \(published)") }
            if !article.authors.isEmpty { html.text(" · " + article.authors.joined(separator: ", ")) }
            html.raw(" · <a href=\"/api/articles/\(HTML.percentEncode(article.id))\">JSON</a></p>")
            html.raw("<div class=\"article-text\">")
            for paragraph in article.text.split(separator: "\n", omittingEmptySubsequences: true) {
                html.element("p", String(paragraph))
            }
            html.raw("</div>")
        }
    }

    // MARK: Search

    /// `/search?q=`: ranked full-text hits with their snippets, filtered by outlet and date, paged.
    static func search(query: SearchQuery, hits: [SearchHit], outlets: [String]) -> String {
        let q = query.text
        return layout(title: q.isEmpty ? "Search" : "Search: \(q)", query: q) { html in
            html.element("h1", q.isEmpty ? "Search" : "Search: \(q)")
            let filters = EventQuery(text: q, outlet: query.outlet, from: query.from, to: query.to, limit: query.limit)
            html.raw(
                "<form class=\"filters\" method=\"get\" action=\"/search\"><label>Words <input type=\"search\" name=\"q\" value=\""
            )
            html.text(q)
            html.raw("\"></label>")
            filterFields(&html, query: filters, outlets: outlets, entity: false)
            html.raw("<button type=\"submit\">Search</button></form>")
            guard !q.isEmpty else {
                html.element("p", "Type words to find in titles and article text.", class: "muted")
                return
            }
            if hits.isEmpty {
                html.element("p", query.offset > 0 ? "No more hits." : "Nothing matches.")
            } else {
                html.raw("<ol class=\"hits\" start=\"\(query.offset + 1)\">")
                for hit in hits {
                    html.raw("<li><a href=\"/articles/\(HTML.percentEncode(hit.articleId))\">")
                    html.text(hit.title ?? hit.articleId)
                    html.raw("</a>")
                    let meta = [hit.outlet, hit.published?.description].compactMap { $0 }.joined(separator: " · ")
                    if !meta.isEmpty { html.element("span", meta, class: "meta") }
                    html.raw("<p class=\"snippet\">")
                    snippet(&html, hit.snippet)
                    html.raw("</p></li>")
                }
                html.raw("</ol>")
            }
            html.raw("<nav class=\"pager\">")
            if query.offset > 0 {
                html.link(
                    href("/search", query: filters, offset: max(0, query.offset - query.limit)), "← Better matches")
            }
            if hits.count == query.limit && query.offset + query.limit <= 1_000 {
                html.link(href("/search", query: filters, offset: query.offset + query.limit), "More →")
            }
            html.raw("</nav>")
        }
    }

    /// Escapes the snippet and turns the store's `[`…`]` match markers into `<mark>`.
    static func snippet(_ html: inout HTML, _ snippet: String) {
        var rest = Substring(snippet)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else { break }
            html.text(String(rest[..<open]))
            html.raw("<mark>")
            html.text(String(rest[rest.index(after: open)..<close]))
            html.raw("</mark>")
            rest = rest[rest.index(after: close)...]
        }
        html.text(String(rest))
    }
}
