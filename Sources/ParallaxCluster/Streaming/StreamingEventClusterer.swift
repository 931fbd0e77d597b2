import Foundation
import ParallaxModel

/// Event clustering for an unbounded stream: one document at a time, in publication order.
///
/// Memory is bounded by the live events (those with a member in the last `maxEventAgeDays` days), except for
/// the vectorizer's document-frequency table, which keeps one entry per distinct term seen (about 50 bytes;
/// 5.7 million terms, 270 MB, after 1,000,000 synthetic articles).
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
        public var maxCandidates: Int = 8
        /// Terms an event may have in the inverted index (its members' query terms, first come).
        public var indexedTermsPerEvent: Int = 256
        /// Postings longer than this are not followed when looking up candidates: a term in that many live
        /// events tells none of them apart, and walking it would cost more than the rest of the document.
        public var maxPostings: Int = 200

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
    private let onAssignment: (_ serial: Int, _ event: Int) -> Void
    private let onEventClosed: (ClosedEvent) -> Void

    private var vectorizer: StreamingVectorizer
    /// Live event slots by term index (``StreamingVectorizer`` numbers terms densely).
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
    ///   - background: background document frequencies (default: the bundled table), for documents given as
    ///     ``DocumentTerms``; documents given as ``DocumentVector`` were weighted by their own vectorizer.
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
        self.vectorizer = StreamingVectorizer(options: options, streaming: streaming, background: background)
        self.onAssignment = onAssignment
        self.onEventClosed = onEventClosed
    }

    /// Approximate bytes held by the postings and live events (not the vectorizer's term table).
    public var approximateBytes: Int {
        var bytes = postings.capacity * 8
        for list in postings where list.capacity > 0 { bytes += 32 + list.capacity * 4 }
        for event in events where event.alive { bytes += event.bytes }
        return bytes
    }

    /// Weights and places one document (vectorising on this thread).
    public func add(_ terms: DocumentTerms) {
        add(vectorizer.vector(terms))
    }

    /// Places one weighted document: joins the most similar live event at or above the threshold, or starts one.
    /// Documents must come from one ``StreamingVectorizer`` in stream order.
    public func add(_ document: DocumentVector) {
        if let day = document.day, day > (clockDay ?? Int.min) {
            clockDay = day
            expire(before: day - streaming.maxEventAgeDays)
        }
        documents += 1
        if let last = document.queryTerms.max(), Int(last) >= postings.count {
            postings.append(contentsOf: repeatElement([], count: Int(last) + 1 - postings.count))
        }
        let vectors = StreamVectors(
            content: document.content, names: document.names, title: document.title, day: document.day)

        // Candidate events by shared query weight.
        for k in document.queryTerms.indices { accumulate(Int(document.queryTerms[k]), document.queryWeights[k]) }
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
        events.withUnsafeBufferPointer { live in
            for candidate in candidates {
                let slot = Int(candidate.slot)
                let score = similarity(vectors, live[slot])
                guard score >= options.threshold else { continue }
                if let b = best, score < b.score || (score == b.score && live[slot].id > b.id) { continue }
                best = (slot, score, live[slot].id)
            }
        }

        let slot: Int
        if let best {
            slot = best.slot
            events[slot].add(vectors, options: options)
        } else {
            slot = allocate(LiveStreamEvent(id: eventsStarted, vectors: vectors, serial: document.serial))
            eventsStarted += 1
        }
        index(slot: slot, terms: document.queryTerms)
        onAssignment(document.serial, events[slot].id)
    }

    @inline(__always)
    private func accumulate(_ term: Int, _ weight: Float) {
        guard postings[term].count <= streaming.maxPostings else { return }
        for slot in postings[term] {
            let s = Int(slot)
            if scores[s] == 0 { touched.append(slot) }
            scores[s] += weight
        }
    }

    private func index(slot: Int, terms: [Int32]) {
        for t in terms {
            guard events[slot].indexed.count < streaming.indexedTermsPerEvent else { return }
            if events[slot].indexTerm(t) { postings[Int(t)].append(Int32(slot)) }
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

    private func similarity(_ vector: borrowing StreamVectors, _ event: borrowing LiveStreamEvent) -> Float {
        let n = Float(event.size)
        func link(_ a: HashedVector, _ sum: HashedVector) -> Float {
            options.averageLinkage ? a.dot(sum) / n : a.cosine(sum)
        }
        let base =
            options.contentWeight * link(vector.content, event.content)
            + options.nameWeight * link(vector.names, event.names)
            + options.titleWeight * link(vector.title, event.title)
        guard let day = vector.day, !event.days.isEmpty else { return base }
        // Publication days only gate: the shared-date bonus is for days the texts say something happened on,
        // which the stream does not extract; given for publication days it would join any two same-day stories.
        // The nearest publication day of the event: within the date window the score stands; beyond it the
        // date mismatch applies, and beyond the publication window the gap too (the stream extracts no
        // mentioned days, so it cannot tell a look back from a follow-up and treats every late story as one).
        var nearest = Int.max
        for d in event.days { nearest = min(nearest, abs(Int(d) - day)) }
        guard nearest > options.dateWindowDays else { return base }
        let gap: Float = Float(nearest) > options.publicationWindowDays ? options.publicationGapFactor : 1
        return base * options.dateMismatchFactor * gap
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
