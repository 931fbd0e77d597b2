import ArgumentParser
import Foundation
import ParallaxCluster
import ParallaxModel

/// `parallax bench …`: scale benchmarks (not timed tests); results go to BENCHMARKS.md with the command.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scale benchmarks: build a synthetic labelled corpus, stream-cluster it and score it.",
        subcommands: [BenchGenerateCorpus.self, BenchClusterStream.self, BenchGenerateStore.self, BenchSearch.self]
    )
}

// MARK: - generate-corpus

/// `parallax bench generate-corpus --articles N --out FILE.jsonl [--seed S]`.
struct BenchGenerateCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-corpus",
        abstract: "Write N labelled articles made by recombining real sentences into synthetic events.",
        discussion: """
            Each synthetic event takes a pool of sentences from one real source (an ECB+ dev event, or one article of
            the article-extraction ground truth), invented names and numbers of its own (a person, a place, an
            organisation, two figures), a start day and a size (heavy-tailed: many single stories, a few with
            hundreds). Its articles sample the pool, add one to three sentences with the event's names and figures
            and up to two noise sentences from anywhere, and are published over the following days (most the same
            day, a few up to six days late). Many events share a source, so the corpus is full of same-topic,
            different-event pairs that only names and dates tell apart. Output is in publication order, in the
            labelled JSON Lines format of `parallax evaluate clustering`; memory is bounded by the events of the
            last week, not by N.
            """
    )

    @Option(help: "Articles to write.")
    var articles: Int = 1_000_000

    @Option(help: "The output .jsonl file.")
    var out: String

    @Option(help: "Random seed (the same seed gives the same file).")
    var seed: UInt64 = 1

    @Option(help: "Days the corpus spans.")
    var days: Int = 365

    @Option(help: "Directory with article-extraction/ and event-clustering/ (default: ../shared/data).")
    var data: String = "../shared/data"

    func run() throws {
        let sources = try SentenceSources(data: data)
        guard let file = fopen(out, "w") else {
            Console.error("\(out): cannot open for writing.")
            throw ExitCode(ExitStatus.nothingDone)
        }
        defer { fclose(file) }
        let start = Date()
        var generator = CorpusGenerator(sources: sources, articles: articles, days: max(1, days), seed: seed)
        var writer = BufferedWriter(file: file)
        let written = generator.generate { writer.write($0) }
        writer.flush()
        let seconds = Date().timeIntervalSince(start)
        Console.print(
            """
            \(written) articles in \(generator.eventsCreated) events from \(sources.sources.count) sources \
            (\(sources.sentenceCount) sentences) -> \(out)
            \(fixed(seconds, 1)) s, \(fixed(Double(written) / max(seconds, 1e-9), 0)) articles/s, \
            \(fixed(Double(writer.bytesWritten) / 1e9, 2)) GB, peak RSS \(fixed(Double(PeakMemory.residentBytes()) / 1e6, 0)) MB
            """)
    }
}

/// Real sentences grouped by source, pre-escaped as JSON string bytes.
struct SentenceSources {
    /// Per source, its sentences (JSON-escaped UTF-8, no quotes).
    var sources: [[[UInt8]]] = []
    var sentenceCount: Int { sources.reduce(0) { $0 + $1.count } }

