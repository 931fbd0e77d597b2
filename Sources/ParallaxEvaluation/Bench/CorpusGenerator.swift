import Foundation
import ParallaxModel
import ParallaxText

package struct SentenceSources {
    /// Per source, its sentences (JSON-escaped UTF-8, no quotes).
    package var sources: [[[UInt8]]] = []
    package var sentenceCount: Int { sources.reduce(0) { $0 + $1.count } }

    package init(data: String) throws {
        let extraction = (data as NSString).appendingPathComponent("article-extraction/ground-truth.json")
        let ecb = (data as NSString).appendingPathComponent("event-clustering/ecbplus-dev.jsonl")
        guard let truth = FileManager.default.contents(atPath: extraction),
            let lines = FileManager.default.contents(atPath: ecb)
        else {
            throw ParallaxError(
                .notFound,
                "\(data): needs article-extraction/ground-truth.json and event-clustering/ecbplus-dev.jsonl.")
        }
        // One source per ground-truth article (sorted by key for determinism).
        if let object = try JSONSerialization.jsonObject(with: truth) as? [String: Any] {
            for key in object.keys.sorted() {
                guard let body = (object[key] as? [String: Any])?["articleBody"] as? String else { continue }
                add(Self.sentences(body))
            }
        }
        // One source per ECB+ event: the sentences of all its articles.
        var byCluster: [String: [String]] = [:]
        var clusterOrder: [String] = []
        for line in lines.split(separator: UInt8(ascii: "\n")) {
            guard let item = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let cluster = item["cluster"] as? String, let text = item["text"] as? String
            else { continue }
            if byCluster[cluster] == nil { clusterOrder.append(cluster) }
            byCluster[cluster, default: []].append(contentsOf: Self.sentences(text))
        }
        for cluster in clusterOrder {
            var seen = Set<String>()
            add(byCluster[cluster]!.filter { seen.insert($0).inserted })
        }
    }

    private mutating func add(_ sentences: [String]) {
        let kept = sentences.filter { $0.utf8.count >= 30 && $0.utf8.count <= 500 }
        if kept.count >= 6 { sources.append(kept.map { JSONBytes.escaped($0) }) }
    }

    /// Sentences by lines, then by ". ", "? ", "! " before a capital or a quote.
    package static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let bytes = Array(line.utf8)
            var start = 0
            var i = 0
            while i + 2 < bytes.count {
                let b = bytes[i]
                if (b == 0x2E || b == 0x3F || b == 0x21) && bytes[i + 1] == 0x20
                    && ((bytes[i + 2] >= 0x41 && bytes[i + 2] <= 0x5A) || bytes[i + 2] == 0x22)
                {
                    result.append(String(decoding: bytes[start...i], as: UTF8.self))
                    start = i + 2
                    i += 2
                    continue
                }
                i += 1
            }
            if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
        }
        return result.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Builds synthetic events day by day and writes their articles in publication order.
