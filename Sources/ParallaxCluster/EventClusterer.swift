import Foundation
import ParallaxModel
import ParallaxText

/// Groups articles into events: the same happening, not merely the same topic or the same actors.
///
/// Single pass in publication order: each article is compared, through an inverted index over its heaviest
/// terms, with the live events; it joins the most similar one when the similarity passes `threshold` and the
/// dates agree, else it starts a new event. A merge pass then joins events that late articles left split.
/// Similarity mixes TF-IDF cosine over content words, over names, and over headline words; dates gate it:
/// when both sides have anchor days and none are within `dateWindowDays`, the similarity is scaled by
/// `dateMismatchFactor`, and a shared day scales it by `1 + sharedDateBoost`: a shared day strengthens
/// evidence that is there, it never makes any on its own (two unrelated stories of one day stay apart).
public struct EventClusterer: Sendable {
    /// The clusterer's settings (``ClusteringOptions``).
    public typealias Options = ClusteringOptions

    public var options: Options
    public var weights: TermWeights

    public init(options: Options = Options(), weights: TermWeights = .bundled) {
        self.options = options
        self.weights = weights
    }

    /// One event found: indices into the input, most central first.
    public struct Cluster: Sendable, Hashable {
        public var members: [Int]
        public var centrality: [Double]
        /// What the event is found by in a ``ClusterIndex``.
        public var indexEntry = ClusterIndex.Entry(terms: [], days: nil)
    }

    /// Clusters a whole batch deterministically: the same input gives the same events.
    /// - Parameter corpus: the document frequencies of the corpus the batch belongs to (a store's, when the
    ///   batch is some new articles and the events they may join); nil counts the batch itself.
    public func cluster(_ documents: [ClusterDocument], corpus: DocumentFrequencies? = nil) -> [Cluster] {
        let bags = documents.map { Bags(document: $0) }
        var weights = self.weights
        if let corpus {
            weights = weights.counting(corpus)
        } else {
            for bag in bags { weights.add(documentTerms: bag.terms) }
        }
        return cluster(documents, bags: bags, weights: weights, seeds: [])
    }

    /// Clusters `documents` against a store's index: those `isNew` says are new are counted into its document
    /// frequencies first, and every document is weighed by the index's counts (a whole store's, of which
    /// `documents` are the new articles and the members of the events they may join). Each cluster comes with
    /// the terms to index its event under (``ClusterIndex/setEvent(_:terms:)``).
    /// - Parameter events: events already found among `documents` (indices of their members), which the
    ///   others may join; one nothing joined comes back as it was.
    public func cluster(
        _ documents: [ClusterDocument], into index: inout ClusterIndex, events: [[Int]] = [],
        isNew: (ClusterDocument) -> Bool
    ) -> [Cluster] {
        let bags = documents.map { Bags(document: $0) }
        for (document, bag) in zip(documents, bags) where isNew(document) {
            index.count(document.id, terms: bag.terms)
        }
        let weights = self.weights.counting(index.frequencies)
        var clusters = cluster(documents, bags: bags, weights: weights, seeds: events)
        for c in clusters.indices {
            let members = clusters[c].members
            let days = members.compactMap { documents[$0].published?.dayNumber }
            clusters[c].indexEntry = ClusterIndex.Entry(
                terms: Self.indexTerms(members.map { bags[$0] }, weights: weights),
                days: days.min().map { $0...days.max()! })
        }
        return clusters
    }

    /// Clusters a batch of any size: at most `chunkSize` documents in one pass, more chunk by chunk
    /// (``clusterInChunks(_:bags:weights:seeds:)``). `seeds` are events already found (member indices),
    /// which the other documents may join (see ``clusterAtOnce(_:bags:weights:seeds:)``).
    private func cluster(_ documents: [ClusterDocument], bags: [Bags], weights: TermWeights, seeds: [[Int]])
        -> [Cluster]
    {
        documents.count - seeds.reduce(0) { $0 + $1.count } > options.chunkSize
            ? clusterInChunks(documents, bags: bags, weights: weights, seeds: seeds)
            : clusterAtOnce(documents, bags: bags, weights: weights, seeds: seeds)
    }