    init(data: String) throws {
        let extraction = (data as NSString).appendingPathComponent("article-extraction/ground-truth.json")
        let ecb = (data as NSString).appendingPathComponent("event-clustering/ecbplus-dev.jsonl")
        guard let truth = FileManager.default.contents(atPath: extraction),
            let lines = FileManager.default.contents(atPath: ecb)
        else {
            throw ValidationError(
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
    static func sentences(_ text: String) -> [String] {
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

/// SplitMix64: a small, fast, seedable generator (the same seed gives the same corpus on every machine).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}

/// Builds synthetic events day by day and writes their articles in publication order.
struct CorpusGenerator {
    let sources: SentenceSources
    let articles: Int
    let days: Int
    var random: SplitMix64
    private(set) var eventsCreated = 0

    /// An event's invented particulars and sentence pool.
    struct SyntheticEvent {
        var number: Int
        var pool: [[UInt8]]
        var person: [UInt8]
        var place: [UInt8]
        var organisation: [UInt8]
        var figures: ([UInt8], [UInt8])
    }

    init(sources: SentenceSources, articles: Int, days: Int, seed: UInt64) {
        self.sources = sources
        self.articles = articles
        self.days = days
        random = SplitMix64(seed: seed)
    }

    static let syllables = [
        "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "bar", "den", "gor", "hal", "jin", "kel", "mor", "nal",
        "pra", "quin", "ros", "sel", "tam", "ul", "ver", "wen", "yor", "zan", "bel", "cor", "dra", "fen", "gil", "har",
    ].map { Array($0.utf8) }
    static let organisationKinds = ["Authority", "Council", "Group", "Agency", "Union", "Institute", "Commission"]
        .map { Array($0.utf8) }
    static let outlets = [
        "dailyherald.example", "northpost.example", "citywire.example", "theledger.example", "globaldesk.example",
        "morningstar.example", "eveningnews.example", "coastaltimes.example", "capitalreport.example",
        "valleygazette.example",
    ].map { Array($0.utf8) }

    /// A capitalised word from 20 bits: four syllables of five bits each, so distinct codes give distinct words.
    static func word(_ code: Int) -> [UInt8] {
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

    static let keptCapitals: Set<[UInt8]> = Set(
        [
            "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ].map { Array($0.utf8) })

    /// The sentence with its particulars made the event's own: every capitalised word after the first (names of
    /// people, places, organisations) becomes an invented word and every digit an invented digit, both derived
    /// from the event number and the original, so one event names the same things the same way in all its
    /// articles while two events from one source share only their topic words: two earthquakes, not one.
    static func particularised(_ sentence: [UInt8], event: Int) -> [UInt8] {
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

    static func padded(_ n: Int, _ width: Int) -> [UInt8] {
        let digits = Array(String(n).utf8)
        return Array(repeating: 0x30, count: max(0, width - digits.count)) + digits
    }

    /// Writes every article through `emit`, in publication order; returns how many.
    mutating func generate(_ emit: ([UInt8]) -> Void) -> Int {
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

/// JSON string escaping to bytes.
enum JSONBytes {
    static func escaped(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        let hex = Array("0123456789abcdef".utf8)
        for b in text.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: out.append(b)
            }
        }
        return out
    }
}

struct BufferedWriter {
    let file: UnsafeMutablePointer<FILE>
    var buffer: [UInt8] = []
    private(set) var bytesWritten = 0

    init(file: UnsafeMutablePointer<FILE>) {
        self.file = file
        buffer.reserveCapacity(1 << 21)
    }

    mutating func write(_ bytes: [UInt8]) {
        buffer += bytes
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        buffer.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}

/// CPU time consumed by the calling thread (so stages can be timed on a machine others are loading).
enum ThreadCPU {
    static func seconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// Peak resident memory of this process (`VmHWM` in /proc/self/status; 0 where there is none).
enum PeakMemory {
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kb * 1024
        }
        return 0
    }
}

// MARK: - cluster-stream

/// `parallax bench cluster-stream FILE.jsonl`.
struct BenchClusterStream: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster-stream",
        abstract: "Stream-cluster a labelled JSON Lines file; print documents/s, events, peak memory and BCubed.",
        discussion: """
            Reads the file line by line (bounded memory) with one thread parsing, extracting hashed terms and
            weighting them (StreamingVectorizer) and another clustering with StreamingEventClusterer, in file order (publication order). Scoring keeps two
            32-bit integers per document (gold and predicted event: 8 MB per million) and sorts one 64-bit key per
            document at the end (another 8 MB per million).
            """
    )

    @Argument(help: "A labelled .jsonl file (id, cluster, title, text, date, source), in publication order.")
    var path: String

    @Option(help: "Clustering options as JSON (as `parallax tune clustering` prints them).")
    var options: String?

    @Option(help: "Days without a new member after which an event closes.")
    var maxAgeDays: Int = 7

    @Option(help: "Content words kept per document.")
    var documentTerms: Int = 100

    @Option(help: "Candidate events scored in full per document.")
    var maxCandidates: Int = 8

    @Option(help: "Stop after this many documents.")
    var limit: Int?

    @Option(help: "1: parse and cluster on one thread; 2: a parsing thread feeds the clustering thread.")
    var threads: Int = 2

    func run() throws {
        var clustering = EventClusterer.Options()
        if let options { clustering = try ClusteringOptionsArgument.parse(options) }
        var streaming = StreamingEventClusterer.StreamingOptions()
        streaming.maxEventAgeDays = maxAgeDays
        streaming.documentTerms = documentTerms
        streaming.maxCandidates = maxCandidates
        guard FileManager.default.isReadableFile(atPath: path) else {
            Console.error("\(path): no such file.")
            throw ExitCode(ExitStatus.nothingDone)
        }
        let run = StreamRun()
        let clusterer = StreamingEventClusterer(
            options: clustering, streaming: streaming,
            onAssignment: { serial, event in run.assign(serial: serial, event: event) },
            onEventClosed: { event in run.closed(event) })
        let loadAtStart =
            (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
        let start = Date()
        let queue = BatchQueue(capacity: 8)
        let reader = JSONLinesTermReader(
            path: path, limit: limit ?? Int.max, clustering: clustering, streaming: streaming)
        if threads >= 2 {
            let producer = Thread { reader.produce(into: queue) }
            producer.stackSize = 1 << 22
            producer.start()
            while let batch = queue.pop() { run.consume(batch, clusterer) }
        } else {
            reader.produce { run.consume($0, clusterer) }
        }
        clusterer.finish()
        let seconds = Date().timeIntervalSince(start)
        let clusterBytes = clusterer.approximateBytes
        let score = run.bcubed()
        let peak = PeakMemory.residentBytes()
        let parseCPU = Double(reader.cpuMicroseconds.value) / 1e6 - (threads >= 2 ? 0 : run.clusterCPUSeconds)
        let n = run.predicted.count
        Console.print(
            """
            documents \(n)  gold events \(run.goldCount)  events found \(clusterer.eventsStarted)  \
            (peak live \(clusterer.peakLiveEvents))  malformed lines \(reader.malformed.value)
            BCubed precision \(fixed(score.precision))  recall \(fixed(score.recall))  F1 \(fixed(score.f1))
            \(fixed(Double(n) / max(seconds, 1e-9), 0)) documents/s  wall \(fixed(seconds, 1)) s  \
            (\(threads >= 2 ? "2 threads" : "1 thread"); load average at start \(loadAtStart))
            CPU: parse+extract+weight \(fixed(parseCPU, 1)) s (\(fixed(Double(n) / max(parseCPU, 1e-9), 0)) docs/CPU-s), \
            cluster \(fixed(run.clusterCPUSeconds, 1)) s (\(fixed(Double(n) / max(run.clusterCPUSeconds, 1e-9), 0)) docs/CPU-s); \
            pipeline bound on 2 idle cores \(fixed(Double(n) / max(threads >= 2 ? max(parseCPU, run.clusterCPUSeconds) : parseCPU + run.clusterCPUSeconds, 1e-9), 0)) docs/s
            peak RSS \(fixed(Double(peak) / 1e6, 0)) MB  vocabulary \(reader.vocabulary.value) terms \
            (~\(fixed(Double(reader.vocabularyBytes.value) / 1e6, 0)) MB)  \
            clusterer state at end ~\(fixed(Double(clusterBytes) / 1e6, 0)) MB
            """)
    }
}

/// What one clustering run keeps: gold and predicted event per document, as compact integers.
final class StreamRun {
    var gold = ContiguousArray<Int32>()
    var predicted = ContiguousArray<Int32>()
    var goldIndex: [UInt64: Int32] = [:]
    var goldCount: Int { goldIndex.count }
    var clusterSeconds = 0.0
    var clusterCPUSeconds = 0.0
    var closedEvents = 0

    func assign(serial: Int, event: Int) {
        precondition(serial == predicted.count, "assignments arrive in stream order")
        predicted.append(Int32(event))
    }

    func closed(_ event: StreamingEventClusterer.ClosedEvent) { closedEvents += 1 }

    func consume(_ batch: TermBatch, _ clusterer: StreamingEventClusterer) {
        let c0 = ThreadCPU.seconds()
        let t0 = DispatchTime.now().uptimeNanoseconds
        for (terms, label) in zip(batch.terms, batch.labels) {
            let g =
                goldIndex[label]
                ?? {
                    let g = Int32(goldIndex.count)
                    goldIndex[label] = g
                    return g
                }()
            gold.append(g)
            clusterer.add(terms)
        }
        clusterSeconds += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        clusterCPUSeconds += ThreadCPU.seconds() - c0
    }

    /// BCubed from per-cluster counts: sorts one (predicted, gold) key per document.
    func bcubed() -> BCubed {
        let n = predicted.count
        guard n > 0 else { return BCubed(predicted: [Int](), gold: [Int]()) }
        var predictedSize = [Int32](repeating: 0, count: Int(predicted.max()!) + 1)
        var goldSize = [Int32](repeating: 0, count: goldIndex.count)
        var keys = [UInt64]()
        keys.reserveCapacity(n)
        for i in 0..<n {
            predictedSize[Int(predicted[i])] += 1
            goldSize[Int(gold[i])] += 1
            keys.append(UInt64(UInt32(predicted[i])) << 32 | UInt64(UInt32(gold[i])))
        }
        keys.sort()
        var p = 0.0
        var r = 0.0
        var i = 0
        while i < n {
            var j = i
            while j < n && keys[j] == keys[i] { j += 1 }
            let both = Double(j - i)
            p += both * both / Double(predictedSize[Int(keys[i] >> 32)])
            r += both * both / Double(goldSize[Int(keys[i] & 0xFFFF_FFFF)])
            i = j
        }
        var result = BCubed(predicted: [0], gold: [0])
        result.precision = p / Double(n)
        result.recall = r / Double(n)
        result.f1 =
            result.precision + result.recall > 0
            ? 2 * result.precision * result.recall / (result.precision + result.recall) : 0
        return result
    }
}

/// Parsed documents handed from the parsing thread to the clustering thread.
struct TermBatch: Sendable {
    var terms: [DocumentVector] = []
    /// Hash of each document's `cluster` label.
    var labels: [UInt64] = []
}

/// A bounded blocking queue of batches between two threads.
final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [TermBatch] = []
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func push(_ batch: TermBatch) {
        condition.lock()
        while items.count >= capacity { condition.wait() }
        items.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func pop() -> TermBatch? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        if items.isEmpty { return nil }
        let batch = items.removeFirst()
        condition.broadcast()
        return batch
    }
}

final class AtomicCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add(_ n: Int) { lock.withLock { count += n } }
}

/// Reads labelled JSON Lines with `getline` and turns each line into hashed terms, without building Strings.
struct JSONLinesTermReader: Sendable {
    let path: String
    let limit: Int
    let clustering: EventClusterer.Options
    let streaming: StreamingEventClusterer.StreamingOptions
    let malformed = AtomicCount()
    /// CPU time of the parsing thread (reading, parsing, extracting, weighting).
    let cpuMicroseconds = AtomicCount()
    let vocabulary = AtomicCount()
    let vocabularyBytes = AtomicCount()

    func produce(into queue: BatchQueue) {
        produce { queue.push($0) }
        queue.close()
    }

    func produce(_ deliver: (TermBatch) -> Void) {
        guard let file = fopen(path, "r") else { return }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        var extractor = StreamingTermExtractor()
        var vectorizer = StreamingVectorizer(options: clustering, streaming: streaming)
        var record = FlatJSONRecord()
        var batch = TermBatch()
        var serial = 0
        var bad = 0
        while serial < limit {
            let n = getline(&line, &capacity, file)
            if n < 0 { break }
            guard let line else { break }
            let ok = line.withMemoryRebound(to: UInt8.self, capacity: n) { pointer in
                record.parse(UnsafeBufferPointer(start: pointer, count: n))
            }
            guard ok else {
                if n > 1 { bad += 1 }
                continue
            }
            let day = record.day
            let terms = record.text.withUnsafeBufferPointer { text in
                record.title.withUnsafeBufferPointer { title in
                    extractor.terms(serial: serial, day: day, title: record.hasTitle ? title : nil, text: text)
                }
            }
            batch.terms.append(vectorizer.vector(terms))
            batch.labels.append(Self.hash(record.cluster))
            serial += 1
            if batch.terms.count == 256 {
                deliver(batch)
                batch = TermBatch()
            }
        }
        if !batch.terms.isEmpty { deliver(batch) }
        malformed.add(bad)
        cpuMicroseconds.add(Int(ThreadCPU.seconds() * 1e6))
        vocabulary.add(vectorizer.vocabularySize)
        vocabularyBytes.add(vectorizer.approximateBytes)
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// The string fields of one flat JSON object (`cluster`, `title`, `text`, `date`), decoded to UTF-8 bytes.
struct FlatJSONRecord {
    var cluster: [UInt8] = []
    var title: [UInt8] = []
    var hasTitle = false
    var text: [UInt8] = []
    var date: [UInt8] = []
    private var key: [UInt8] = []
    private var scratch: [UInt8] = []

    /// Publication day of `date` (`YYYY-MM-DD…`), when it parses.
    var day: Int? {
        guard date.count >= 10 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard date[i] >= 0x30 && date[i] <= 0x39 else { return nil }
                value = value * 10 + Int(date[i] - 0x30)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
            let civil = CivilDate(year: y, month: m, day: d)
        else { return nil }
        return civil.dayNumber
    }

    /// Parses a line holding one flat object; false when it is not one or lacks `cluster` or `text`.
    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        cluster.removeAll(keepingCapacity: true)
        title.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        date.removeAll(keepingCapacity: true)
        hasTitle = false
        var hasCluster = false
        var hasText = false
        var i = 0
        let n = bytes.count
        func skipSpace() {
            while i < n && (bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09) { i += 1 }
        }
        skipSpace()
        guard i < n && bytes[i] == 0x7B else { return false }
        i += 1
        while true {
            skipSpace()
            guard i < n else { return false }
            if bytes[i] == 0x7D { break }
            if bytes[i] == 0x2C {
                i += 1
                continue
            }
            guard bytes[i] == 0x22 else { return false }
            key.removeAll(keepingCapacity: true)
            guard Self.string(bytes, &i, into: &key) else { return false }
            skipSpace()
            guard i < n && bytes[i] == 0x3A else { return false }
            i += 1
            skipSpace()
            guard i < n else { return false }
            if bytes[i] == 0x22 {
                let ok: Bool
                switch key {
                case Self.clusterKey: ok = Self.string(bytes, &i, into: &cluster); hasCluster = true
                case Self.titleKey: ok = Self.string(bytes, &i, into: &title); hasTitle = true
                case Self.textKey: ok = Self.string(bytes, &i, into: &text); hasText = true
                case Self.dateKey: ok = Self.string(bytes, &i, into: &date)
                default:
                    scratch.removeAll(keepingCapacity: true)
                    ok = Self.string(bytes, &i, into: &scratch)
                }
                guard ok else { return false }
            } else if bytes[i] == 0x7B || bytes[i] == 0x5B {
                return false  // nested values are not part of the format
            } else {
                // null, a number or a boolean; a numeric cluster label is kept as its text
                let start = i
                while i < n && bytes[i] != 0x2C && bytes[i] != 0x7D { i += 1 }
                if key == Self.clusterKey {
                    cluster.append(contentsOf: bytes[start..<i])
                    hasCluster = !(i - start == 4 && bytes[start] == 0x6E)
                }
            }
        }
        return hasCluster && hasText
    }

    static let clusterKey = Array("cluster".utf8)
    static let titleKey = Array("title".utf8)
    static let textKey = Array("text".utf8)
    static let dateKey = Array("date".utf8)

    /// Decodes the string starting at the quote at `i`, leaving `i` after its closing quote.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, into out: inout [UInt8]) -> Bool {
        let n = bytes.count
        i += 1
        var runStart = i
        while i < n {
            let b = bytes[i]
            if b == 0x22 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                i += 1
                return true
            }
            if b != 0x5C {
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            guard i + 1 < n else { return false }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x72: out.append(0x0D)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x75:
                guard var scalar = hex4(bytes, i) else { return false }
                i += 4
                if scalar >= 0xD800 && scalar < 0xDC00, i + 6 <= n, bytes[i] == 0x5C, bytes[i + 1] == 0x75,
                    let low = hex4(bytes, i + 2), low >= 0xDC00 && low < 0xE000
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(s)).utf8))
            default: out.append(e)  // \" \\ \/
            }
            runStart = i
        }
        return false
    }

    static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in i..<(i + 4) {
            let b = bytes[k]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
