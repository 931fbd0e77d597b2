import ParallaxCluster
import ParallaxModel
import Testing

/// A batch larger than a chunk is clustered chunk by chunk, each chunk with the events it may join; events
/// found before (seeds) come back as they were unless something joins them.
struct ChunkedClusteringTests {
    static func document(_ id: String, day: Int, _ title: String, _ text: String, names: [String]) -> ClusterDocument {
        ClusterDocument(
            id: id, title: title, text: text, outlet: "Wire", published: CivilDate(year: 2025, month: 6, day: day),
            names: names)
    }

    /// Three happenings of one week, four reports each, interleaved in time.
    static let corpus: [ClusterDocument] = [
        document(
            "ferry-1", day: 2, "Marsh Ferries crews walk out in Port Aldane",
            "Deckhands and engineers of Marsh Ferries stopped work in Port Aldane at dawn over unpaid overtime.",
            names: ["Marsh Ferries", "Port Aldane"]),
        document(
            "fire-1", day: 2, "Wildfire forces evacuations in Korrin Valley",
            "A wildfire driven by dry winds forced the evacuation of three villages in the Korrin Valley.",
            names: ["Korrin Valley"]),
        document(
            "count-1", day: 3, "Tessaly orders recount after narrow mayoral vote",
            "The Tessaly electoral board ordered a full recount after the mayoral race was decided by 41 ballots.",
            names: ["Tessaly", "Tessaly Electoral Board"]),
        document(
            "ferry-2", day: 3, "Port Aldane stranded as Marsh Ferries strike goes on",
            "Commuters were stranded in Port Aldane for a second day as the Marsh Ferries strike over overtime pay continued.",
            names: ["Port Aldane", "Marsh Ferries"]),
        document(
            "fire-2", day: 3, "Korrin Valley fire doubles in size",
            "Firefighters said the Korrin Valley wildfire doubled in size overnight as winds picked up.",
            names: ["Korrin Valley"]),
        document(
            "count-2", day: 4, "Recount begins in Tessaly mayoral race",
            "Officials in Tessaly began recounting ballots from the mayoral race under observers from both campaigns.",
            names: ["Tessaly"]),
        document(
            "ferry-3", day: 4, "Marsh Ferries and union resume talks",
            "Marsh Ferries and the deckhands' union resumed talks in Port Aldane to end the strike over overtime.",
            names: ["Marsh Ferries", "Port Aldane"]),
        document(
            "fire-3", day: 4, "Evacuees wait as Korrin Valley wildfire burns",
            "Evacuated villagers from the Korrin Valley waited in school halls while the wildfire burned on.",
            names: ["Korrin Valley"]),
        document(
            "count-3", day: 5, "Tessaly recount confirms mayoral result",
            "The recount in Tessaly confirmed the mayoral result, the electoral board said, with the margin at 39 ballots.",
            names: ["Tessaly", "Tessaly Electoral Board"]),
    ]

    static func partition(_ clusters: [EventClusterer.Cluster]) -> Set<Set<String>> {
        Set(clusters.map { Set($0.members.map { corpus[$0].id }) })
    }

    static let expected: Set<Set<String>> = [
        ["ferry-1", "ferry-2", "ferry-3"], ["fire-1", "fire-2", "fire-3"], ["count-1", "count-2", "count-3"],
    ]

    @Test func atOnceFindsTheThreeHappenings() {
        #expect(Self.partition(EventClusterer().cluster(Self.corpus)) == Self.expected)
    }

    @Test(arguments: [1, 2, 4])
    func chunkByChunkFindsTheSameHappenings(chunkSize: Int) {
        var options = EventClusterer.Options()
        options.chunkSize = chunkSize
        #expect(Self.partition(EventClusterer(options: options).cluster(Self.corpus)) == Self.expected)
    }

    @Test func aSeedNothingJoinsComesBackAsItWas() {
        var index = ClusterIndex()
        let ferries = [0, 3]  // ferry-1, ferry-2: an event found before
        let clusters = EventClusterer().cluster(Self.corpus, into: &index, events: [ferries]) { _ in true }
        let partition = Self.partition(clusters)
        #expect(partition.contains(["ferry-1", "ferry-2", "ferry-3"]))
        // Without the article that joins it, the seed comes back with exactly its members.
        var smaller = ClusterIndex()
        let withoutLate = Array(Self.corpus.prefix(6))
        let again = EventClusterer().cluster(withoutLate, into: &smaller, events: [ferries]) { _ in true }
        #expect(again.contains { Set($0.members) == Set(ferries) })
        #expect(again.count == 3)
    }
}