    /// Clusters `documents` in one pass, then merges and refines the events found.
    ///
    /// `seeds` are events found before (indices of their members): they start as events, the other
    /// documents are assigned to them or to new events, and only the events that changed (joined, new,
    /// merged) are merged and refined further (``assign(_:to:vectors:documents:)``).
    func clusterAtOnce(
        _ documents: [ClusterDocument], bags: [Bags], weights: TermWeights, seeds: [[Int]] = []
    ) -> [Cluster] {
        let vectors = vectorize(bags, weights: weights)
        let events = seeds.filter { !$0.isEmpty }.map { members in
            LiveEvent(members, vectors: vectors, documents: documents, options: options)
        }
        let seeded = Set(seeds.joined())
        let fresh = Self.publicationOrder(documents).filter { !seeded.contains($0) }
        return clusters(assign(fresh, to: events, vectors: vectors, documents: documents), vectors: vectors)
    }

    /// Every document's vectors, weighed by `weights` (with the background prior of the options).
    func vectorize(_ bags: [Bags], weights base: TermWeights) -> [DocumentVectors] {
        var vocabulary = Vocabulary()
        var weights = base
        weights.priorDocuments = options.backgroundPriorDocuments
        return bags.map {
            $0.vectors(weights: weights, vocabulary: &vocabulary, shortTextTerms: options.shortTextTerms)
        }
    }

    /// Assigns documents (indices, in publication order) to `events` or to new ones, then merges and refines
    /// the events that changed. The given events are taken as settled: one nothing joined comes back as it was
    /// (``LiveEvent/settled``), so adding a few documents to many events costs what the few documents cost.
    func assign(
        _ fresh: [Int], to seeds: [LiveEvent], vectors: [DocumentVectors], documents: [ClusterDocument]
    ) -> [LiveEvent] {
        var events = seeds
        var postings: [Int32: [Int]] = [:]
        for e in events.indices {
            events[e].settled = true
            for id in events[e].content.ids + events[e].names.ids { postings[id, default: []].append(e) }
        }
        for index in fresh {
            let vector = vectors[index]
            let candidates = Self.mostShared(
                vector.content.truncated(to: options.queryTerms).ids + vector.names.ids, postings: postings,
                limit: options.candidateEvents)
            var best: (event: Int, score: Float)?
            for candidate in candidates {
                let score = similarity(vector, documents[index].anchorDays, events[candidate])
                if score >= threshold(vector), score > (best?.score ?? -1) { best = (candidate, score) }
            }
            let target: Int
            if let best {
                target = best.event
                events[target].add(vector, index: index, days: documents[index].anchorDays, options: options)
            } else {
                target = events.count
                events.append(LiveEvent(vector, index: index, days: documents[index].anchorDays))
            }
            for id in events[target].content.ids.prefix(options.centroidTerms) where postings[id]?.last != target {
                postings[id, default: []].append(target)
            }
            for id in vector.names.ids where postings[id]?.last != target { postings[id, default: []].append(target) }
        }
        return refine(mergePass(events), vectors: vectors, documents: documents)
    }

    /// The clusters of `events`, members most central first.
    func clusters(_ events: [LiveEvent], vectors: [DocumentVectors]) -> [Cluster] {
        events.map { event in
            let scored = event.members.map { member -> (Int, Double) in
                let v = vectors[member]
                return (member, Double(v.content.cosine(event.content) * 0.7 + v.names.cosine(event.names) * 0.3))
            }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            return Cluster(members: scored.map(\.0), centrality: scored.map(\.1))
        }
    }

    /// The events listed under the most of `terms` in `postings` (at most `limit`, ties by event order),
    /// in event order.
    static func mostShared(_ terms: [Int32], postings: [Int32: [Int]], limit: Int) -> [Int] {
        var shared: [Int: Int] = [:]
        for id in terms { for event in postings[id] ?? [] { shared[event, default: 0] += 1 } }
        guard shared.count > limit else { return shared.keys.sorted() }
        return shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map(\.key).sorted()
    }

