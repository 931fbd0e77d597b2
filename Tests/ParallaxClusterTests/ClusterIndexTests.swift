import ParallaxCluster
import ParallaxModel
import Testing

/// The index a store keeps between ingests: it finds the event a new article belongs to, and survives bytes.
struct ClusterIndexTests {
    let day = CivilDate(year: 2025, month: 3, day: 18)

    func document(_ id: String, _ title: String, _ text: String, names: [String]) -> ClusterDocument {
        ClusterDocument(id: id, title: title, text: text, outlet: "Wire", published: day, names: names)
    }

    var stored: [ClusterDocument] {
        [
            document(
                "a1", "Kellan Bridge collapses into the Vesse",
                "The Kellan Bridge in Portvale collapsed into the Vesse on Tuesday; divers searched the river.",
                names: ["Kellan Bridge", "Portvale", "Vesse"]),
            document(
                "a2", "Divers search the Vesse after bridge collapse",
                "Divers searched the Vesse below the fallen Kellan Bridge through the night, Portvale police said.",
                names: ["Vesse", "Kellan Bridge", "Portvale"]),
            document(
                "b1", "Central bank holds rates at 4.5%",
                "The Valdorian central bank kept its main rate at 4.5 percent, citing sticky inflation.",
                names: ["Valdorian Central Bank"]),
        ]
    }

    func indexed() -> (ClusterIndex, [EventClusterer.Cluster]) {
        var index = ClusterIndex()
        let documents = stored
        let clusters = EventClusterer().cluster(documents, into: &index) { _ in true }
        for cluster in clusters { index.setEvent("e-" + documents[cluster.members[0]].id, cluster.indexEntry) }
        return (index, clusters)
    }

    @Test func aNewArticleFindsItsEvent() {
        let (index, clusters) = indexed()
        #expect(clusters.count == 2)
        #expect(index.frequencies.documents == 3)
        let late = document(
            "a3", "Kellan Bridge: inquiry opens",
            "An inquiry into the collapse of the Kellan Bridge opened in Portvale on Wednesday.",
            names: ["Kellan Bridge", "Portvale"])
        let candidates = EventClusterer().candidates(for: [late], in: index)
        #expect(candidates.contains { $0.hasPrefix("e-a") })
        #expect(!candidates.contains("e-b1"))
    }

    /// An event that shares one passing term with a new article, far less than the article's own event shares,
    /// is not worth re-clustering with it.
    @Test func aPassingMentionFindsNoCandidate() {
        let (index, _) = indexed()
        let late = document(
            "a5", "Kellan Bridge divers recover car from the Vesse",
            "Divers recovered a car from the Vesse below the Kellan Bridge in Portvale on Wednesday, police said. "
                + "Traffic was diverted past the offices of the central bank.",
            names: ["Kellan Bridge", "Vesse", "Portvale"])
        let candidates = EventClusterer().candidates(for: [late], in: index)
        #expect(candidates.contains { $0.hasPrefix("e-a") })
        #expect(!candidates.contains("e-b1"))
    }

    @Test func anEventMonthsApartIsNoCandidate() {
        let (index, _) = indexed()
        var late = document(
            "a4", "Kellan Bridge rebuilt", "The rebuilt Kellan Bridge in Portvale reopened to traffic.",
            names: ["Kellan Bridge", "Portvale"])
        late.published = CivilDate(year: 2025, month: 11, day: 2)
        #expect(EventClusterer().candidates(for: [late], in: index).isEmpty)
        late.published = nil  // undated: the date cannot rule anything out
        #expect(!EventClusterer().candidates(for: [late], in: index).isEmpty)
    }

    @Test func bytesRoundTripAndDamageIsRefused() throws {
        let (index, _) = indexed()
        let bytes = index.encoded()
        let back = try #require(ClusterIndex(encoded: bytes))
        #expect(back.encoded() == bytes)
        #expect(back.articles == index.articles)
        #expect(back.eventCount == index.eventCount)
        #expect(ClusterIndex(encoded: Array(bytes.dropLast())) == nil)
        #expect(ClusterIndex(encoded: [9] + bytes.dropFirst()) == nil)
        #expect(ClusterIndex(encoded: []) == nil)
    }
}
