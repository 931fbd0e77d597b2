import ParallaxModel
import Testing

struct DateTests {
    @Test func dayNumbersRoundTripAndWeekdays() throws {
        let date = try #require(CivilDate(year: 2022, month: 6, day: 15))
        #expect(CivilDate(dayNumber: date.dayNumber) == date)
        #expect(date.weekday == 3)  // Wednesday
        #expect(date.adding(days: -5).description == "2022-06-10")
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(iso: "20220615") == date)
    }

    @Test(arguments: ["2022-06-20", "2022-06-20T11:46", "2022-06-20T11:46Z", "2022-06-20T11:46+08:00"])
    func timestampsRoundTrip(text: String) throws {
        #expect(try #require(Timestamp(iso: text)).description == text)
    }

    @Test func timestampParsesSecondsAndOffsets() throws {
        let stamp = try #require(Timestamp(iso: "2022-06-20T11:46:30.000-05:00"))
        #expect(stamp.description == "2022-06-20T11:46-05:00")
    }
}