    /// Moves each article to its most similar event, judging its own event without it; repeated
    /// `refinementPasses` times or until nothing moves. Events left empty disappear.
    private func refine(_ input: [LiveEvent], vectors: [DocumentVectors], documents: [ClusterDocument]) -> [LiveEvent] {
        var events = input
        for _ in 0..<options.refinementPasses {
            var postings: [Int32: [Int]] = [:]
            for (e, event) in events.enumerated() {
                for id in event.content.ids.prefix(options.centroidTerms) { postings[id, default: []].append(e) }
            }
            var assignment: [Int: Int] = [:]
            for (e, event) in events.enumerated() { for m in event.members { assignment[m] = e } }
            var moves: [(member: Int, from: Int, to: Int)] = []
            for (e, event) in events.enumerated() where !event.settled {
                for member in event.members {
                    let vector = vectors[member]
                    let days = documents[member].anchorDays
                    let own = event.members.count > 1 ? similarity(vector, days, event, excluding: vector) : 0
                    let candidates = Self.mostShared(
                        vector.content.truncated(to: options.queryTerms).ids, postings: postings,
                        limit: options.candidateEvents)
                    var best: (event: Int, score: Float)?
                    for c in candidates where c != e {
                        let score = similarity(vector, days, events[c])
                        if score >= threshold(vector), score > own, score > (best?.score ?? -1) {
                            best = (c, score)
                        }
                    }
                    if let best { moves.append((member, e, best.event)) }
                }
            }
            guard !moves.isEmpty else { break }
            var members = events.map(\.members)
            for move in moves {
                members[move.from].removeAll { $0 == move.member }
                members[move.to].append(move.member)
            }
            let moved = Set(moves.flatMap { [$0.from, $0.to] })
            events = events.indices.compactMap { e in
                guard !members[e].isEmpty else { return nil }
                guard moved.contains(e) || !events[e].settled else { return events[e] }
                return LiveEvent(members[e], vectors: vectors, documents: documents, options: options)
            }
        }
        return events
    }

    /// The similarity a document needs to join an event.
    private func threshold(_ vector: DocumentVectors) -> Float {
        vector.isShort ? options.shortThreshold : options.threshold
    }

    func similarity(_ vector: DocumentVectors, _ days: [Int], _ event: LiveEvent, excluding own: DocumentVectors? = nil)
        -> Float
    {
        let n = Float(event.members.count - (own == nil ? 0 : 1))
        let average = options.averageLinkage && !vector.isShort
        func link(_ a: SparseVector, _ sum: SparseVector) -> Float {
            guard average else { return own == nil ? a.cosine(sum) : a.cosine(sum.adding(a, scale: -1)) }
            let selfDot = own == nil ? 0 : a.dot(a)
            return (a.dot(sum) - selfDot) / n
        }
        let base =
            options.contentWeight * link(vector.content, event.content)
            + options.nameWeight * link(vector.names, event.names)
            + options.titleWeight * link(vector.title, event.title)
        let dated = applyPublication(
            applyDates(
                base, (days, vector.mentioned), (event.days, event.mentioned),
                headlines: vector.isHeadline && event.headlineMembers == event.members.count),
            (vector.published, vector.mentioned),
            (event.published, event.mentioned))
        return applyHeadlines(applyPeople(dated, vector.people, event.people), vector.headline, event.headline)
    }

