import ParallaxExtract
import ParallaxModel
import Testing

/// One expected time: the expression whose text contains `snippet` must have this value and modifier.
struct TimeCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var published: String?
    var snippet: String
    var value: String?
    var modifier: String? = nil
    var testDescription: String { "\(sentence) [\(published ?? "no date")]" }
}

struct TimeTests {
    static let cases: [TimeCase] = [
        // Absolute dates.
        .init(
            sentence: "The bridge opened on June 10.", published: "2022-06-20", snippet: "June 10", value: "2022-06-10"),
        .init(sentence: "They spoke on June 15, 2022.", published: nil, snippet: "June 15, 2022", value: "2022-06-15"),
        .init(sentence: "They spoke on 15 June 2022.", published: nil, snippet: "15 June 2022", value: "2022-06-15"),
        .init(sentence: "Troops crossed on Feb 24.", published: "2022-06-15", snippet: "Feb 24", value: "2022-02-24"),
        .init(sentence: "Troops crossed on Feb. 24.", published: "2022-06-15", snippet: "Feb. 24", value: "2022-02-24"),
        .init(sentence: "Filed 20220615 by the desk.", published: nil, snippet: "20220615", value: "2022-06-15"),
        .init(sentence: "Filed 2022-06-15 by the desk.", published: nil, snippet: "2022-06-15", value: "2022-06-15"),
        .init(
            sentence: "It was inspected on the 3rd of March.", published: "2025-03-19", snippet: "3rd of March",
            value: "2025-03-03"),
        // A month-day in the past that would land half a year after publication belongs to last year.
        .init(
            sentence: "The flood began on December 20.", published: "2023-01-10", snippet: "December 20",
            value: "2022-12-20"),
        // …but a future one stays in the publication year or moves forward.
        .init(
            sentence: "The vote will be held on January 5.", published: "2022-12-20", snippet: "January 5",
            value: "2023-01-05"),
        // A weekday beside a month-day: one expression, the year checked against the calendar.
        .init(
            sentence: "Xi told Putin in a call on Wednesday June 15 that…", published: "2022-06-15",
            snippet: "Wednesday June 15", value: "2022-06-15"),
        // Weekdays: past by default, forward in a future clause.
        .init(
            sentence: "Xi on Wednesday afternoon held a phone conversation.", published: "2022-06-15",
            snippet: "Wednesday", value: "2022-06-15"),
        .init(
            sentence: "Wednesday's call fell on his birthday.", published: "2022-06-15", snippet: "Wednesday",
            value: "2022-06-15"),
        .init(
            sentence: "The ministry said on Tuesday that talks continue.", published: "2022-06-15", snippet: "Tuesday",
            value: "2022-06-14"),
        .init(
            sentence: "The leaders will meet on Friday.", published: "2022-06-15", snippet: "Friday",
            value: "2022-06-17"),
        .init(
            sentence: "On Friday, the leaders will meet again.", published: "2022-06-15", snippet: "Friday",
            value: "2022-06-17"),
        .init(
            sentence: "Xi said on Monday that China will keep backing Russia.", published: "2022-06-15",
            snippet: "Monday", value: "2022-06-13"),
        .init(
            sentence: "The union said the stoppage would continue until Thursday morning.", published: "2025-04-22",
            snippet: "Thursday", value: "2025-04-24", modifier: "BEFORE"),
        .init(
            sentence: "They met last Wednesday.", published: "2022-06-15", snippet: "last Wednesday",
            value: "2022-06-08"),
        .init(
            sentence: "The minister is due to visit Northfield on Wednesday.", published: "2025-06-10",
            snippet: "Wednesday", value: "2025-06-11"),
        .init(
            sentence: "President Varga returns to Vardenholm on Friday.", published: "2025-04-24", snippet: "Friday",
            value: "2025-04-25"),
        .init(
            sentence: "The port was closed on Monday due to the storm.", published: "2025-04-24", snippet: "Monday",
            value: "2025-04-21"),
        .init(
            sentence: "The river was closed to shipping in the spring.", published: "2025-09-16", snippet: "spring",
            value: "2025-SP"),
        .init(
            sentence: "A written agreement could be ready by the summer, officials said.", published: "2025-04-24",
            snippet: "summer", value: "2025-SU", modifier: "BEFORE"),
        // Partial dates and modifiers.
        .init(
            sentence: "He invited Putin in early February.", published: "2022-06-15", snippet: "early February",
            value: "2022-02", modifier: "START"),
        .init(
            sentence: "Construction ends mid-2023.", published: "2022-06-15", snippet: "2023", value: "2023",
            modifier: "MID"),
        .init(
            sentence: "The goal is 98 bcm by 2030.", published: nil, snippet: "2030", value: "2030", modifier: "BEFORE"),
        .init(sentence: "Trade grew on the level seen in 2019.", published: nil, snippet: "2019", value: "2019"),
        .init(
            sentence: "Over the past decade since 2013, they met often.", published: nil, snippet: "2013",
            value: "2013", modifier: "AFTER"),
        .init(
            sentence: "Relations grew since the beginning of this year.", published: "2022-06-15", snippet: "this year",
            value: "2022", modifier: "START"),
        .init(sentence: "Officials meet again in May.", published: "2025-04-24", snippet: "May", value: "2025-05"),
        .init(
            sentence: "It reopened after April's talks.", published: "2025-06-12", snippet: "April", value: "2025-04",
            modifier: "AFTER"),
        .init(sentence: "The flood of the 1990s was worse.", published: nil, snippet: "1990s", value: "199"),
        // Relative to publication.
        .init(sentence: "Trade hit a record last year.", published: "2022-06-15", snippet: "last year", value: "2021"),
        .init(sentence: "Growth slowed this year.", published: "2022-06-15", snippet: "this year", value: "2022"),
        .init(sentence: "Prices rise next month.", published: "2022-06-15", snippet: "next month", value: "2022-07"),
        .init(sentence: "Prices rose last month.", published: "2022-06-15", snippet: "last month", value: "2022-05"),
        .init(
            sentence: "The sides last week unveiled a bridge.", published: "2022-06-15", snippet: "last week",
            value: "2022-W23"),
        .init(
            sentence: "It was announced yesterday.", published: "2022-06-15", snippet: "yesterday", value: "2022-06-14"),
        .init(sentence: "Talks resume today.", published: "2022-06-15", snippet: "today", value: "2022-06-15"),
        .init(
            sentence: "It was inspected last autumn.", published: "2025-03-19", snippet: "last autumn", value: "2024-FA"
        ),
        .init(
            sentence: "Five months ago in Kestra we promised bread.", published: "2025-09-15",
            snippet: "Five months ago", value: "2025-04"),
        .init(
            sentence: "The blast was heard three hours ago.", published: "2025-09-15", snippet: "three hours ago",
            value: "2025-09-15"),
        .init(
            sentence: "Rescuers arrived 36 hours ago.", published: "2025-09-15", snippet: "36 hours ago",
            value: "2025-09-14"),
        // Anchored to an earlier date in the text.
        .init(
            sentence: "The strike began on June 3. Two days later the port shut.", published: "2022-06-15",
            snippet: "Two days later", value: "2022-06-05"),
        .init(
            sentence: "The summit was on June 3. The next day they left.", published: "2022-06-15", snippet: "next day",
            value: "2022-06-04"),
        .init(
            sentence:
                "Putin launched his invasion on Feb 24. It was their first call since the day after Russia launched its invasion.",
            published: "2022-06-15", snippet: "the day after", value: "2022-02-25", modifier: "AFTER"),
        // Durations.
        .init(
            sentence: "Over the past decade since 2013, they met 42 times.", published: nil, snippet: "past decade",
            value: "P10Y"),
        .init(sentence: "The talks lasted nearly five hours.", published: nil, snippet: "five hours", value: "PT5H"),
        .init(sentence: "Payments will arrive within ten days.", published: nil, snippet: "ten days", value: "P10D"),
        .init(
            sentence: "Output fell over the last three years.", published: nil, snippet: "last three years",
            value: "P3Y"),
    ]

