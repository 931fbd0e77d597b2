import Foundation
import Parallax
import ParallaxIngest
import ParallaxModel
import ParallaxStore
import Testing

/// An article is a text published by an outlet at an address: a wire story two papers ran is two articles in
/// one syndication group, the same file read twice is one.
struct SyndicationIdentityTests {
    static let wireText = """
        PORTVALE, March 18 (VSNA) - The Kellan Bridge over the Vesse collapsed on Tuesday evening, sending two \
        cars into the river, the city's emergency service said. Divers recovered one driver alive; a search for \
        the second went on through the night under floodlights.

        The 1,284-metre crossing had been closed to lorries since January after inspectors found corrosion in \
        two of its piers, according to the regional transport office.
        """

    func story(outlet: String, url: String? = nil) -> String {
        var header = "Title: Kellan Bridge collapses into the Vesse\nOutlet: \(outlet)\nDate: 2025-03-18\n"
        if let url { header += "URL: \(url)\n" }
        return header + "\n" + Self.wireText + "\n"
    }

    func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-wire-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    @Test func aStoryTwoOutletsRanIsTwoArticlesInOneGroup() async throws {
        let directory = try folder([
            "ledger.txt": story(outlet: "The Eastern Ledger"), "post.txt": story(outlet: "The Harbour Post"),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = MemoryStore()
        let report = try await Pipeline().ingest(paths: [directory.path], into: store)
        #expect(report.inserted.count == 2)
        #expect(report.diagnostics.isEmpty)
        let groups = try await store.syndicationGroups()
        #expect(groups.count == 1)
        #expect(Set(groups.first?.outlets ?? []) == ["The Eastern Ledger", "The Harbour Post"])
        #expect(Set(groups.first?.articleIds ?? []) == Set(report.inserted))
        let events = try await store.allEvents()
        #expect(events.count == 1)
        #expect(Set(events.first?.outlets ?? []) == ["The Eastern Ledger", "The Harbour Post"])
    }

    @Test func theSameFileTwiceIsOneArticle() async throws {
        let text = story(outlet: "The Harbour Post", url: "https://harbourpost.example/bridge")
        let directory = try folder(["a.txt": text, "copy-of-a.txt": text])
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = MemoryStore()
        let report = try await Pipeline().ingest(paths: [directory.path], into: store)
        #expect(report.inserted.count == 1)
        #expect(report.diagnostics.map(\.severity) == [.warning])
        let again = try await Pipeline().ingest(paths: [directory.path], into: store)
        #expect(again.inserted.isEmpty)
        #expect(try await store.articleCount() == 1)
    }

    @Test func anAddressNamesAPublicationWhateverItsSpelling() {
        func id(_ url: String?, outlet: String? = nil) -> String {
            ArticleIdentity.id(for: Article(id: "", outlet: outlet, url: url, text: Self.wireText))
        }
        let canonical = id("https://www.harbourpost.example/bridge")
        #expect(id("http://harbourpost.example/bridge/") == canonical)
        #expect(id("HTTPS://HarbourPost.example/bridge#comments") == canonical)
        #expect(id("https://mirror.example/bridge") != canonical)
        // Without an address the known outlet tells publications apart; with neither, the text alone does.
        #expect(id(nil, outlet: "The Harbour Post") != id(nil, outlet: "The Eastern Ledger"))
        #expect(id(nil) == ArticleIdentity.id(forBody: Self.wireText))
        // An outlet named only by its file is no source: a copied file is the same article.
        #expect(id(nil, outlet: "Unknown outlet (copy-of-a.txt)") == id(nil))
    }
}