    func eventSimilarity(_ a: LiveEvent, _ b: LiveEvent) -> Float {
        let n = Float(a.members.count * b.members.count)
        let average =
            options.averageLinkage
            && !(a.shortMembers == a.members.count && b.shortMembers == b.members.count)
        func link(_ x: SparseVector, _ y: SparseVector) -> Float { average ? x.dot(y) / n : x.cosine(y) }
        let base =
            options.contentWeight * link(a.content, b.content) + options.nameWeight * link(a.names, b.names)
            + options.titleWeight * link(a.title, b.title)
        let dated = applyPublication(
            applyDates(
                base, (a.days, a.mentioned), (b.days, b.mentioned),
                headlines: a.headlineMembers == a.members.count && b.headlineMembers == b.members.count),
            (a.published, a.mentioned),
            (b.published, b.mentioned))
        return applyHeadlines(applyPeople(dated, a.people, b.people), a.headline, b.headline)
    }

    /// Penalises a pair whose main people ignore each other: neither side's first person is among the other's.
    private func applyPeople(_ base: Float, _ a: PeopleTally, _ b: PeopleTally) -> Float {
        guard let topA = a.top, let topB = b.top, topA != topB else { return base }
        return a.counts[topB] == nil && b.counts[topA] == nil ? base * options.personMismatchFactor : base
    }

    /// Penalises a pair whose headlines name people and share none of them.
    private func applyHeadlines(_ base: Float, _ a: PeopleTally, _ b: PeopleTally) -> Float {
        guard !a.counts.isEmpty, !b.counts.isEmpty else { return base }
        return a.counts.keys.contains { b.counts[$0] != nil } ? base : base * options.headlineMismatchFactor
    }

    /// Penalises a pair published further apart than the window (both sides dated), when the later side
    /// reports a new day (see ``Options/publicationGapNeedsNewDay``). Days are sorted.
    private func applyPublication(
        _ base: Float, _ a: (published: [Int], mentioned: [Int]), _ b: (published: [Int], mentioned: [Int])
    ) -> Float {
        guard let gap = Self.nearestDistance(a.published, b.published), Float(gap) > options.publicationWindowDays
        else { return base }
        if options.publicationGapNeedsNewDay {
            let (later, earlier) = a.published.last! > b.published.last! ? (a, b) : (b, a)
            let end = Float(earlier.published.last!) + options.publicationWindowDays
            guard later.mentioned.isEmpty || later.mentioned.contains(where: { Float($0) > end }) else { return base }
        }
        let factor = options.publicationGapFactor
        return base * (Float(gap) > options.longGapDays ? min(factor, options.longGapFactor) : factor)
    }

    /// The smallest distance between a member of `a` and a member of `b` (both sorted); nil when one is empty.
    static func nearestDistance(_ a: [Int], _ b: [Int]) -> Int? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        var i = 0
        var j = 0
        var best = Int.max
        while i < a.count && j < b.count {
            best = min(best, abs(a[i] - b[j]))
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return best
    }

    /// Scales a pair by whether its days meet: by `1 + sharedDateBoost` when they share a day or a mentioned
    /// day is within `dateWindowDays` of the other side's days, by `nearPublicationDayFactor` when only
    /// publication days meet within the window, and by `dateMismatchFactor` when both sides are dated and
    /// nothing meets. Days are sorted. Between two sides of bare headlines (``DocumentVectors/isHeadline``)
    /// publication days a day apart scale by `headlineNearDayFactor` instead.
    private func applyDates(_ base: Float, _ a: DatedSide, _ b: DatedSide, headlines: Bool = false) -> Float {
        guard let gap = Self.nearestDistance(a.days, b.days) else { return base }
        let window = options.dateWindowDays
        guard gap > 0 else { return base * (1 + options.sharedDateBoost) }
        guard gap <= window else { return base * options.dateMismatchFactor }
        let mentionedMeet =
            (Self.nearestDistance(a.mentioned, b.days) ?? .max) <= window
            || (Self.nearestDistance(b.mentioned, a.days) ?? .max) <= window
        guard !mentionedMeet else { return base * (1 + options.sharedDateBoost) }
        return base * (headlines ? options.headlineNearDayFactor : options.nearPublicationDayFactor)
    }
}

/// One side's anchor days (mentioned and published) and, of them, the mentioned ones; both sorted.
typealias DatedSide = (days: [Int], mentioned: [Int])

