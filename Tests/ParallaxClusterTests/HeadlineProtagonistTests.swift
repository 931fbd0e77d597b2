import ParallaxCluster
import ParallaxModel
import Testing

/// Two injuries on one team a season apart: the same club, coach, vocabulary and even the same player named
/// in both, because the second story recalls the first. Only the headlines tell who each story is about.
struct HeadlineProtagonistTests {
    private let documents = [
        ClusterDocument(
            id: "reyes-1", title: "Harbour City Gulls place Tomas Reyes on injured reserve",
            text: """
                The Harbour City Gulls placed running back Tomas Reyes on injured reserve on Wednesday, ending his \
                season after he tore a knee ligament against Eastport. Coach Mara Lund said Reyes would have \
                surgery next week. Reyes led the Gulls in rushing yards this season.
                """,
            outlet: "Harbour Post", published: nil,
            people: ["Tomas Reyes", "Mara Lund"]),
        ClusterDocument(
            id: "reyes-2", title: "Gulls lose Reyes for the season with knee injury",
            text: """
                Running back Tomas Reyes will miss the rest of the season with a torn knee ligament after the \
                Harbour City Gulls placed him on injured reserve on Wednesday. Reyes was hurt against Eastport and \
                will have surgery next week, coach Mara Lund said. Reyes led the Gulls in rushing yards.
                """,
            outlet: "Meridian", published: nil,
            people: ["Tomas Reyes", "Mara Lund"]),
        ClusterDocument(
            id: "pike-1", title: "Gulls put Anton Pike on injured reserve, sign practice-squad back",
            text: """
                The Harbour City Gulls placed running back Anton Pike on injured reserve with a broken ankle, \
                a year after Tomas Reyes's season ended the same way. Coach Mara Lund said Pike would have \
                surgery. Pike had led the Gulls in rushing yards since Reyes was hurt.
                """,
            outlet: "Harbour Post", published: nil, people: ["Anton Pike", "Tomas Reyes", "Mara Lund"]),
        ClusterDocument(
            id: "pike-2", title: "Anton Pike's season over as Gulls turn to rookies",
            text: """
                Anton Pike's season is over. The Harbour City Gulls put the running back on injured reserve after \
                he broke his ankle, coach Mara Lund said, leaving the rookie backs to carry the load. Pike was \
                the Gulls' leading rusher; Reyes, hurt last year, has retired.
                """,
            outlet: "Meridian", published: nil, people: ["Anton Pike", "Mara Lund", "Tomas Reyes"]),
    ]

    private func events(_ options: EventClusterer.Options) -> Set<Set<String>> {
        Set(EventClusterer(options: options).cluster(documents).map { Set($0.members.map { documents[$0].id }) })
    }

    @Test func headlinesKeepTwoInjuriesApart() {
        #expect(events(EventClusterer.Options()) == [["reyes-1", "reyes-2"], ["pike-1", "pike-2"]])
    }
}
