import Foundation
import ParallaxModel
import ParallaxStore
import Testing

@testable import ParallaxSQLite

/// Snippets show the query words where the article has most of them, whichever path ranked the hits.
struct SearchSnippetTests {
    private static let text = """
        Harbour officials in Vesse opened the sluices on Monday morning after three days of rain. \
        Traffic on the coast road was light and the ferries ran to time. \
        By noon the river had risen two metres and the old bridge at Brenmoor collapsed into the water, \
        taking a delivery van with it. The driver swam to the bank. \
        An inquiry into the bridge collapse will open next month, the regional minister said.
        """

    private func snippets(_ query: String, prepared: Bool) async throws -> [String: String] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteStore(path: path)
        _ = try await store.upsert([
            Article(id: "flood", title: "Brenmoor bridge falls", text: Self.text),
            Article(id: "short", title: "Ferries", text: "Ferries ran."),
        ])
        if prepared { try await store.prepareForSearches() }
        let hits = try await store.search(SearchQuery(text: query))
        return Dictionary(uniqueKeysWithValues: hits.map { ($0.articleId, $0.snippet) })
    }

    @Test func windowShowsTheMostQueryWordsAndMarksEachMatch() async throws {
        for prepared in [false, true] {
            let snippet = try #require(try await snippets("bridge inquir", prepared: prepared)["flood"])
            #expect(
                snippet == "…An [inquiry] into the [bridge] collapse will open next month, the regional minister said.")
        }
    }

    @Test func longTextIsCutAroundTheMatchWithEllipses() async throws {
        let snippet = try #require(try await snippets("collapsed", prepared: true)["flood"])
        #expect(snippet.hasPrefix("…") && snippet.hasSuffix("…"))
        #expect(snippet.contains("[collapsed]"))
        let words = snippet.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
        #expect(words == 24)
    }

    @Test func prefixesAndStemsAreHighlighted() async throws {
        let snippet = try #require(try await snippets("ferr", prepared: true)["short"])
        #expect(snippet == "[Ferries] ran.")
    }

    @Test func highlightsMarkOnlyTheMatchesNotTheArticlesOwnBrackets() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteStore(path: path)
        // The article quotes "[sic]" and carries the private-use characters other stores mark matches with.
        let text =
            "The mayor wrote that the brige [sic] at Brenmoor \u{E001} was safe; the \u{E000} bridge fell in May."
        _ = try await store.upsert([Article(id: "sic", title: "Letter", text: text)])
        for prepared in [false, true] {
            if prepared { try await store.prepareForSearches() }
            let hit = try #require(try await store.search(SearchQuery(text: "brenmoor bridge")).first)
            #expect(
                hit.snippet
                    == "The mayor wrote that the brige [sic] at [Brenmoor] \u{E001} was safe; the \u{E000} [bridge] fell in May."
            )
            let scalars = Array(hit.snippet.unicodeScalars)
            let marked = hit.highlights.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
            #expect(marked == ["Brenmoor", "bridge"], "prepared: \(prepared)")
        }
    }

    @Test func markedSnippetsGiveCodePointOffsets() {
        let (snippet, highlights) = SearchHit.snippet(marked: "Zürich 📰 \u{E000}café\u{E001} and \u{E000}Élysée")
        #expect(snippet == "Zürich 📰 [café] and [Élysée]")
        #expect(highlights == [.init(start: 10, end: 14), .init(start: 21, end: 27)])
        // An end marker without a start, and a start inside a match, are dropped.
        let stray = SearchHit.snippet(marked: "a\u{E001} \u{E000}b\u{E000}c\u{E001} d")
        #expect(stray.snippet == "a [bc] d")
        #expect(stray.highlights == [.init(start: 3, end: 5)])
    }

    @Test func titleOnlyMatchShowsTheStartOfTheText() async throws {
        let snippet = try #require(try await snippets("falls", prepared: true)["flood"])
        #expect(snippet.hasPrefix("Harbour officials in Vesse") && !snippet.contains("["))
    }
}
