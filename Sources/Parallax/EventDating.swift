import ParallaxModel

/// When an event happened, from what its articles say.
enum EventDating {
    /// Calendar days an extraction resolves (absolute and relative day-level times).
    static func days(in x: ArticleExtraction) -> [CivilDate] {
        Array(Set(x.times.compactMap(\.day))).sorted()
    }

    /// When the happening took place: the day most member articles name, among days no later than the latest
    /// publication (ties: for several articles the earliest such day, since follow-ups name later days; for one
    /// article the day it names first, its lede's); failing that, the earliest publication date. Counting
    /// articles keeps background dates (the start of a war, a previous inspection) that fewer articles
    /// mention from dating the event.
    static func date(of members: [Article], extractions: [ArticleExtraction]) -> CivilDate? {
        let published = members.compactMap { $0.published?.date }
        let latest = published.max()
        let earliest = published.min()
        var support: [CivilDate: Int] = [:]
        var firstSeen: [CivilDate: Int] = [:]
        for x in extractions {
            var order = 0
            for time in x.times.sorted(by: { $0.span.start < $1.span.start }) {
                guard let day = time.day, latest.map({ day <= $0 }) ?? true else { continue }
                if firstSeen[day] == nil { firstSeen[day] = order }
                order += 1
            }
            for day in Set(x.times.compactMap(\.day)) where latest.map({ day <= $0 }) ?? true {
                support[day, default: 0] += 1
            }
        }
        guard !support.isEmpty else { return earliest }
        let best = support.max { a, b in
            if a.value != b.value { return a.value < b.value }
            if extractions.count > 1 { return a.key > b.key }
            let fa = firstSeen[a.key] ?? .max
            let fb = firstSeen[b.key] ?? .max
            if fa != fb { return fa > fb }
            let da = abs(a.key.dayNumber - (earliest ?? a.key).dayNumber)
            let db = abs(b.key.dayNumber - (earliest ?? b.key).dayNumber)
            return da != db ? da > db : a.key > b.key
        }
        return best?.key
    }

    /// The first sentence of a text, clipped, to title an event whose articles have no headline.
    static func firstSentence(of text: String) -> String {
        let end = text.firstIndex { $0 == "." || $0 == "\n" } ?? text.endIndex
        let sentence = String(text[..<end])
        return sentence.count > 120 ? String(sentence.prefix(119)) + "…" : sentence
    }
}
