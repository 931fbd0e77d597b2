import ParallaxExtract
import ParallaxModel
import Testing

/// Inputs the fuzzers (`Fuzz/`, `Scripts/fuzz.sh`) found crashing or hanging an extractor, kept so they stay
/// fixed. Each test names the target that found it.
struct FuzzRegressionTests {
    /// FuzzTimes: "next week" from the last day of the calendar built January 1st of year 10000 and trapped.
    @Test func nextWeekAfterTheLastDayOfTheCalendar() throws {
        let times = TimeExtractor.extract(
            from: "Next year, next month, next week and tomorrow.", published: CivilDate(iso: "9999-12-31"))
        let week = try #require(times.first { $0.text == "next week" })
        #expect(week.value == "10000-W01")
    }

    /// The same arithmetic at the other end of the calendar.
    @Test func lastWeekBeforeTheFirstDayOfTheCalendar() throws {
        let times = TimeExtractor.extract(from: "They met last week.", published: CivilDate(iso: "0001-01-03"))
        let week = try #require(times.first)
        #expect(week.value == "0000-W52")
    }
}