    @Test(arguments: cases)
    func resolvesTime(_ c: TimeCase) throws {
        let published = c.published.flatMap { CivilDate(iso: $0) }
        let times = TimeExtractor.extract(from: c.sentence, published: published)
        let t = try #require(times.first { $0.text.contains(c.snippet) }, "no '\(c.snippet)' in \(times.map(\.text))")
        #expect(t.value == c.value)
        #expect(t.modifier?.rawValue == c.modifier)
        #expect(c.sentence.slice(t.span) == t.text)
    }

    static let unresolved: [(String, String)] = [
        ("Xi held a phone conversation on Wednesday.", "Wednesday"),
        ("Trade fell last year.", "last year"),
        ("The bridge opened on June 10.", "June 10"),
        ("It was their first call since the day after the invasion began.", "the day after"),
    ]

    @Test(arguments: unresolved)
    func withoutAnchorKeepsValueNilAndSaysWhy(_ sentence: String, _ snippet: String) throws {
        let times = TimeExtractor.extract(from: sentence, published: nil)
        let t = try #require(times.first { $0.text.contains(snippet) })
        #expect(t.value == nil)
        #expect(t.unresolvedReason?.isEmpty == false)
    }

    /// Month names used as words, times of day and numbers that are no dates.
    static let nonTimes: [String] = [
        "Officials may meet soon.",
        "Protesters march through the city.",
        "Xi met 42 leaders and 1,284 delegates.",
        "It happened at the last minute.",
        "May I ask a question?",
    ]

    @Test(arguments: nonTimes)
    func ignoresNonTimes(_ sentence: String) {
        let times = TimeExtractor.extract(from: sentence, published: CivilDate(iso: "2022-06-15"))
        #expect(times.isEmpty, "\(times.map(\.text))")
    }

    @Test func isoWeekOfLastWeekCrossesYears() throws {
        let t = try #require(
            TimeExtractor.extract(from: "They met last week.", published: CivilDate(iso: "2021-01-06")).first)
        #expect(t.value == "2020-W53")
    }
}
