import ParallaxModel
import ParallaxText

/// When a figure was true, as written next to it: a resolved day, a weekday, a part of the day.
///
/// A river level, a count of evacuees or a death toll is true at a moment; the same figure read at two
/// moments may differ without anyone being wrong. "5.8 metres early on Monday", "6.2 metres on Monday
/// afternoon" and "below five metres at 4 am on Wednesday" (Examples `floods`) are three readings, not three
/// claims about one value.
struct MeasurementTime: Hashable, Sendable {
    /// Day number (``CivilDate/dayNumber``) of a TIME expression resolved to one day, in the stretch.
    var day: Int?
    /// ISO weekday (1 = Monday) named in the stretch ("on Monday", "Tuesday's").
    var weekday: Int?
    /// Part of the day named in the stretch, or read from a clock time ("4 am" is night).
    var part: Part?
    /// Whether the figure is a running total at the time of writing: "have now been evacuated", "so far", "to
    /// date"; "now" within three words of the number. Saying "now" says the figure moved; the same count without it was read at another moment.
    var running = false
    /// Whether the figure is a closing reading: "stocks closed down 3.9 percent", "at the close", "the closing
    /// price". A market, a tally or a session read at its close and the same measure with no close said were
    /// read at two moments: "Greek stocks plunged 5.4 per cent" during the day and "closed down 3.9 percent".
    var closing = false

    /// Parts of a day, coarse enough that "early on Monday" and "Monday morning" are the same.
    enum Part: Hashable, Sendable { case morning, afternoon, evening, night }

    static var weekdays: [String: Int] { CalendarWords.weekdayNames }
    /// "early" is morning because in news it dates a day's first hours ("early on Monday"); "late" is evening.
    static let parts: [String: Part] = [
        "morning": .morning, "dawn": .morning, "early": .morning, "afternoon": .afternoon, "midday": .afternoon,
        "noon": .afternoon, "evening": .evening, "dusk": .evening, "late": .evening, "night": .night,
        "overnight": .night, "midnight": .night, "tonight": .night,
    ]

    var isEmpty: Bool { day == nil && weekday == nil && part == nil && !running && !closing }

    /// Reads the first day, weekday and part of day among `indices` (tokens of `text`, in reading order), and
    /// the resolved TIME values inside `stretch` (article offsets).
    static func read(
        _ indices: some Sequence<Int>, tokens: [Token], text: String, stretch: Span?, times: [TimeExpression]
    ) -> MeasurementTime {
        var result = MeasurementTime()
        if let stretch {
            for time in times where stretch.start <= time.span.start && time.span.end <= stretch.end {
                if let value = time.value, time.kind != .duration, let range = DateRange(timex: value), range.isDay {
                    result.day = result.day ?? range.first
                }
            }
        }
        let list = Array(indices)
        for (n, index) in list.enumerated() {
            var word = Folding.fold(text.substring(tokens[index].span))
            if word.hasSuffix("'s") || word.hasSuffix("’s") { word = String(word.dropLast(2)) }
            if let weekday = weekdays[word] { result.weekday = result.weekday ?? weekday }
            if let part = parts[word] { result.part = result.part ?? part }
            let previous = n > 0 ? Folding.fold(text.substring(tokens[list[n - 1]].span)) : ""
            // "Now" dates the figure when it stands by it ("the toll now stands at 12", "12 people have now been
            // evacuated"), not when it dates another verb of the stretch ("is now accused of killing two women").
            if word == "now" && n < 3 || (previous == "so" || previous == "thus") && word == "far"
                || previous == "to" && word == "date"
            {
                result.running = true
            }
            // "Closed", "closing", "the close"; not the hedge "close to".
            if word == "closed" || word == "closing" || word == "close" && previous == "the" { result.closing = true }
            // A clock time: "4 am", "5:40 pm", "17:40".
            if tokens[index].kind == .number, let hour = Int(text.substring(tokens[index].span)), hour <= 24 {
                let next = n + 1 < list.count ? Folding.fold(text.substring(tokens[list[n + 1]].span)) : ""
                let gap =
                    n + 1 < list.count
                    ? text.slice(Span(start: tokens[index].span.end, end: tokens[list[n + 1]].span.start)) : ""
                var h: Int?
                if next == "am" || next == "a" { h = hour == 12 ? 0 : hour }
                if next == "pm" || next == "p" { h = hour == 12 ? 12 : hour + 12 }
                if h == nil, gap == ":", hour <= 23 { h = hour }
                if let h, result.part == nil { result.part = part(ofHour: h) }
            }
        }
        return result
    }

    /// 0–4 night, 5–11 morning, 12–16 afternoon, 17–21 evening (the evening rush hour of "5:40 pm" and
    /// "17:40"), 22–23 night.
    static func part(ofHour hour: Int) -> Part {
        switch hour {
        case 5...11: .morning
        case 12...16: .afternoon
        case 17...21: .evening
        default: .night
        }
    }

    /// Whether two figures were stated for different moments: different resolved days, else different
    /// weekdays, else (same day, or a day not stated on one side) different parts of the day, or one is a
    /// running total ("now") and the other not, or one is a closing reading (``closing``) and the other not.
    /// Unknown never differs: a figure with no time next to it is
    /// compared.
    func differs(from other: MeasurementTime) -> Bool {
        if running != other.running || closing != other.closing { return true }
        if let a = day, let b = other.day {
            if a != b { return true }
        } else if let a = weekday, let b = other.weekday, a != b {
            return true
        }
        if let a = part, let b = other.part, a != b { return true }
        return false
    }
}