package struct CorpusGenerator {
    package let sources: SentenceSources
    package let articles: Int
    package let days: Int
    package var random: SplitMix64
    package private(set) var eventsCreated = 0

    /// An event's invented particulars and sentence pool.
    struct SyntheticEvent {
        var number: Int
        var pool: [[UInt8]]
        var person: [UInt8]
        var place: [UInt8]
        var organisation: [UInt8]
        var figures: ([UInt8], [UInt8])
    }

    package init(sources: SentenceSources, articles: Int, days: Int, seed: UInt64) {
        self.sources = sources
        self.articles = articles
        self.days = days
        random = SplitMix64(seed: seed)
    }

    package static let syllables = [
        "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "bar", "den", "gor", "hal", "jin", "kel", "mor", "nal",
        "pra", "quin", "ros", "sel", "tam", "ul", "ver", "wen", "yor", "zan", "bel", "cor", "dra", "fen", "gil", "har",
    ].map { Array($0.utf8) }
    package static let organisationKinds = [
        "Authority", "Council", "Group", "Agency", "Union", "Institute", "Commission",
    ]
    .map { Array($0.utf8) }
    package static let outlets = [
        "dailyherald.example", "northpost.example", "citywire.example", "theledger.example", "globaldesk.example",
        "morningstar.example", "eveningnews.example", "coastaltimes.example", "capitalreport.example",
        "valleygazette.example",
    ].map { Array($0.utf8) }

    /// A capitalised word from 20 bits: four syllables of five bits each, so distinct codes give distinct words.
    package static func word(_ code: Int) -> [UInt8] {
        var out: [UInt8] = []
        for k in 0..<4 { out += syllables[(code >> (5 * k)) & 31] }
        out[0] -= 0x20
        return out
    }

    /// Names unique per event for the first 2^20 events: odd multipliers permute the 20-bit event number.
    private mutating func makeEvent(_ number: Int) -> SyntheticEvent {
        let source = sources.sources[random.below(sources.sources.count)]
        var indices = Array(source.indices)
        indices.shuffle(using: &random)
        let size = max(6, source.count / 2)
        let pool = indices.prefix(size).sorted().map { Self.particularised(source[$0], event: number) }
        let code = number & 0xFFFFF
        let first = Self.word((code &* 0x6F4F1 &+ 0x1234) & 0xFFFFF)
        let person = Array(first.prefix(5)) + [0x20] + Self.word((code &* 0x3C6EF) & 0xFFFFF)
        let place = Self.word((code &* 0x9E3B5 &+ 0x777) & 0xFFFFF)
        let organisation =
            Self.word((code &* 0x2545F &+ 0x4242) & 0xFFFFF) + [0x20]
            + Self.organisationKinds[random.below(Self.organisationKinds.count)]
        let figures = (Array(String(100 + random.below(99_900)).utf8), Array(String(100 + random.below(9_900)).utf8))
        return SyntheticEvent(
            number: number, pool: pool, person: person, place: place, organisation: organisation, figures: figures)
    }

    package static let keptCapitals: Set<[UInt8]> = Set(
        [
            "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ].map { Array($0.utf8) })

    /// The sentence with its particulars made the event's own: every capitalised word after the first (names of
    /// people, places, organisations) becomes an invented word and every digit an invented digit, both derived
    /// from the event number and the original, so one event names the same things the same way in all its
    /// articles while two events from one source share only their topic words: two earthquakes, not one.
    package static func particularised(_ sentence: [UInt8], event: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sentence.count + 16)
        var i = 0
        var first = true
        let n = sentence.count
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        while i < n {
            let b = sentence[i]
            let escaped = i > 0 && sentence[i - 1] == 0x5C
            if isLetter(b) && !escaped {
                var j = i
                while j < n && (isLetter(sentence[j]) || sentence[j] >= 0x80) { j += 1 }
                let word = Array(sentence[i..<j])
                if !first && b >= 0x41 && b <= 0x5A && j - i >= 2 && !keptCapitals.contains(word) {
                    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(event) &* 0x9E37_79B9_7F4A_7C15
                    for c in word { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
                    out += Self.word(Int(truncatingIfNeeded: (h ^ (h >> 29)) & 0xFFFFF))
                } else {
                    out += word
                }
                first = false
                i = j
            } else if b >= 0x30 && b <= 0x39 && !escaped {
                var h: UInt64 = 0x84222325 ^ UInt64(event) &* 0xBF58_476D_1CE4_E5B9 ^ UInt64(i)
                while i < n && sentence[i] >= 0x30 && sentence[i] <= 0x39 {
                    h = (h ^ UInt64(sentence[i])) &* 0x0000_0100_0000_01B3
                    out.append(0x30 + UInt8((h >> 33) % 10))
                    i += 1
                }
                first = false
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// Heavy-tailed event size: 1.5 / U^(2/3), so about a third are single stories; capped at 500.
    private mutating func eventSize() -> Int {
        min(500, max(1, Int(1.5 * pow(max(random.unit(), 1e-9), -2.0 / 3.0))))
    }

    /// Publication delay in days: most the same day, some over the next days, a few late.
    private mutating func delay() -> Int {
        let u = random.unit()
        if u < 0.55 { return 0 }
        if u < 0.80 { return 1 }
        if u < 0.92 { return 2 }
        if u < 0.98 { return 3 }
        return 4 + random.below(3)
    }

    private mutating func keywordSentence(_ e: SyntheticEvent) -> [UInt8] {
        let (p, l, o, f1, f2) = (e.person, e.place, e.organisation, e.figures.0, e.figures.1)
        switch random.below(6) {
        case 0:
            return p + Array(" said the situation in ".utf8) + l + Array(" involved at least ".utf8) + f1
                + Array(" people.".utf8)
        case 1:
            return Array("Officials of the ".utf8) + o + Array(" confirmed ".utf8) + f2 + Array(" reports from ".utf8)
                + l + [0x2E]
        case 2:
            return Array("Residents of ".utf8) + l + Array(" were told by ".utf8) + p + Array(" that the ".utf8) + o
                + Array(" would respond.".utf8)
        case 3:
            return Array("The ".utf8) + o + Array(" put the figure at ".utf8) + f1 + Array(", according to ".utf8) + p
                + [0x2E]
        case 4:
            return Array("In ".utf8) + l + Array(", ".utf8) + p + Array(" spoke to reporters as ".utf8) + f2
                + Array(" waited.".utf8)
        default: return p + Array(", of the ".utf8) + o + Array(", arrived in ".utf8) + l + Array(" on Tuesday.".utf8)
        }
    }

    private mutating func title(_ e: SyntheticEvent) -> [UInt8] {
        switch random.below(4) {
        case 0: return e.place + Array(": ".utf8) + firstWords(e.pool[random.below(e.pool.count)], 9)
        case 1:
            return e.person + Array(" and the ".utf8) + e.organisation + Array(" at centre of ".utf8) + e.place
                + Array(" story".utf8)
        case 2:
            return e.figures.0 + Array(" affected in ".utf8) + e.place + Array(", ".utf8) + e.organisation
                + Array(" says".utf8)
        default: return firstWords(e.pool[random.below(e.pool.count)], 8) + Array(" - ".utf8) + e.person
        }
    }

    private func firstWords(_ sentence: [UInt8], _ n: Int) -> [UInt8] {
        var spaces = 0
        for (i, b) in sentence.enumerated() where b == 0x20 {
            spaces += 1
            if spaces == n { return Array(sentence[..<i]) }
        }
        return sentence
    }

    private mutating func article(_ e: SyntheticEvent, serial: Int, day: Int, start: CivilDate) -> [UInt8] {
        var sentences: [[UInt8]] = []
        var picks = Array(e.pool.indices)
        picks.shuffle(using: &random)
        let k = min(e.pool.count, 6 + random.below(13))
        sentences = picks.prefix(k).sorted().map { e.pool[$0] }
        for _ in 0..<random.below(3) {
            let s = sources.sources[random.below(sources.sources.count)]
            sentences.insert(s[random.below(s.count)], at: random.below(sentences.count + 1))
        }
        for _ in 0..<(1 + random.below(3)) {
            sentences.insert(keywordSentence(e), at: random.below(sentences.count + 1))
        }
        var line: [UInt8] = []
        line.reserveCapacity(4096)
        line +=
            Array("{\"id\":\"a".utf8) + Self.padded(serial, 7) + Array("\",\"cluster\":\"e".utf8)
            + Self.padded(e.number, 7) + Array("\",\"title\":\"".utf8) + title(e) + Array("\",\"text\":\"".utf8)
        for (i, s) in sentences.enumerated() {
            if i > 0 { line.append(0x20) }
            line += s
        }
        line +=
            Array("\",\"date\":\"".utf8) + Array(start.adding(days: day).description.utf8)
            + Array("\",\"source\":\"".utf8) + Self.outlets[random.below(Self.outlets.count)] + Array("\"}\n".utf8)
        return line
    }

    package static func padded(_ n: Int, _ width: Int) -> [UInt8] {
        let digits = Array(String(n).utf8)
        return Array(repeating: 0x30, count: max(0, width - digits.count)) + digits
    }

    /// Writes every article through `emit`, in publication order; returns how many.
    package mutating func generate(_ emit: ([UInt8]) -> Void) -> Int {
        let start = CivilDate(year: 2025, month: 1, day: 1)!
        let perDay = max(1, Double(articles) / Double(days))
        var scheduled = 0
        var serial = 0
        // Ring of pending articles by day: (event, count) pairs; events live while they have pending articles.
        let horizon = 8
        var pending: [[(Int, Int)]] = Array(repeating: [], count: horizon)
        var live: [Int: SyntheticEvent] = [:]
        var remaining: [Int: Int] = [:]
        var day = 0
        while serial < articles {
            // Start the events whose articles are due to begin today.
            while scheduled < articles && Double(scheduled) < perDay * Double(day + 1) {
                let size = min(eventSize(), articles - scheduled)
                let event = makeEvent(eventsCreated)
                eventsCreated += 1
                live[event.number] = event
                remaining[event.number] = size
                var perDelay: [Int: Int] = [:]
                for _ in 0..<size { perDelay[delay(), default: 0] += 1 }
                for d in perDelay.keys.sorted() { pending[(day + d) % horizon].append((event.number, perDelay[d]!)) }
                scheduled += size
            }
            var today: [Int] = []
            for (event, count) in pending[day % horizon] { today += Array(repeating: event, count: count) }
            pending[day % horizon] = []
            today.shuffle(using: &random)
            for number in today where serial < articles {
                emit(article(live[number]!, serial: serial, day: min(day, days - 1 + 7), start: start))
                serial += 1
                remaining[number]! -= 1
                if remaining[number]! == 0 {
                    live[number] = nil
                    remaining[number] = nil
                }
            }
            day += 1
        }
        return serial
    }
}