/// Term ids for the batch.
struct Vocabulary {
    private var ids: [String: Int32] = [:]
    mutating func id(_ term: String) -> Int32 {
        if let id = ids[term] { return id }
        let id = Int32(ids.count)
        ids[term] = id
        return id
    }
}

/// Raw term counts of one document.
struct Bags {
    var content: [String: Int] = [:]
    var names: [String: Int] = [:]
    var title: [String: Int] = [:]
    var people: PeopleTally
    var headline: PeopleTally
    /// The publication day (as a one-element list), or none.
    var published: [Int]
    /// Days the text mentions, sorted, without repeats.
    var mentioned: [Int]
    /// Whether the document is a headline and nothing else (a feed or aggregator entry): no text to say
    /// what day it is about, or that it follows an earlier report ("for a second day").
    var isHeadline: Bool

    init(document: ClusterDocument) {
        isHeadline = document.title != nil && document.text.utf8.allSatisfy { $0 <= 0x20 }
        published = document.published.map { [$0.dayNumber] } ?? []
        mentioned = Array(Set(document.mentionedDates.map(\.dayNumber))).sorted()
        // People are compared by surname, so "Reid" and "Tara Reid" are one protagonist.
        let surnames = document.people.map { String(Folding.fold($0).split(separator: " ").last ?? "") }
        people = PeopleTally(surnames)
        // The headline's words, read once: for the protagonists it names, the content and the title bag.
        let titleWords = ContentTerms.words(in: document.title ?? "")
        let titleSet = Set(titleWords)
        headline = PeopleTally(surnames.filter { !$0.isEmpty && titleSet.contains($0) })
        let titleStems = titleWords.map(Stemmer.stem)
        for word in ContentTerms.words(in: document.text) { content[Stemmer.stem(word), default: 0] += 1 }
        // The headline is part of what the article says: a feed item or an aggregator entry may be nothing
        // else. It is added unless the text repeats it (a first line that is the headline).
        var said = document.text
        if let title = document.title, !Self.text(document.text, repeats: title) {
            for stem in titleStems { content[stem, default: 0] += 1 }
            said = title + ".\n" + said
        }
        let nameList =
            document.names.isEmpty
            ? ContentTerms.namePhrases(in: said) : document.names.map { Folding.fold($0) }
        for name in nameList { names["§" + name, default: 0] += 1 }
        for stem in titleStems { self.title[stem, default: 0] += 1 }
    }

    /// Whether `text` opens with `title` (compared on their first 60 bytes, ignoring case and spacing).
    static func text(_ text: String, repeats title: String) -> Bool {
        func key(_ s: Substring) -> [UInt8] {
            Array(s.utf8.lazy.filter { $0 > 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }.prefix(60))
        }
        let t = key(title[...])
        return !t.isEmpty && key(text.prefix(title.utf8.count + 40)).starts(with: t)
    }

    /// Sublinear TF (1 + ln tf) times IDF, unit length.
    func vectors(weights: TermWeights, vocabulary: inout Vocabulary, shortTextTerms: Int) -> DocumentVectors {
        // Terms in sorted order: vocabulary ids, and with them every floating-point sum over a vector, must not
        // depend on the dictionary's per-process iteration order (the output is deterministic across runs).
        func vector(_ bag: [String: Int]) -> SparseVector {
            SparseVector(
                bag.sorted { $0.key < $1.key }.map { term, count in
                    (vocabulary.id(term), (1 + log(Float(count))) * weights.idf(term))
                }
            ).normalized()
        }
        return DocumentVectors(
            content: vector(content), names: vector(names), title: vector(title), people: people, headline: headline,
            published: published, mentioned: mentioned, isShort: content.count <= shortTextTerms,
            isHeadline: isHeadline)
    }
}

