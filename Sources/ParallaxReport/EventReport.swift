import ParallaxModel

/// Text and Markdown reports: the events of a batch, one event in full, a comparison, the event list.
public enum EventReport {
    /// The `analyze` report: every event with its articles and comparison highlights, then the problems.
    public static func analysis(_ report: ReportDocument, format: OutputFormat) -> String {
        var m = Markup(markdown: format == .markdown)
        let byId = report.articlesById
        m.heading("Parallax: \(report.articles.count) articles, \(report.events.count) events", level: 1)
        for event in report.events {
            writeEvent(event, articles: byId, comparison: report.comparisons[event.id], into: &m, full: false)
        }
        writeDiagnostics(report.diagnostics, into: &m)
        return m.output
    }

    /// The `show EVENT` report: the event, its articles, what was extracted, and its comparison.
    public static func event(_ event: Event, report: ReportDocument, format: OutputFormat) -> String {
        var m = Markup(markdown: format == .markdown)
        writeEvent(event, articles: report.articlesById, comparison: report.comparisons[event.id], into: &m, full: true)
        writeSyndication(
            report.syndication.filter { $0.articleIds.contains(where: event.articleIds.contains) },
            articles: report.articlesById, into: &m)
        for id in event.articleIds {
            guard let article = report.articlesById[id], let x = report.extractions[id] else { continue }
            writeExtraction(article, x, into: &m)
        }
        return m.output
    }

    /// The `compare EVENT` report.
    public static func comparison(_ event: Event, report: ReportDocument, format: OutputFormat) -> String {
        var m = Markup(markdown: format == .markdown)
        m.heading(event.title, level: 1)
        if let comparison = report.comparisons[event.id] {
            ComparisonReport.write(comparison, articles: report.articlesById, into: &m)
        } else {
            m.line("No comparison is stored for this event; run `parallax analyze` or `parallax ingest` again.")
        }
        return m.output
    }

    /// The `events` list.
    public static func list(_ events: [Event], format: OutputFormat) -> String {
        var m = Markup(markdown: format == .markdown)
        m.table(
            ["event", "date", "articles", "outlets", "title"],
            events.map {
                [
                    $0.id, $0.date?.description ?? "—", "\($0.articleIds.count)", $0.outlets.joined(separator: ", "),
                    $0.title,
                ]
            }
        )
        return m.output
    }

    static func writeEvent(
        _ event: Event, articles: [String: Article], comparison: EventComparison?, into m: inout Markup, full: Bool
    ) {
        m.heading("\(event.title)", level: 2)
        m.field("event", event.id)
        m.field("date", event.date?.description ?? "unknown")
        m.field("outlets", event.outlets.joined(separator: ", "))
        m.blank()
        m.table(
            ["article", "outlet", "published", "title"],
            event.articleIds.compactMap { articles[$0] }.map {
                [$0.id, $0.outletName, $0.published?.description ?? "—", $0.title ?? "(untitled)"]
            }
        )
        m.blank()
        if let comparison {
            if full {
                ComparisonReport.write(comparison, articles: articles, into: &m)
            } else {
                ComparisonReport.writeHighlights(comparison, into: &m)
            }
        }
    }

    static func writeExtraction(_ article: Article, _ x: ArticleExtraction, into m: inout Markup) {
        m.heading("Extracted from \(article.title ?? article.id) (\(article.outletName))", level: 3)
        let people = x.entities.filter { $0.kind == .person }.map(\.name)
        let organizations = x.entities.filter { $0.kind == .organization }.map(\.name)
        let places = x.entities.filter { $0.kind == .country || $0.kind == .place }.map(\.name)
        if !people.isEmpty { m.field("people", people.joined(separator: "; ")) }
        if !organizations.isEmpty { m.field("organisations", organizations.joined(separator: "; ")) }
        if !places.isEmpty { m.field("places", places.joined(separator: "; ")) }
        for quote in x.quotes {
            // A medium relays ("via NRK"); any other reporter vouches ("as reported by the Kremlin").
            let via =
                quote.via.map { " via \($0)" } ?? quote.reportedBy.map { " as reported by \($0)" } ?? ""
            m.bullet("\(quote.speaker ?? "unknown speaker")\(via) (\(quote.kind.rawValue)): \(quote.text.clipped(140))")
        }
        if !x.quantities.isEmpty {
            m.field("numbers", x.quantities.map { $0.text }.joined(separator: "; "))
        }
        if !x.times.isEmpty {
            m.field("times", x.times.map { "\($0.text) → \($0.value ?? "unresolved")" }.joined(separator: "; "))
        }
        if !x.attributions.isEmpty {
            m.field("sources cited", x.attributions.map { "\($0.source) (\($0.cue))" }.joined(separator: "; "))
        }
        for action in x.actions.prefix(12) {
            m.bullet(
                "\(action.actor) — \(action.negated ? "not " : "")\(action.predicate) — \(action.target ?? "·") [\(action.category.rawValue)]"
            )
        }
        m.blank()
    }

    /// Copies listed under their origin, with what each cut or added.
    static func writeSyndication(_ groups: [SyndicationGroup], articles: [String: Article], into m: inout Markup) {
        guard !groups.isEmpty else { return }
        m.heading("Copies of one story (counted as one voice)", level: 3)
        for group in groups {
            let origin = articles[group.originId]
            m.bullet(
                "origin: \(origin?.outletName ?? group.originOutlet ?? group.originId) — \(origin?.title ?? group.originId) [\(group.originReason.rawValue)]"
            )
            for copy in group.copies {
                let title = articles[copy.articleId]?.title ?? copy.articleId
                m.bullet(
                    "copy: \(copy.outlet ?? copy.articleId) — \(title): similarity \(String(format1: copy.similarity)), containment \(String(format1: copy.containment)); cut \(copy.diff.cut.count) paragraph(s), added \(copy.diff.added.count)",
                    level: 1)
            }
        }
        m.blank()
    }

    static func writeDiagnostics(_ diagnostics: [Diagnostic], into m: inout Markup) {
        guard !diagnostics.isEmpty else { return }
        m.heading("Problems with the input", level: 2)
        for d in diagnostics { m.bullet("\(d.severity.rawValue): \(d.path): \(d.message)") }
    }
}

extension String {
    func clipped(_ length: Int) -> String { count > length ? String(prefix(length - 1)) + "…" : self }
}
