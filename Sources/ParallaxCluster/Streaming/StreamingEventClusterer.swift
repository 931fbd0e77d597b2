import Foundation

/// Event clustering for an unbounded stream: one document at a time, in publication order, in bounded memory.
///
/// The same model as ``EventClusterer`` (sublinear TF × IDF over content words, name phrases and title words;
/// average linkage to an event's summed member vectors; the same weights, threshold and date gating from
/// ``EventClusterer/Options``) with what a stream needs instead of a batch:
/// - Terms are 64-bit hashes of folded bytes (``StreamingTermExtractor``), never strings.
/// - Document frequencies are counted as documents arrive and combined with the bundled background table,
///   as ``TermWeights`` combines a batch with it.
/// - A document's vectors keep its `documentTerms` heaviest words; events keep `centroidTerms`.
/// - Candidates come from an inverted index from a term to the live events one of whose members had it among
///   its `queryTerms` heaviest; the `maxCandidates` events sharing the most query weight are scored in full.
/// - An event with no new member for `maxEventAgeDays` days (by the latest publication day seen) is closed:
///   its postings are removed and it is reported through `onEventClosed`. Assignments are reported through
///   `onAssignment` as they are made and are final (there is no merge pass).
///
/// What the batch clusterer has and this does not: names and dates from the extraction stage (only
/// capitalised phrases and the publication day here), the people signal, and the merge pass.
/// Deterministic: the same documents in the same order give the same events.
public final class StreamingEventClusterer {
    /// Knobs that only the stream has; similarity weights and thresholds come from ``EventClusterer/Options``.
    public struct StreamingOptions: Sendable, Hashable, Codable {
        /// Days without a new member after which an event is closed. News events rarely get new reports after
        /// a week; a longer window costs memory and candidate lookups, not quality on the synthetic corpus.
        public var maxEventAgeDays: Int = 7
        /// Content words kept per document vector (after weighting; the rest carry little of the norm).
        public var documentTerms: Int = 100
        /// Name phrases kept per document vector.
        public var documentNames: Int = 40
        /// Candidate events scored in full per document: those sharing the most query-term weight.
        public var maxCandidates: Int = 32
        /// Terms an event may have in the inverted index (its members' query terms, first come).
        public var indexedTermsPerEvent: Int = 256

        public init() {}
    }

    /// An event that aged out (or was live when the stream finished).
    public struct ClosedEvent: Sendable, Hashable {
        /// The event's number, in order of creation from 0; the one assignments named.
        public var id: Int
        public var size: Int
        /// First and last publication days of its members, when known.
        public var firstDay: Int?
        public var lastDay: Int?
        /// Serial of the document that started it.
        public var firstDocument: Int
    }

    public let options: EventClusterer.Options
    public let streaming: StreamingOptions
    private let background: HashedBackground
    private let onAssignment: (_ serial: Int, _ event: Int) -> Void
    private let onEventClosed: (ClosedEvent) -> Void

    // Per term (dense index from `terms`): stream document frequency, background frequency, postings.
    private var terms = TermIdTable(capacity: 1 << 16)
    private var documentFrequency: [Int32] = []
    private var backgroundFrequency: [Int32] = []
    private var postings: [[Int32]] = []

    private var events: [LiveStreamEvent] = []
    private var freeSlots: [Int32] = []
    private var scores: [Float] = []
    private var touched: [Int32] = []

    /// Documents seen.
    public private(set) var documents = 0
    /// Events started so far.
    public private(set) var eventsStarted = 0
    /// Events open now.
    public private(set) var liveEvents = 0
    /// The most live events at any time.
    public private(set) var peakLiveEvents = 0
    private var clockDay: Int?

