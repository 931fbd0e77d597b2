import Foundation
import ParallaxModel
import ParallaxReport
import Testing

struct ReportTests {
    private let report: ReportDocument = {
        let articles = [
            Article(
                id: "a1", path: "a.txt", title: "Bridge <b>falls</b> | *now*",
                published: Timestamp(iso: "2025-03-19T08:05"),
                authors: ["Anna Reyes"], outlet: "The Harbour Post", text: "The bridge fell on Tuesday."),
            Article(
                id: "b2", path: "b.txt", title: nil, published: nil, outlet: nil,
                text: "Twelve people died, officials said."),
        ]
        let event = Event(
            id: "e-a1", title: "Bridge <b>falls</b> | *now*", date: CivilDate(year: 2025, month: 3, day: 18),
            articleIds: ["a1", "b2"], outlets: ["The Harbour Post", "Unattributed b2"], centrality: [0.91234, 0.5])
        let x = ArticleExtraction(
            articleId: "a1",
            quotes: [
                Quote(
                    kind: .indirect, text: "the bridge fell", span: Span(start: 0, end: 15), speaker: "Rafaela Quist",
                    cue: "say"),
                Quote(
                    kind: .direct, text: "on Tuesday", span: Span(start: 16, end: 26), speaker: "Ivo Brandt",
                    cue: "say", reportedBy: "The Harbour Authority", reportedBySpan: Span(start: 0, end: 3)),
            ])
        return ReportDocument(
            articles: articles, events: [event], extractions: ["a1": x],
            diagnostics: [Diagnostic(path: "bad.txt", message: "the file is empty.")])
    }()

    @Test func jsonHasTheDocumentedShapeWithNulls() throws {
        let json = try JSONReport.render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? String == JSONSchemaVersion.current)
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(
            Set(articles[0].keys).isSuperset(of: [
                "id", "path", "title", "published", "authors", "outlet", "url", "dateline", "text", "wordCount",
            ]))
        #expect(articles[0]["published"] as? String == "2025-03-19T08:05")
        #expect(articles[1]["published"] is NSNull)
        #expect(articles[1]["title"] is NSNull)
        #expect(articles[0]["wordCount"] as? Int == 5)
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events[0]["date"] as? String == "2025-03-18")
        #expect(events[0]["articleIds"] as? [String] == ["a1", "b2"])
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes[0]["articleId"] as? String == "a1")
        #expect(quotes[0]["speaker"] as? String == "Rafaela Quist")
        #expect(quotes[0]["reportedBy"] == nil, "absent for first-hand speech")
        #expect(quotes[1]["reportedBy"] as? String == "The Harbour Authority")
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors[0]["path"] as? String == "bad.txt")
        #expect(errors[0]["message"] as? String == "the file is empty.")
    }

    @Test func nestedQuoteNamesItsReporter() {
        let text = EventReport.event(report.events[0], report: report, format: .text)
        #expect(text.contains("Ivo Brandt as reported by The Harbour Authority"))
    }

    @Test func markdownEscapesArticleText() {
        let markdown = EventReport.analysis(report, format: .markdown)
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("&lt;b&gt;"))
        #expect(markdown.contains("\\*now\\*"))
        #expect(markdown.contains("## "))
    }

    @Test func textReportListsEventsArticlesAndProblems() {
        let text = EventReport.analysis(report, format: .text)
        #expect(text.contains("2 articles, 1 events"))
        #expect(text.contains("The Harbour Post"))
        #expect(text.contains("2025-03-19T08:05"))
        #expect(text.contains("bad.txt: the file is empty."))
    }
}

/// `show ARTICLE`: the revision history and what each revision changed, by paragraph.
struct ArticleReportTests {
    static func revision(_ number: Int, _ text: String, current: Bool, published: String) -> ArticleRevision {
        ArticleRevision(
            number: number, digest: "d\(number)", fetched: Timestamp(iso: "2025-04-02T10:0\(number)Z"),
            isCurrent: current,
            article: Article(
                id: "00000000000000f1", title: "Ferry toll \(number)", published: Timestamp(iso: published),
                outlet: "Portvale Gazette", text: text))
    }

    @Test func aRevisionListsTheParagraphsItChanged() {
        let old = "At least 12 people died.\n\nRescue boats searched the strait."
        let new = "At least 19 people died.\n\nRescue boats searched the strait.\n\nThe captain was detained."
        let change = ArticleReport.changes(from: old, to: new)
        #expect(change.removed == ["At least 12 people died."])
        #expect(change.added == ["At least 19 people died.", "The captain was detained."])
        let revisions = [
            Self.revision(1, old, current: false, published: "2025-04-02T07:10"),
            Self.revision(2, new, current: true, published: "2025-04-02T07:10"),
        ]
        let text = ArticleReport.article(
            revisions[1].article, revisions: revisions, eventId: "e-00000000000f", format: .text)
        #expect(text.contains("Revisions (2)"))
        #expect(text.contains("2 (current)"))
        #expect(text.contains("~ At least [-12-]{+19+} people died."))
        #expect(text.contains("+ The captain was detained."))
        #expect(!text.contains("− Rescue boats") && !text.contains("~ Rescue boats"))
    }

    @Test func aRewordedParagraphIsAWordDiffAndARewrittenOneIsRemovedAndAdded() {
        let edits = RevisionEdit.edits(
            from: "Officials said the bridge would reopen in May.\n\nTraffic was diverted.",
            to: "Officials said the bridge would stay closed until the autumn.\n\nA new crossing is planned.")
        #expect(
            edits == [
                .reworded([
                    .init(.kept, "Officials said the bridge would"), .init(.removed, "reopen in May."),
                    .init(.added, "stay closed until the autumn."),
                ]),
                .removed("Traffic was diverted."), .added("A new crossing is planned."),
            ])
        #expect(RevisionEdit.marked(RevisionEdit.runs(from: "a b c", to: "a c d")) == "a [-b-] c {+d+}")
        #expect(RevisionEdit.marked(RevisionEdit.runs(from: "x 12 y", to: "x 19 y")) == "x [-12-]{+19+} y")
    }

    @Test func anArticleWithOneTextHasNoHistory() {
        let article = Article(id: "00000000000000f1", title: "Ferry", text: "One text.")
        let text = ArticleReport.article(article, revisions: [], eventId: nil, format: .markdown)
        #expect(!text.contains("Revisions"))
        #expect(text.contains("One text."))
    }
}
