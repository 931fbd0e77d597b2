import ParallaxCluster
import ParallaxModel
import Testing

/// The same two ministers hold talks on the same dispute twice, two months apart, in different capitals.
/// Words and names overlap heavily; the second round reports its own day. Past `longGapDays` the defaults
/// scale such a pair by `longGapFactor`, which keeps the two rounds apart; a look back published ten days
/// later that names only the first round's day stays with it. (A late article that joins an event moves the
/// event's last publication day on, so a look back published between the rounds would bridge them.)
struct RepeatedTalksTests {
    private func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    private var documents: [ClusterDocument] {
        let march = """
            The foreign ministers of Vesland and Norrmark met in Harnlow on Tuesday for talks on the disputed \
            Brenn river dams and agreed to set up a joint water commission. Vesland's foreign minister Ada \
            Korsh said the commission would share monthly flow data. Norrmark's minister Pavel Dune said the \
            talks were frank and that both sides wanted to end the dispute over the Brenn.
            """
        let may = """
            The foreign ministers of Vesland and Norrmark met in Tessaly on Wednesday for a second round of \
            talks on the Brenn river dams and signed a protocol on sharing flow data through the joint water \
            commission. Officials from both sides will meet again in the autumn, Norrmark's minister Pavel \
            Dune said, calling the talks frank.
            """
        let lookBack = march + " The commission agreed at the March 10 talks has yet to meet."
        let people = ["Ada Korsh", "Pavel Dune"]
        let names = ["Vesland", "Norrmark", "Brenn", "Ada Korsh", "Pavel Dune"]
        return [
            ClusterDocument(
                id: "march-1", title: "Vesland and Norrmark agree water commission", text: march,
                outlet: "Harbour Post",
                published: day("2026-03-10"), mentionedDates: [day("2026-03-10")], names: names + ["Harnlow"],
                people: people),
            ClusterDocument(
                id: "march-2", title: "Brenn dam talks end with commission deal", text: march, outlet: "Meridian",
                published: day("2026-03-11"), mentionedDates: [day("2026-03-10")], names: names + ["Harnlow"],
                people: people),
            ClusterDocument(
                id: "march-look-back", title: "Brenn commission still waiting to meet", text: lookBack,
                outlet: "Eastern Ledger", published: day("2026-03-20"), mentionedDates: [day("2026-03-10")],
                names: names + ["Harnlow"], people: people),
            ClusterDocument(
                id: "may-1", title: "Vesland and Norrmark sign Brenn data protocol", text: may, outlet: "Harbour Post",
                published: day("2026-05-13"), mentionedDates: [day("2026-05-13")], names: names + ["Tessaly"],
                people: people),
            ClusterDocument(
                id: "may-2", title: "Second round of Brenn dam talks in Tessaly", text: may, outlet: "Meridian",
                published: day("2026-05-14"), mentionedDates: [day("2026-05-13")], names: names + ["Tessaly"],
                people: people),
        ] + others
    }

    /// Unrelated stories, so that the talks' shared words are not in every document of the batch.
    private var others: [ClusterDocument] {
        [
            (
                "flood", "River bursts its banks in Lenna",
                "The Lenna river burst its banks on Monday, flooding 300 homes."
            ),
            ("match", "Portvale win the cup final", "Portvale beat Eastbank 2-1 in the cup final on Saturday evening."),
            (
                "launch", "Aurel unveils a new phone",
                "The phone maker Aurel unveiled its new handset at a show on Thursday."
            ),
            (
                "strike", "Bus drivers strike in Kelsport",
                "Bus drivers in Kelsport walked out over pay on Friday morning."
            ),
        ].enumerated().map { index, story in
            ClusterDocument(
                id: story.0, title: story.1, text: story.2, outlet: "Harbour Post",
                published: day("2026-07-1\(index)"))
        }
    }

    private func events(_ options: EventClusterer.Options) -> Set<Set<String>> {
        let documents = self.documents
        return Set(EventClusterer(options: options).cluster(documents).map { Set($0.members.map { documents[$0].id }) })
    }

    private let talks: Set<String> = ["march-1", "march-2", "march-look-back", "may-1", "may-2"]

    @Test func twoRoundsOfTalksMonthsApartAreTwoEvents() {
        let expected: Set<Set<String>> = [["march-1", "march-2", "march-look-back"], ["may-1", "may-2"]]
        #expect(events(EventClusterer.Options()).filter { !$0.isDisjoint(with: talks) } == expected)
    }

    @Test func withoutTheLongGapTheRoundsMerge() {
        var options = EventClusterer.Options()
        options.longGapFactor = 1
        #expect(events(options).filter { !$0.isDisjoint(with: talks) } == Set([talks]))
    }
}
