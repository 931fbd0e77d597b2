import Foundation
import ParallaxModel
import Testing

@testable import ParallaxDedup

struct DuplicateDetectorTests {
    let detector = DuplicateDetector()

    @Test func exactCopiesFoldCaseQuotesPunctuationAndSpacing() throws {
        let copy = Stories.wireText.replacingOccurrences(of: "\"", with: "“").replacingOccurrences(
            of: ". ", with: ".  "
        )
        .replacingOccurrences(of: "Governor", with: "GOVERNOR").replacingOccurrences(of: ",", with: " ,")
        #expect(DuplicateDetector.exactHash(of: copy) == DuplicateDetector.exactHash(of: Stories.wireText))
        #expect(
            DuplicateDetector.exactHash(of: Stories.wireText)
                != DuplicateDetector.exactHash(of: Stories.independentText))
        let pairs = detector.pairs([Stories.article("a", Stories.wireText), Stories.article("b", copy)])
        let pair = try #require(pairs.first)
        #expect(pairs.count == 1)
        #expect(pair.kind == .exact)
        #expect(pair.jaccard == 1 && pair.containment == 1)
    }

    @Test func trimmedWireCopyIsContainedWithLowerJaccard() throws {
        // Six of eight paragraphs: a Jaccard around 0.7 still becomes an LSH candidate (85% at 0.7 with
        // 21 × 6 bands); far shorter excerpts are found only by chance (see DedupOptions).
        let trimmed = Stories.wireParagraphs.prefix(6).joined(separator: "\n\n")
        let articles = [
            Stories.article("wire", Stories.wireText, outlet: "AFP", agency: "AFP", published: "2026-03-03T06:10"),
            Stories.article("trim", trimmed, outlet: "Harlow Courier", agency: "AFP", published: "2026-03-03T07:00"),
        ]
        let pair = try #require(detector.pairs(articles).first)
        #expect(pair.kind == .contained)
        #expect(pair.containment > 0.95)
        #expect(pair.jaccard < 0.8)
        let group = try #require(detector.groups(articles).first)
        #expect(group.originId == "wire")
        let copy = try #require(group.copies.first)
        #expect(copy.containment > 0.95)
        #expect(copy.coverage < 0.8)
        #expect(copy.diff.cut == [6, 7])
        #expect(copy.diff.added.isEmpty)
        #expect(copy.diff.kept == 6)
    }

    @Test func updatedArticleAddsAParagraph() throws {
        var paragraphs = Stories.wireParagraphs
        paragraphs.insert(Stories.laterParagraph, at: 2)
        let articles = [
            Stories.article("v1", Stories.wireText, outlet: "Harlow Courier", published: "2026-03-03T06:10"),
            Stories.article(
                "v2", paragraphs.joined(separator: "\n\n"), outlet: "Harlow Courier",
                published: "2026-03-04T15:30"),
        ]
        let pair = try #require(detector.pairs(articles).first)
        #expect(pair.kind == .near)
        #expect(pair.jaccard >= 0.8 && pair.jaccard < 1)
        let group = try #require(detector.groups(articles).first)
        #expect(group.originId == "v1")
        #expect(group.originReason == .earliest)
        #expect(group.copies.map(\.diff) == [ParagraphDiff(cut: [], added: [2], kept: 8)])
        #expect(group.outlets == ["Harlow Courier"])
    }

    @Test func independentStoriesOfOneEventAreNotCopies() {
        let articles = [
            Stories.article("wire", Stories.wireText, outlet: "AFP", agency: "AFP"),
            Stories.article("own", Stories.independentText, outlet: "Marren Post"),
            Stories.article("bakery", Stories.unrelated, outlet: "Marren Post"),
        ]
        #expect(detector.pairs(articles).isEmpty)
        #expect(detector.groups(articles).isEmpty)
        let a = Set(MinHasher().shingles(of: Stories.wireText))
        let b = Set(MinHasher().shingles(of: Stories.independentText))
        let jaccard = Double(a.intersection(b).count) / Double(a.union(b).count)
        #expect(jaccard > 0 && jaccard < 0.1, "they share a quote and names, but few 5-word runs")
    }

    @Test func originIsTheEarliestPublication() throws {
        let text = Stories.wireText
        let articles = [
            Stories.article("c", text, outlet: "Gazette", published: "2026-03-03T09:00"),
            Stories.article(
                "a", text + "\n\nRead more on our website.", outlet: "Ledger", published: "2026-03-03T07:15"),
            Stories.article("b", text, outlet: "Chronicle", published: nil),
            Stories.article("d", text, outlet: "Herald", published: "2026-03-03T07:15"),
        ]
        let group = try #require(detector.groups(articles).first)
        #expect(group.originId == "a", "earliest; ties at 07:15 go to the smaller id")
        #expect(group.originReason == .earliest)
        #expect(group.copies.map(\.articleId) == ["d", "c", "b"], "earliest first, undated last")
        #expect(group.outlets == ["Chronicle", "Gazette", "Herald", "Ledger"])
        #expect(group.articleIds == ["a", "d", "c", "b"])
    }

    @Test func originIsTheAgencysOwnVersionWhenCopiesCreditIt() throws {
        let articles = [
            Stories.article(
                "early", Stories.wireText, outlet: "Harlow Courier", agency: "AFP",
                published: "2026-03-03T06:00"),
            Stories.article(
                "agency", Stories.wireText + "\n\n(AFP)", outlet: "A.F.P.", agency: "AFP",
                published: "2026-03-03T06:05"),
            Stories.article(
                "late", Stories.wireParagraphs.dropLast().joined(separator: "\n\n"), outlet: "Coast FM",
                agency: "afp", published: "2026-03-03T08:00"),
        ]
        let group = try #require(detector.groups(articles).first)
        #expect(group.originId == "agency")
        #expect(group.originReason == .agency)
        #expect(group.agency == "AFP")
        #expect(group.copies.map(\.articleId) == ["early", "late"])
        #expect(group.copies.allSatisfy { $0.similarity >= 0.8 })
    }

    @Test func withoutDatesTheOriginIsTheSmallestId() throws {
        let group = try #require(
            detector.groups([Stories.article("y", Stories.wireText), Stories.article("x", Stories.wireText)]).first)
        #expect(group.originId == "x")
        #expect(group.originReason == .identifier)
        #expect(group.id.hasPrefix("s-") && group.id.count == 14)
    }

    @Test(arguments: DedupOptions.Verification.allCases)
    func incrementalAdditionEqualsBatch(verification: DedupOptions.Verification) throws {
        let articles = corpus()
        let options = DedupOptions(verification: verification)
        let batch = DuplicateDetector(options: options).index(articles)
        var incremental = DedupIndex(options: options)
        let first = incremental.add(Array(articles.prefix(5)))
        #expect(first.added == 5)
        // Persist and reload between the two additions, as a store would: one record per article.
        let records = incremental.changedRecords()
        incremental = try #require(DedupIndex(options: options, records: records, nextSequence: records.count))
        let second = incremental.add(Array(articles.dropFirst(5)) + [articles[0]])
        #expect(second.skipped == 1)
        #expect(incremental.pairs() == batch.pairs())
        #expect(incremental.groups() == batch.groups())
        #expect(!second.groups.isEmpty)
        #expect(
            second.groups.allSatisfy { group in
                group.articleIds.contains { articles.dropFirst(5).map(\.id).contains($0) }
            })
        #expect(batch.groups().count == 2)
    }

    @Test func preparedArticlesIndexLikeArticles() {
        let articles = corpus()
        var prepared = DedupIndex()
        let preparer = ArticlePreparer(options: DedupOptions())
        prepared.add(prepared: preparer.prepare(Array(articles.prefix(3))))
        prepared.add(prepared: preparer.prepare(Array(articles.dropFirst(3))))
        #expect(prepared.pairs() == DuplicateDetector().pairs(articles))
    }

    @Test func persistedIndexRoundTrips() throws {
        let index = DuplicateDetector().index(corpus())
        let records = index.changedRecords()
        #expect(records.count == index.count)
        let loaded = try #require(DedupIndex(options: DedupOptions(), records: records, nextSequence: records.count))
        #expect(loaded.count == index.count)
        #expect(loaded.pairs() == index.pairs())
        #expect(loaded.groups() == index.groups())
        #expect(loaded.signature(of: "w1") == index.signature(of: "w1"))
        var damaged = records
        damaged[0].payload = Array(damaged[0].payload.prefix(3))
        #expect(DedupIndex(options: DedupOptions(), records: damaged, nextSequence: records.count) == nil)
    }

    @Test func articlesWithoutWordsPairWithNothing() {
        let pairs = detector.pairs([
            Stories.article("e1", " — "), Stories.article("e2", "…"), Stories.article("w", "Hi"),
        ])
        #expect(pairs.isEmpty)
    }

    private func corpus() -> [Article] { Stories.families }
}
