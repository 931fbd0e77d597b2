import Foundation
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

    static let huge = String(repeating: "6", count: 60)

    /// FuzzTimes: a duration of 10^60 years trapped converting the count to `Int`.
    @Test func hugeDurationKeepsItsCount() throws {
        let times = TimeExtractor.extract(
            from: "The rock is \(Self.huge) years old and lasted \(Self.huge) days.", published: nil)
        let duration = try #require(times.first { $0.kind == .duration })
        #expect(duration.value?.hasPrefix("P6.666") == true)
    }

    /// The same count before "ago" or "later" would overflow the calendar arithmetic: no value, and a reason.
    @Test(arguments: ["It began \(huge) days ago.", "The flood began on June 10 and ended \(huge) weeks later."])
    func hugeShiftIsNotResolved(_ text: String) throws {
        let times = TimeExtractor.extract(from: text, published: CivilDate(iso: "2022-06-15"))
        let shifted = try #require(times.first { $0.text.contains("666") })
        #expect(shifted.value == nil)
        #expect(shifted.unresolvedReason?.contains("too far") == true)
    }

    /// The input FuzzTimes found, verbatim (base64).
    @Test func timesCrashAsFound() throws {
        let bytes = try #require(Data(base64Encoded: Self.durationOverflow))
        let newline = try #require(bytes.firstIndex(of: 0x0A))
        let published = CivilDate(iso: String(decoding: bytes[..<newline], as: UTF8.self))
        let times = TimeExtractor.extract(
            from: String(decoding: bytes[(newline + 1)...], as: UTF8.self), published: published)
        #expect(times.contains { $0.kind == .duration })
    }

    static let durationOverflow =
        "OTk57AAAzW5leHQgd2VlayAxMi0zMQpOZXh0AAAAAAAAACxleCB0bW9mdGgsIG5ln3Qgd+5layBhbmQgdG9tb3Jyb3csIGlvIDEgZGF5cygsIDMgeWVhNjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NiBkYXlzKCwgMyB5ZWFycyAuCrGxsbE="
}
