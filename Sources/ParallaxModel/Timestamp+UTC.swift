import Foundation

extension Timestamp {
    /// The moment `date` in UTC, to the minute (`2026-12-07T22:39Z`): when a store stored something.
    public init(utc date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        self.init(
            date: CivilDate(dayNumber: day), minuteOfDay: (seconds - day * 86_400) / 60, utcOffsetMinutes: 0)
    }
}
