import ParallaxCluster
import ParallaxModel
import Testing

/// The smallest corpora a user hands over: two articles, a handful of headlines. Every article here is dated
/// the same day, so a shared day cannot be what joins them; only what they say can.
struct SmallBatchTests {
    private static let day = CivilDate(iso: "2026-03-12")!

    private static func article(_ id: String, _ title: String, _ text: String, outlet: String = "Wire")
        -> ClusterDocument
    {
        ClusterDocument(id: id, title: title, text: text, outlet: outlet, published: day, mentionedDates: [day])
    }

    static let quake = article(
        "quake", "Strong earthquake shakes northern Veloria, damaging homes",
        """
        A magnitude 6.1 earthquake struck northern Veloria early on Thursday, damaging hundreds of homes in the \
        mountain town of Karsk and cutting power to much of the province, officials said. The national seismic \
        institute said the quake hit at a depth of 10 kilometres. Rescue teams were searching collapsed \
        buildings in Karsk, where at least four people were injured, the regional governor told reporters.
        """)
    static let quakeAgain = article(
        "quake-2", "Rescuers search rubble after Veloria quake",
        """
        Rescue workers dug through the rubble of collapsed houses in Karsk on Thursday after a strong \
        earthquake rocked northern Veloria before dawn. The tremor, measured at magnitude 6.1 by the seismic \
        institute, left the province without electricity for hours. Four people were hurt, the governor said, \
        and dozens of families spent the day in tents outside the town hall.
        """, outlet: "Meridian")
    static let sentencing = article(
        "sentencing", "Former mayor jailed for nine years over bribery scheme",
        """
        A court in Dunmore on Thursday sentenced former mayor Paul Hendry to nine years in prison for taking \
        bribes in exchange for city building contracts. Judge Alma Ruiz said Hendry had betrayed the voters who \
        trusted him. Prosecutors said the scheme ran for six years and cost the city millions. Hendry's lawyer \
        said he would appeal the verdict.
        """)
    static let rates = article(
        "rates", "Central bank holds rates, signals cuts later in the year",
        """
        The Bank of Arland kept its benchmark interest rate at 4.5 percent on Thursday and signalled that it \
        could begin cutting borrowing costs in the second half of the year as inflation cools. Governor Mira \
        Okafor told a news conference that price pressures were easing faster than expected. Economists had \
        expected the decision.
        """)
    static let call = article(
        "call", "Leaders of Arland and Veloria discuss trade in phone call",
        """
        President Tomas Berg of Arland and Prime Minister Lena Voss of Veloria spoke by telephone on Thursday \
        and agreed to resume talks on a trade agreement, Berg's office said in a statement. The two leaders also \
        discussed energy supplies and a planned visit by Voss to the Arland capital in the spring.
        """)

    private func joined(_ a: ClusterDocument, _ b: ClusterDocument) -> Bool {
        EventClusterer().cluster([a, b]).count == 1
    }

    @Test(arguments: [(quake, sentencing), (quake, rates), (sentencing, call)])
    func twoUnrelatedArticlesOfOneDayStayApart(_ pair: (ClusterDocument, ClusterDocument)) {
        #expect(!joined(pair.0, pair.1))
    }

    /// A rate decision and a phone call that share only their country's name (and their day) still join: one
    /// word unknown to the background weighs as the rarest there is, and nothing yet asks for more than one
    /// telling word before a shared day multiplies the evidence.
    @Test func aSharedCountryNameAloneShouldNotJoinTwoStories() {
        withKnownIssue("one unknown shared name outweighs the rest of two short articles") {
            #expect(!joined(Self.rates, Self.call))
        }
    }

    @Test func twoReportsOfOneEventJoinEvenAlone() {
        #expect(joined(Self.quake, Self.quakeAgain))
    }

    /// Three articles of one batch: the batch's own counts must not make every shared word worthless.
    @Test func aTinyBatchStillKnowsWhatItsArticlesShare() {
        let documents = [Self.quake, Self.quakeAgain, Self.sentencing]
        let events = Set(EventClusterer().cluster(documents).map { Set($0.members.map { documents[$0].id }) })
        #expect(events == [["quake", "quake-2"], ["sentencing"]])
    }

    /// Title-only feed items: nothing but a headline to go on.
    @Test func headlinesAloneCluster() {
        let headlines = [
            ("a1", "Karsk earthquake: rescuers search rubble for survivors"),
            ("a2", "Magnitude 6.1 earthquake hits Karsk in northern Veloria"),
            ("a3", "Veloria quake leaves Karsk without power"),
            ("b1", "Ex-mayor Hendry jailed for nine years for bribery"),
            ("b2", "Dunmore court sentences former mayor Hendry in bribery case"),
            ("c1", "Bank of Arland holds interest rates at 4.5%"),
            ("c2", "Arland central bank keeps rates on hold, eyes cuts"),
        ]
        let documents = headlines.map { id, title in
            ClusterDocument(id: id, title: title, text: "", outlet: "Feed", published: Self.day)
        }
        let events = Set(EventClusterer().cluster(documents).map { Set($0.members.map { documents[$0].id }) })
        #expect(events.contains(["a1", "a2", "a3"]))
        #expect(events.contains(["c1", "c2"]))
        // Seven headlines are a batch whose own counts discount every word two of them share (see
        // TermWeights.idf): the two sentencing headlines, worded apart but for "Hendry" and "bribery", stay split.
        withKnownIssue("a tiny batch of headlines discounts the words two of them share") {
            #expect(events.contains(["b1", "b2"]))
        }
    }
}
