import ParallaxCluster
import ParallaxModel
import Testing

struct StreamingEventClustererTests {
    /// A story: title, text, publication day (days after 2025-03-01).
    struct Story {
        var title: String
        var text: String
        var day: Int
    }

    static let day0 = CivilDate(year: 2025, month: 3, day: 1)!.dayNumber

    static let quakeKelmar = """
        A magnitude 6.8 earthquake struck Kelmar in northern Ruvania early on Saturday, collapsing apartment \
        buildings and cutting power to 40,000 homes. Rescue teams led by Ilsa Varnow searched the rubble of \
        the Kelmar market through the night. Governor Ilsa Varnow said 112 people were confirmed dead.
        """
    static let quakeKelmarLater = """
        Rescue teams in Kelmar pulled two survivors from a collapsed apartment building, five days after the \
        magnitude 6.8 earthquake in northern Ruvania. Governor Ilsa Varnow said the death toll had risen to 140 \
        and that the Kelmar market would be rebuilt.
        """
    static let quakeTesso = """
        An earthquake of magnitude 5.9 shook the coastal town of Tesso in Amarine on Thursday, damaging the \
        harbour wall. Mayor Joren Halbeck said fishing boats were wrecked and 9 people were hurt; rescue crews \
        from Port Selvan checked older buildings.
        """
    static let election = """
        Dorvan's parliament approved a coalition government on Saturday after three weeks of talks. Prime \
        Minister Ada Kessel won 212 votes in the chamber; the opposition Union of Farmers voted against the \
        budget pact and promised a referendum on pensions.
        """
    static let electionFollowUp = """
        Prime Minister Ada Kessel named her cabinet in Dorvan a day after parliament approved the coalition. \
        The Union of Farmers said the pensions referendum petition had 90,000 signatures.
        """

    /// Runs a stream and returns the event of each story, plus the closed events in the order reported.
    static func run(
        _ stories: [Story], streaming: StreamingEventClusterer.StreamingOptions = .init()
    ) -> (events: [Int], closed: [StreamingEventClusterer.ClosedEvent]) {
        var events: [Int] = []
        var closed: [StreamingEventClusterer.ClosedEvent] = []
        let clusterer = StreamingEventClusterer(
            streaming: streaming,
            onAssignment: { serial, event in
                precondition(serial == events.count)
                events.append(event)
            }, onEventClosed: { closed.append($0) })
        var extractor = StreamingTermExtractor()
        for (serial, story) in stories.enumerated() {
            clusterer.add(extractor.terms(serial: serial, day: day0 + story.day, title: story.title, text: story.text))
        }
        clusterer.finish()
        return (events, closed)
    }

    static let stream: [Story] = [
        Story(title: "Earthquake kills 112 in Kelmar", text: quakeKelmar, day: 0),
        Story(title: "Dorvan parliament backs coalition", text: election, day: 0),
        Story(title: "Kessel names cabinet", text: electionFollowUp, day: 1),
        Story(title: "Earthquake damages Tesso harbour", text: quakeTesso, day: 4),
        Story(title: "Survivors found in Kelmar rubble", text: quakeKelmarLater, day: 5),
    ]

    @Test func separatesEventsAndJoinsLateArticle() {
        let (events, closed) = Self.run(Self.stream)
        #expect(events[0] != events[1], "an earthquake and an election are two events")
        #expect(events[1] == events[2], "the cabinet follow-up joins the coalition vote")
        #expect(events[3] != events[0], "same topic, different place and days: a different earthquake")
        #expect(events[4] == events[0], "a report five days later joins the earthquake, still live")
        #expect(Set(events).count == 3)
        #expect(closed.map(\.size).reduce(0, +) == Self.stream.count)
        #expect(closed.first { $0.id == events[0] }?.lastDay == Self.day0 + 5)
    }

    @Test func eventsAgeOut() {
        var stories = Self.stream
        // Ten days after the last Kelmar report: the event has closed, so this starts a new one.
        stories.append(Story(title: "Kelmar rebuilds its market", text: Self.quakeKelmarLater, day: 15))
        var options = StreamingEventClusterer.StreamingOptions()
        options.maxEventAgeDays = 7
        let (events, closed) = Self.run(stories, streaming: options)
        #expect(events[5] != events[0])
        // Everything before day 8 closed before the day-15 article arrived, oldest first.
        let order = closed.map(\.id)
        #expect(order.firstIndex(of: events[0])! < order.firstIndex(of: events[5])!)
        #expect(closed.first { $0.id == events[1] }?.size == 2)
    }

    @Test func sameInputSameEvents() {
        let stories = Self.stream + Self.stream.map { Story(title: $0.title, text: $0.text, day: $0.day + 2) }
        let first = Self.run(stories)
        let second = Self.run(stories)
        #expect(first.events == second.events)
        #expect(first.closed == second.closed)
    }

    @Test func termsAreFoldedAndStopWordsDropped() {
        var extractor = StreamingTermExtractor()
        let a = extractor.terms(serial: 0, day: nil, title: nil, text: "The Earthquake in KELMAR")
        let b = extractor.terms(serial: 1, day: nil, title: nil, text: "earthquake kelmar")
        #expect(a.termCounts.content == 2)
        #expect(b.termCounts.content == 2)
        let c = extractor.terms(
            serial: 2, day: nil, title: nil, text: "Ilsa Varnow met the Union of Farmers. Kessel, Varnow")
        #expect(c.termCounts.names == 4, "ilsa varnow / union of farmers / kessel / varnow")
    }
}