    /// - Parameters:
    ///   - options: similarity weights, threshold and date gating, as for the batch clusterer.
    ///   - streaming: the stream's own knobs.
    ///   - background: background document frequencies (default: the bundled table).
    ///   - onAssignment: called with (document serial, event id) as each document is placed.
    ///   - onEventClosed: called when an event ages out, and for every live event on ``finish()``.
    public init(
        options: EventClusterer.Options = EventClusterer.Options(),
        streaming: StreamingOptions = StreamingOptions(),
        background: HashedBackground = TermWeights.bundledHashedBackground,
        onAssignment: @escaping (_ serial: Int, _ event: Int) -> Void,
        onEventClosed: @escaping (ClosedEvent) -> Void = { _ in }
    ) {
        self.options = options
        self.streaming = streaming
        self.background = background
        self.onAssignment = onAssignment
        self.onEventClosed = onEventClosed
    }

    /// Distinct terms seen (the document-frequency table's size).
    public var vocabularySize: Int { terms.count }

    /// Approximate bytes held by the term table, postings and live events.
    public var approximateBytes: Int {
        var bytes = terms.bytes + documentFrequency.capacity * 4 + backgroundFrequency.capacity * 4
        for list in postings { bytes += 16 + list.capacity * 4 }
        for event in events where event.alive { bytes += event.bytes }
        return bytes
    }

    private func termIndex(_ id: UInt64, isName: Bool) -> Int {
        Int(terms.value(for: id) {
            let index = Int32(documentFrequency.count)
            documentFrequency.append(0)
            backgroundFrequency.append(isName ? 0 : background.frequencies[id] ?? 0)
            postings.append([])
            return index
        })
    }

    @inline(__always)
    private func idf(background: Int32, stream: Int32) -> Float {
        var share = (Float(background) + 0.5) / (Float(self.background.documents) + 1)
        if documents >= TermWeights.minimumBatch {
            share = max(share, (Float(stream) + 0.5) / (Float(documents) + 1))
        }
        return -log(min(share, 1)) + 0.1
    }

