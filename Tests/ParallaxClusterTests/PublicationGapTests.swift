import ParallaxCluster
import ParallaxModel
import Testing

/// A strike and, seven weeks later, the court ruling on it: the ruling stories retell the strike (same union,
/// same port, same days named), so words, names and mentioned days all match. Only the publication dates and
/// the new day the ruling stories report tell two happenings apart. An analysis of the strike published a
/// week after it ends stays with it. Whether the ruling is an event of its own
/// is a labelling choice (ECB+ keeps follow-ups with their seminal event; the defaults lean that way), so the
/// strong setting is the one that must split them.
struct PublicationGapTests {
    private func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    private var documents: [ClusterDocument] {
        let strike = """
            Dockworkers at the Kelsport container terminal walked out on Monday over automation plans, leaving \
            ships waiting offshore. The Harbour Workers Union said the strike would last until the operator, \
            Kelsport Terminals, withdrew its plan for remote-controlled cranes. Union leader Ida Marsh said \
            members voted for the action last week.
            """
        let ruling = """
            A court in Kelsport ruled on Tuesday that the April strike by the Harbour Workers Union at the \
            Kelsport container terminal was unlawful, because the union's ballot fell short of the turnout the \
            law requires. The dockworkers walked out on April 6 over automation plans of Kelsport Terminals, \
            leaving ships waiting offshore. Union leader Ida Marsh said the union would appeal.
            """
        return [
            ClusterDocument(
                id: "strike-1", title: "Kelsport dockworkers strike over automation", text: strike,
                outlet: "Harbour Post", published: day("2026-04-06"), mentionedDates: [day("2026-04-06")],
                people: ["Ida Marsh"]),
            ClusterDocument(
                id: "strike-2", title: "Ships wait offshore as Kelsport port strike enters second day",
                text: strike, outlet: "Meridian", published: day("2026-04-07"),
                mentionedDates: [day("2026-04-06")], people: ["Ida Marsh"]),
            ClusterDocument(
                id: "strike-analysis", title: "What the Kelsport strike was really about",
                text: strike + " The walkout that began on April 6 ended on April 9 with a framework deal.",
                outlet: "Eastern Ledger", published: day("2026-04-16"),
                mentionedDates: [day("2026-04-06"), day("2026-04-09")], people: ["Ida Marsh"]),
            ClusterDocument(
                id: "ruling-1", title: "Court rules Kelsport port strike unlawful", text: ruling,
                outlet: "Harbour Post", published: day("2026-05-26"),
                mentionedDates: [day("2026-04-06"), day("2026-05-26")], people: ["Ida Marsh"]),
            ClusterDocument(
                id: "ruling-2", title: "Dockers' union to appeal strike ruling", text: ruling,
                outlet: "Meridian", published: day("2026-05-27"),
                mentionedDates: [day("2026-04-06"), day("2026-05-26")], people: ["Ida Marsh"]),
        ]
    }

    private func events(_ options: EventClusterer.Options) -> Set<Set<String>> {
        let documents = self.documents
        return Set(EventClusterer(options: options).cluster(documents).map { Set($0.members.map { documents[$0].id }) })
    }

    @Test func aStrongGapMakesTheFollowUpItsOwnEvent() {
        var options = EventClusterer.Options()
        options.publicationGapFactor = 0.2
        options.publicationWindowDays = 5
        #expect(events(options) == [["strike-1", "strike-2", "strike-analysis"], ["ruling-1", "ruling-2"]])
    }

    /// The defaults keep this ruling with its strike, long gap or not: it retells the strike (same words,
    /// names and the strike's own day), which is how ECB+ labels a follow-up.
    @Test func byDefaultARetellingFollowUpStaysWithItsEvent() {
        #expect(events(EventClusterer.Options()).count == 1)
    }

    @Test func withoutTheGapTheyMerge() {
        var options = EventClusterer.Options()
        options.publicationGapFactor = 1
        options.longGapFactor = 1
        #expect(events(options).count == 1)
    }
}
