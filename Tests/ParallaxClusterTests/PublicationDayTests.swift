import ParallaxCluster
import ParallaxModel
import Testing

/// Headlines of two market reports on consecutive days, as a feed or an aggregator lists them: same beat, same
/// words ("stocks", "slide", "exports"), no day in the text. Only the publication day tells Monday's report from
/// Tuesday's. A story that names its day ("on Monday") may be filed the next morning and still joins that day's
/// report: the window forgives a mentioned day, not a publication day.
struct PublicationDayTests {
    private static let monday = CivilDate(iso: "2026-03-09")!
    private static let tuesday = CivilDate(iso: "2026-03-10")!

    private static func headline(_ id: String, _ title: String, _ day: CivilDate, mentions: [CivilDate] = [])
        -> ClusterDocument
    {
        ClusterDocument(id: id, title: title, text: "", outlet: "Feed", published: day, mentionedDates: mentions)
    }

    private static let reports = [
        headline("mon-1", "Stocks slide as weak export figures rattle investors", monday),
        headline("mon-2", "Wall Street stocks slide on weak export figures", monday),
        headline("mon-3", "Stocks slide after export figures disappoint traders", monday),
        headline("tue-1", "Stocks extend losses as export worries linger", tuesday),
        headline("tue-2", "Wall Street extends losses on export worries", tuesday),
        headline("tue-3", "Stocks dip again as export worries deepen", tuesday),
        headline("other-1", "Harbour bridge to close for repairs next month", monday),
        headline("other-2", "City council approves new cycling lanes downtown", tuesday),
        headline("other-3", "Film festival announces opening night premiere", monday),
    ]

    private func events(_ documents: [ClusterDocument], _ options: EventClusterer.Options) -> Set<Set<String>> {
        Set(EventClusterer(options: options).cluster(documents).map { Set($0.members.map { documents[$0].id }) })
    }

    @Test func consecutiveDailyReportsStayApart() {
        let found = events(Self.reports, EventClusterer.Options())
        #expect(found.contains(["mon-1", "mon-2", "mon-3"]))
        #expect(found.contains(["tue-1", "tue-2", "tue-3"]))
    }

    /// The rule is what keeps them apart: forgiving publication days a day off joins the two reports.
    @Test func forgivingPublicationDaysJoinsThem() {
        var options = EventClusterer.Options()
        options.nearPublicationDayFactor = 2
        options.headlineNearDayFactor = 2
        let found = events(Self.reports, options)
        #expect(found.contains { $0.isSuperset(of: ["mon-1", "tue-1"]) })
    }

    /// Filed on Tuesday morning about Monday's session, which it names: it meets Monday's report.
    @Test func aMentionedDayStillMeetsTheDayBefore() {
        let late = Self.headline(
            "late", "Stocks slid on Monday as weak export figures rattled investors", Self.tuesday,
            mentions: [Self.monday])
        let found = events(Self.reports.filter { !$0.id.hasPrefix("tue") } + [late], EventClusterer.Options())
        #expect(found.contains(["mon-1", "mon-2", "mon-3", "late"]))
    }
}