    /// Weighted, unit-length, truncated vector, plus the term indices of its heaviest `query` entries.
    private func vector(
        _ ids: [UInt64], _ counts: [UInt16], indices: [Int], keep: Int, query: Int
    ) -> (HashedVector, [(Int, Float)]) {
        guard !ids.isEmpty else { return (HashedVector(), []) }
        var entries: [(id: UInt64, weight: Float, term: Int)] = []
        entries.reserveCapacity(ids.count)
        var sum: Float = 0
        for k in ids.indices {
            let t = indices[k]
            let w = (1 + log(Float(counts[k]))) * idf(background: backgroundFrequency[t], stream: documentFrequency[t])
            entries.append((ids[k], w, t))
            sum += w * w
        }
        let norm = sum.squareRoot()
        entries.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.id < $1.id }
        let kept = entries.prefix(keep)
        let queryTerms = kept.prefix(query).map { ($0.term, $0.weight / norm) }
        return (HashedVector(pairs: kept.map { ($0.id, $0.weight / norm) }), queryTerms)
    }

    private func titleVector(_ document: DocumentTerms) -> HashedVector {
        guard !document.title.isEmpty else { return HashedVector() }
        var pairs: [(UInt64, Float)] = []
        var sum: Float = 0
        for k in document.title.indices {
            let id = document.title[k]
            let stream = terms.value(for: id).map { documentFrequency[Int($0)] } ?? 0
            let bg = terms.value(for: id).map { backgroundFrequency[Int($0)] } ?? (background.frequencies[id] ?? 0)
            let w = (1 + log(Float(document.titleCounts[k]))) * idf(background: bg, stream: stream)
            pairs.append((id, w))
            sum += w * w
        }
        let norm = sum.squareRoot()
        return HashedVector(pairs: pairs.map { ($0.0, $0.1 / norm) })
    }

    /// Places one document: joins the most similar live event at or above the threshold, or starts one.
    public func add(_ document: DocumentTerms) {
        if let day = document.day, day > (clockDay ?? Int.min) {
            clockDay = day
            expire(before: day - streaming.maxEventAgeDays)
        }
        documents += 1
        let contentIndices = document.content.map { termIndex($0, isName: false) }
        let nameIndices = document.names.map { termIndex($0, isName: true) }
        for t in contentIndices { documentFrequency[t] += 1 }
        for t in nameIndices { documentFrequency[t] += 1 }

        let (content, contentQuery) = vector(
            document.content, document.contentCounts, indices: contentIndices, keep: streaming.documentTerms,
            query: options.queryTerms)
        let (names, nameQuery) = vector(
            document.names, document.nameCounts, indices: nameIndices, keep: streaming.documentNames,
            query: streaming.documentNames)
        let title = titleVector(document)
        let vectors = StreamVectors(content: content, names: names, title: title, day: document.day)

        // Candidate events by shared query weight.
        for (t, w) in contentQuery { accumulate(t, w) }
        for (t, w) in nameQuery { accumulate(t, w) }
        var candidates = touched.map { (slot: $0, score: scores[Int($0)]) }
        for slot in touched { scores[Int(slot)] = 0 }
        touched.removeAll(keepingCapacity: true)
        if candidates.count > streaming.maxCandidates {
            candidates.sort { a, b in
                a.score != b.score ? a.score > b.score : events[Int(a.slot)].id < events[Int(b.slot)].id
            }
            candidates.removeLast(candidates.count - streaming.maxCandidates)
        }
        var best: (slot: Int, score: Float, id: Int)?
        for candidate in candidates {
            let slot = Int(candidate.slot)
            let score = similarity(vectors, events[slot])
            guard score >= options.threshold else { continue }
            if let b = best, score < b.score || (score == b.score && events[slot].id > b.id) { continue }
            best = (slot, score, events[slot].id)
        }

        let slot: Int
        if let best {
            slot = best.slot
            events[slot].add(vectors, options: options)
        } else {
            slot = allocate(LiveStreamEvent(id: eventsStarted, vectors: vectors, serial: document.serial))
            eventsStarted += 1
        }
        index(slot: slot, terms: contentQuery.map(\.0) + nameQuery.map(\.0))
        onAssignment(document.serial, events[slot].id)
    }

    @inline(__always)
    private func accumulate(_ term: Int, _ weight: Float) {
        for slot in postings[term] {
            let s = Int(slot)
            if scores[s] == 0 { touched.append(slot) }
            scores[s] += weight
        }
    }

    private func index(slot: Int, terms: [Int]) {
        for t in terms {
            guard events[slot].indexed.count < streaming.indexedTermsPerEvent else { return }
            if events[slot].indexTerm(Int32(t)) { postings[t].append(Int32(slot)) }
        }
    }

    private func allocate(_ event: LiveStreamEvent) -> Int {
        liveEvents += 1
        peakLiveEvents = max(peakLiveEvents, liveEvents)
        if let slot = freeSlots.popLast() {
            events[Int(slot)] = event
            return Int(slot)
        }
        events.append(event)
        scores.append(0)
        return events.count - 1
    }

    private func similarity(_ vector: StreamVectors, _ event: LiveStreamEvent) -> Float {
        let n = Float(event.size)
        func link(_ a: HashedVector, _ sum: HashedVector) -> Float {
            options.averageLinkage ? a.dot(sum) / n : a.cosine(sum)
        }
        let base = options.contentWeight * link(vector.content, event.content)
            + options.nameWeight * link(vector.names, event.names)
            + options.titleWeight * link(vector.title, event.title)
        guard let day = vector.day, !event.days.isEmpty else { return base }
        let shared = event.days.contains { abs(Int($0) - day) <= options.dateWindowDays }
        return shared ? base + options.sharedDateBonus : base * options.dateMismatchFactor
    }

    /// Closes the events whose last member was published before `day`, oldest event first.
    private func expire(before day: Int) {
        var expired: [Int] = []
        for slot in events.indices where events[slot].alive {
            if let last = events[slot].lastDay, last < day { expired.append(slot) }
        }
        expired.sort { events[$0].id < events[$1].id }
        for slot in expired { close(slot) }
    }

    private func close(_ slot: Int) {
        let event = events[slot]
        for t in event.indexed {
            let term = Int(t)
            if let k = postings[term].firstIndex(of: Int32(slot)) {
                postings[term].swapAt(k, postings[term].count - 1)
                postings[term].removeLast()
                if postings[term].isEmpty { postings[term] = [] }
            }
        }
        events[slot] = LiveStreamEvent.closed
        freeSlots.append(Int32(slot))
        liveEvents -= 1
        onEventClosed(
            ClosedEvent(
                id: event.id, size: event.size, firstDay: event.days.first.map(Int.init),
                lastDay: event.lastDay, firstDocument: event.firstSerial))
    }

    /// Closes every live event (in order of creation); call at the end of the stream.
    public func finish() {
        let live = events.indices.filter { events[$0].alive }.sorted { events[$0].id < events[$1].id }
        for slot in live { close(slot) }
    }
}

