import ParallaxCluster
import ParallaxModel
import Testing

/// Two headline stories of one beat on consecutive days, as an aggregator lists them: a game's launch, then the
/// next day its place atop a sales chart. The headlines share the game, the studio and the console; only the
/// publication day tells the launch from the chart story. Between headlines a day apart the day counts against
/// as much as a shared day counts for (`1 / (1 + sharedDateBoost)`), so the two stay apart; published the same
/// day, the same words join them.
struct HeadlineDayTests {
    private static let launchDay = CivilDate(iso: "2026-04-06")!
    private static let nextDay = CivilDate(iso: "2026-04-07")!

    private static func headline(_ id: String, _ title: String, _ day: CivilDate) -> ClusterDocument {
        ClusterDocument(id: id, title: title, text: "", outlet: "Feed", published: day)
    }

    private static func stories(chartDay: CivilDate) -> [ClusterDocument] {
        [
            headline("launch-1", "Korvane Studios launches Starfall Drift for the Nimbus console", launchDay),
            headline("launch-2", "Starfall Drift launch: Korvane Studios shooter arrives on Nimbus", launchDay),
            headline("launch-3", "Korvane Studios launches Starfall Drift on Nimbus to strong reviews", launchDay),
            headline("chart-1", "Korvane Studios' Starfall Drift tops Nimbus sales chart", chartDay),
            headline("chart-2", "Starfall Drift tops Nimbus chart after Korvane Studios launch", chartDay),
            headline("chart-3", "Korvane's Starfall Drift is the Nimbus chart topper", chartDay),
            headline("other-1", "Harbour bridge to close for repairs next month", launchDay),
            headline("other-2", "City council approves new cycling lanes downtown", chartDay),
        ]
    }

    private func events(_ documents: [ClusterDocument]) -> Set<Set<String>> {
        Set(EventClusterer().cluster(documents).map { Set($0.members.map { documents[$0].id }) })
    }

    @Test func nextDayStoryOfOneBeatStaysApart() {
        let found = events(Self.stories(chartDay: Self.nextDay))
        #expect(found.contains(["launch-1", "launch-2", "launch-3"]))
        #expect(found.contains(["chart-1", "chart-2", "chart-3"]))
    }

    /// The words alone would join them: the day is what keeps them apart.
    @Test func sameDayHeadlinesJoin() {
        let found = events(Self.stories(chartDay: Self.launchDay))
        #expect(found.contains { $0.isSuperset(of: ["launch-1", "chart-1", "chart-2", "chart-3"]) })
    }
}