struct DocumentVectors: Sendable {
    var content: SparseVector
    var names: SparseVector
    var title: SparseVector
    var people: PeopleTally
    /// The protagonists the headline names.
    var headline: PeopleTally
    /// The publication day (as a one-element list), or none.
    var published: [Int]
    /// Days the text mentions, sorted.
    var mentioned: [Int]
    /// Whether the document is short (see ``EventClusterer/Options/shortTextTerms``).
    var isShort: Bool
    /// Whether the document is a bare headline (see ``Bags/isHeadline``).
    var isHeadline: Bool
}

/// Protagonists of a document or an event, with how many members name each.
struct PeopleTally: Sendable {
    var counts: [String: Int] = [:]

    init(_ people: [String] = []) {
        for (rank, person) in people.enumerated() { counts[person, default: 0] += people.count - rank }
    }

    /// The most named person (ties by name, for determinism).
    var top: String? { counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key }

    mutating func add(_ other: PeopleTally) {
        for (person, count) in other.counts { counts[person, default: 0] += count }
    }
}

/// An event while clustering: summed member vectors (truncated) and anchor days.
struct LiveEvent {
    var content: SparseVector
    var names: SparseVector
    var title: SparseVector
    var days: [Int]
    var members: [Int]
    /// How many members are short documents.
    var shortMembers: Int
    /// How many members are bare headlines.
    var headlineMembers: Int
    var people: PeopleTally
    var headline: PeopleTally
    /// Publication days of the members, sorted, without repeats.
    var published: [Int]
    /// Days the members mention, sorted, without repeats.
    var mentioned: [Int]
    /// Whether the event is one found before that nothing has changed since (see
    /// ``EventClusterer/clusterAtOnce(_:bags:weights:seeds:)``): it is merged and refined only with changed ones.
    var settled = false
    /// The caller's tag for an event given to ``EventClusterer/assign(_:to:vectors:documents:)``, to know it
    /// when it comes back settled.
    var origin: Int?

    /// An event of `members` (document indices, at least one).
    init(_ members: [Int], vectors: [DocumentVectors], documents: [ClusterDocument], options: EventClusterer.Options) {
        self.init(vectors[members[0]], index: members[0], days: documents[members[0]].anchorDays)
        for m in members.dropFirst() { add(vectors[m], index: m, days: documents[m].anchorDays, options: options) }
    }

    init(_ vector: DocumentVectors, index: Int, days: [Int]) {
        published = vector.published
        mentioned = vector.mentioned
        people = vector.people
        headline = vector.headline
        content = vector.content
        names = vector.names
        title = vector.title
        self.days = days
        members = [index]
        shortMembers = vector.isShort ? 1 : 0
        headlineMembers = vector.isHeadline ? 1 : 0
    }

    mutating func add(_ vector: DocumentVectors, index: Int, days: [Int], options: EventClusterer.Options) {
        content = content.adding(vector.content).truncated(to: options.centroidTerms)
        names = names.adding(vector.names).truncated(to: options.centroidTerms / 2)
        title = title.adding(vector.title).truncated(to: options.centroidTerms / 4)
        self.days = Array(Set(self.days + days)).sorted()
        published = Array(Set(published + vector.published)).sorted()
        mentioned = Array(Set(mentioned + vector.mentioned)).sorted()
        people.add(vector.people)
        headline.add(vector.headline)
        members.append(index)
        if vector.isShort { shortMembers += 1 }
        if vector.isHeadline { headlineMembers += 1 }
        settled = false
    }

    mutating func absorb(_ other: LiveEvent, options: EventClusterer.Options) {
        content = content.adding(other.content).truncated(to: options.centroidTerms)
        names = names.adding(other.names).truncated(to: options.centroidTerms / 2)
        title = title.adding(other.title).truncated(to: options.centroidTerms / 4)
        days = Array(Set(days + other.days)).sorted()
        published = Array(Set(published + other.published)).sorted()
        mentioned = Array(Set(mentioned + other.mentioned)).sorted()
        people.add(other.people)
        headline.add(other.headline)
        members += other.members
        shortMembers += other.shortMembers
        headlineMembers += other.headlineMembers
        settled = false
    }
}