struct StreamVectors {
    var content: HashedVector
    var names: HashedVector
    var title: HashedVector
    var day: Int?
}

/// A live event: summed member vectors (truncated), member days, and the terms it is indexed under.
struct LiveStreamEvent {
    var id: Int
    var alive: Bool
    var content: HashedVector
    var names: HashedVector
    var title: HashedVector
    /// Distinct publication days of the members, sorted (at most 64 kept).
    var days: [Int32]
    var lastDay: Int?
    var size: Int
    var firstSerial: Int
    /// Term indices in the inverted index, sorted.
    var indexed: [Int32] = []

    static let closed = LiveStreamEvent(
        id: -1, alive: false, content: HashedVector(), names: HashedVector(), title: HashedVector(), days: [],
        lastDay: nil, size: 0, firstSerial: -1)

    init(
        id: Int, alive: Bool, content: HashedVector, names: HashedVector, title: HashedVector, days: [Int32],
        lastDay: Int?, size: Int, firstSerial: Int
    ) {
        self.id = id
        self.alive = alive
        self.content = content
        self.names = names
        self.title = title
        self.days = days
        self.lastDay = lastDay
        self.size = size
        self.firstSerial = firstSerial
    }

    init(id: Int, vectors: StreamVectors, serial: Int) {
        self.init(
            id: id, alive: true, content: vectors.content, names: vectors.names, title: vectors.title,
            days: vectors.day.map { [Int32($0)] } ?? [], lastDay: vectors.day, size: 1, firstSerial: serial)
    }

    mutating func add(_ vectors: StreamVectors, options: EventClusterer.Options) {
        // Truncate with slack (a quarter over the limit) so the sort runs once every few joins, not on each.
        func merged(_ a: HashedVector, _ b: HashedVector, _ limit: Int) -> HashedVector {
            let sum = a.adding(b)
            return sum.count > limit + limit / 4 ? sum.truncated(to: limit) : sum
        }
        content = merged(content, vectors.content, options.centroidTerms)
        names = merged(names, vectors.names, options.centroidTerms / 2)
        title = merged(title, vectors.title, options.centroidTerms / 4)
        if let day = vectors.day {
            let d = Int32(day)
            if !days.contains(d) && days.count < 64 {
                days.append(d)
                days.sort()
            }
            lastDay = max(lastDay ?? day, day)
        }
        size += 1
    }

    /// Records that the event is indexed under `term`; false when it already was.
    mutating func indexTerm(_ term: Int32) -> Bool {
        var low = 0
        var high = indexed.count
        while low < high {
            let mid = (low + high) / 2
            if indexed[mid] < term { low = mid + 1 } else { high = mid }
        }
        if low < indexed.count && indexed[low] == term { return false }
        indexed.insert(term, at: low)
        return true
    }

    var bytes: Int {
        128 + (content.ids.capacity + names.ids.capacity + title.ids.capacity) * 12 + days.capacity * 4
            + indexed.capacity * 4
    }
}
