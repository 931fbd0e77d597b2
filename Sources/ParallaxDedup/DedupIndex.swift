import ParallaxModel
import ParallaxText

/// An incremental index of article fingerprints that finds exact and near-duplicate copies.
///
/// Adding articles fingerprints only the new ones (in parallel), looks each up in the LSH buckets of
/// everything indexed before it (including earlier articles of the same batch), verifies the candidates and
/// records the pairs; nothing already indexed is recomputed. Pairs join syndication groups as connected
/// components. Adding articles one batch at a time gives the same pairs and groups as adding them all at
/// once in the same order.
///
/// A store persists the index as one row per article (``DedupRecord``, see `DedupIndex+Records.swift`), so that
/// an ingest loads only the articles its new ones may copy; the LSH buckets are rebuilt on loading.
public struct DedupIndex: Sendable {
    /// The settings the index was built with; they cannot change once articles are indexed.
    public let options: DedupOptions
    let hasher: MinHasher
    let banding: LSHParameters

    var documents: [IndexedDocument] = []
    var positions: [String: Int32] = [:]
    /// `documents.count × permutations` slots.
    var signatures = ChunkedArray<UInt32>()
    /// The Elias–Fano code of document `i`'s shingle set is `shingles[shingleOffsets[i]..<shingleOffsets[i + 1]]`
    /// (empty with signature verification, which keeps no shingle sets).
    var shingleOffsets: ContiguousArray<Int> = [0]
    var shingles = ChunkedArray<UInt64>()
    var paragraphOffsets: ContiguousArray<Int> = [0]
    var paragraphs = ContiguousArray<UInt64>()
    var storedPairs: [StoredPair] = []
    /// Each document's place in indexing order across every batch (``DedupRecord/sequence``): its position,
    /// unless the index was loaded from some of a store's records (``init(options:records:nextSequence:)``).
    var sequences = ContiguousArray<Int>()
    /// The sequence the next indexed article takes.
    var nextSequence = 0
    /// The copy-group component each loaded record was stored with, by position (empty for an index not
    /// loaded from records): a record whose component moves is saved again.
    var storedComponents = ContiguousArray<Int>()

    // Derived state, rebuilt when decoding.
    /// For each band, band key → the latest document in that bucket.
    var buckets: [BucketTable] = []
    /// `document × bands + band` → the previous document in the same bucket, or -1.
    var chains = ContiguousArray<Int32>()
    var components = Components()
    /// Last query that visited each document, to count a candidate once however many bands it shares.
    var visits = ContiguousArray<Int32>()

    /// Creates an empty index.
    public init(options: DedupOptions = DedupOptions()) {
        self.options = options
        hasher = MinHasher(options: options)
        banding = Self.banding(for: options)
        buckets = Array(repeating: BucketTable(), count: banding.bands)
    }

    static func banding(for options: DedupOptions) -> LSHParameters {
        let chosen = options.effectiveBanding
        let permutations = max(1, options.permutations)
        guard chosen.bands * chosen.rows > permutations else { return chosen }
        return LSHParameters(bands: max(1, permutations / chosen.rows), rows: min(chosen.rows, permutations))
    }

    /// Number of indexed articles.
    public var count: Int { documents.count }

    /// The banding in use.
    public var lsh: LSHParameters { banding }

    /// Whether an article with this id is indexed.
    public func contains(articleId: String) -> Bool { positions[articleId] != nil }

    /// Indexes `articles` and returns the pairs and groups they take part in.
    ///
    /// Articles whose id is already indexed are skipped (ids name a text and its source, so the text is the same).
    /// An article without any word is indexed but can pair with nothing.
    /// - Returns: the new pairs, each with the earlier-indexed article first, and every group that contains
    ///   an added article, as it stands after the addition.
    @discardableResult
    public mutating func add(_ articles: [Article]) -> DedupUpdate {
        var fresh: [Article] = []
        var batchIds = Set<String>()
        for article in articles where positions[article.id] == nil && batchIds.insert(article.id).inserted {
            fresh.append(article)
        }
        var update = add(prepared: prepare(fresh))
        update.skipped = articles.count - fresh.count
        return update
    }

    /// Fingerprints articles for ``add(prepared:)`` without touching the index: the expensive, parallel half
    /// of ``add(_:)``, which a caller can run on other threads while the index takes the previous batch.
    public func prepare(_ articles: [Article]) -> [PreparedArticle] { preparer.prepare(articles) }

    /// A value that prepares articles for this index; it holds no index data, so it can be sent to another
    /// thread while the index keeps changing.
    public var preparer: ArticlePreparer { ArticlePreparer(hasher: hasher) }

    /// Indexes articles fingerprinted by ``prepare(_:)`` (of an index with the same options), as ``add(_:)``
    /// does.
    @discardableResult
    public mutating func add(prepared articles: [PreparedArticle]) -> DedupUpdate {
        var fresh: [PreparedArticle] = []
        var batchIds = Set<String>()
        for article in articles where positions[article.id] == nil && batchIds.insert(article.id).inserted {
            precondition(article.hasher == hasher, "articles were prepared with different dedup options")
            fresh.append(article)
        }
        let prints = fresh.map(\.fingerprint)
        let firstNew = Int32(documents.count)
        reserve(adding: fresh.count)
        var newPairs: [StoredPair] = []
        var keys = ContiguousArray<UInt64>(repeating: 0, count: banding.bands)
        var candidates: [Int32] = []
        signatures.appendBlock(prints.map(\.signature))
        if options.verification == .exact { shingles.appendBlock(prints.map(\.shingleCode)) }
        for (article, print) in zip(fresh, prints) {
            let position = append(article.document, print)
            guard print.exactHash != 0 else { continue }
            bandKeys(of: position, into: &keys)
            gatherCandidates(keys, query: position, into: &candidates)
            for candidate in candidates {
                if let pair = verify(candidate, position) {
                    newPairs.append(pair)
                    components.union(candidate, position)
                }
            }
            insert(position, keys: keys)
        }
        storedPairs.append(contentsOf: newPairs)
        var roots = Set<Int32>()
        for position in firstNew..<Int32(documents.count) {
            let root = components.root(position)
            if components.members(of: root).count > 1 { roots.insert(root) }
        }
        let groups = roots.map { makeGroup(members: components.members(of: $0)) }.sorted(by: Self.listingOrder)
        return DedupUpdate(
            pairs: newPairs.map(publicPair), groups: groups, added: fresh.count, skipped: articles.count - fresh.count)
    }

    /// Every verified pair, in the order found.
    public func pairs() -> [DuplicatePair] { storedPairs.map(publicPair) }

    /// The pairs an article takes part in.
    public func pairs(involving articleId: String) -> [DuplicatePair] {
        guard let position = positions[articleId] else { return [] }
        return storedPairs.filter { $0.first == position || $0.second == position }.map(publicPair)
    }

    /// The MinHash signature stored for an article.
    public func signature(of articleId: String) -> [UInt32]? {
        guard let position = positions[articleId] else { return nil }
        let k = hasher.permutations
        return signatures.withElements(Int(position) * k, (Int(position) + 1) * k) { Array($0) }
    }

    // MARK: Building

    /// Makes room for `count` more articles, growing geometrically (a per-batch exact reserve would copy and
    /// rehash everything on every batch).
    mutating func reserve(adding count: Int) {
        func grow<C: RangeReplaceableCollection>(_ collection: inout C, by more: Int, capacity: Int) {
            if collection.count + more > capacity {
                collection.reserveCapacity(max(collection.count + more, capacity * 2))
            }
        }
        grow(&chains, by: count * banding.bands, capacity: chains.capacity)
        grow(&documents, by: count, capacity: documents.capacity)
        for band in buckets.indices { buckets[band].reserve(count) }
    }

    mutating func append(_ document: IndexedDocument, _ print: Fingerprint) -> Int32 {
        let position = Int32(documents.count)
        documents.append(document)
        positions[document.id] = position
        sequences.append(nextSequence)
        nextSequence += 1
        shingleOffsets.append(
            shingleOffsets[shingleOffsets.count - 1] + (options.verification == .exact ? print.shingleCode.count : 0))
        paragraphs.append(contentsOf: print.paragraphs)
        paragraphOffsets.append(paragraphs.count)
        chains.append(contentsOf: repeatElement(-1, count: banding.bands))
        components.append()
        visits.append(-1)
        return position
    }

    /// The bucket key of each band of a document's signature (band number mixed in, so bands never meet).
    func bandKeys(of position: Int32, into keys: inout ContiguousArray<UInt64>) {
        let k = hasher.permutations
        signatures.withElements(Int(position) * k, (Int(position) + 1) * k) { signature in
            Self.bandKeys(of: signature, banding: banding, into: &keys)
        }
    }

    /// The bucket key of each band of `signature`.
    static func bandKeys(
        of signature: some RandomAccessCollection<UInt32>, banding: LSHParameters,
        into keys: inout ContiguousArray<UInt64>
    ) {
        let rows = banding.rows
        var slots = signature.makeIterator()
        for band in 0..<banding.bands {
            var h = StableHash.mix(UInt64(band) &+ 0x8000_0000)
            for _ in 0..<rows { h = StableHash.mix(h ^ UInt64(slots.next()!)) }
            keys[band] = h
        }
    }

    private mutating func gatherCandidates(_ keys: ContiguousArray<UInt64>, query: Int32, into result: inout [Int32]) {
        result.removeAll(keepingCapacity: true)
        let bands = banding.bands
        for band in 0..<bands {
            var next = buckets[band].head(keys[band])
            while next >= 0 {
                if visits[Int(next)] != query {
                    visits[Int(next)] = query
                    result.append(next)
                }
                next = chains[Int(next) * bands + band]
            }
        }
        result.sort()
    }

    mutating func insert(_ position: Int32, keys: ContiguousArray<UInt64>) {
        let bands = banding.bands
        for band in 0..<bands {
            chains[Int(position) * bands + band] = buckets[band].push(keys[band], position)
        }
    }

    // MARK: Verification

    /// Whether an indexed candidate and a new document are copies, and how.
    func verify(_ a: Int32, _ b: Int32) -> StoredPair? {
        let da = documents[Int(a)]
        let db = documents[Int(b)]
        if da.exactHash == db.exactHash {
            return StoredPair(first: a, second: b, kind: .exact, jaccard: 1, containment: 1)
        }
        if options.verification == .exact && signaturesRuleOut(a, b) { return nil }
        let overlap = self.overlap(a, b)
        let smaller = min(overlap.sizeA, overlap.sizeB)
        let containment = smaller > 0 ? Double(overlap.intersection) / Double(smaller) : 0
        if overlap.jaccard >= options.threshold {
            return StoredPair(first: a, second: b, kind: .near, jaccard: overlap.jaccard, containment: containment)
        }
        if containment >= options.containmentThreshold && smaller >= options.minimumContainedShingles {
            return StoredPair(first: a, second: b, kind: .contained, jaccard: overlap.jaccard, containment: containment)
        }
        return nil
    }

    /// Whether the signatures alone show that two documents are neither near copies nor one contained in the
    /// other, so the exact comparison of their shingle sets can be skipped (most LSH candidates at a 0.8
    /// threshold are pairs near 0.5). The estimate must miss both thresholds by ``signatureMargin``, about
    /// four standard deviations of a 128-slot estimate, also after it is turned into a containment.
    func signaturesRuleOut(_ a: Int32, _ b: Int32) -> Bool {
        let high = min(1, signatureSimilarity(a, b) + Self.signatureMargin)
        guard high < options.threshold else { return false }
        let sizeA = Double(documents[Int(a)].shingleCount)
        let sizeB = Double(documents[Int(b)].shingleCount)
        let smaller = min(sizeA, sizeB)
        guard smaller > 0 else { return true }
        // |A ∩ B| = J (|A| + |B|) / (1 + J), increasing in J.
        let containmentHigh = high * (sizeA + sizeB) / (1 + high) / smaller
        return containmentHigh < options.containmentThreshold
    }

    /// The Jaccard similarity two stored signatures estimate.
    func signatureSimilarity(_ a: Int32, _ b: Int32) -> Double {
        let k = hasher.permutations
        return signatures.withElements(Int(a) * k, (Int(a) + 1) * k) { signatureA in
            signatures.withElements(Int(b) * k, (Int(b) + 1) * k) { MinHasher.similarity(signatureA, $0) }
        }
    }

    /// How far below a threshold a signature estimate must fall for ``signaturesRuleOut(_:_:)``.
    static let signatureMargin = 0.2

    /// Jaccard similarity and intersection size of two documents' shingle sets: exact when the index keeps
    /// the sets, else estimated from the signatures.
    func overlap(_ a: Int32, _ b: Int32) -> (jaccard: Double, intersection: Int, sizeA: Int, sizeB: Int) {
        let sizeA = Int(documents[Int(a)].shingleCount)
        let sizeB = Int(documents[Int(b)].shingleCount)
        guard sizeA > 0, sizeB > 0 else { return (0, 0, sizeA, sizeB) }
        if documents[Int(a)].exactHash == documents[Int(b)].exactHash { return (1, sizeA, sizeA, sizeB) }
        switch options.verification {
        case .exact:
            let setA = shingleSet(a)
            let setB = shingleSet(b)
            let common = setA.withUnsafeBufferPointer { x in
                setB.withUnsafeBufferPointer { y in Self.intersectionCount(x, y) }
            }
            return (Double(common) / Double(sizeA + sizeB - common), common, sizeA, sizeB)
        case .signature:
            let jaccard = signatureSimilarity(a, b)
            // |A ∩ B| = J (|A| + |B|) / (1 + J)
            let common = Int((jaccard * Double(sizeA + sizeB) / (1 + jaccard)).rounded())
            return (jaccard, min(common, sizeA, sizeB), sizeA, sizeB)
        }
    }

    /// The sorted shingle set of a document (empty with signature verification).
    func shingleSet(_ position: Int32) -> ContiguousArray<UInt32> {
        var values = ContiguousArray<UInt32>()
        let p = Int(position)
        guard shingleOffsets[p + 1] > shingleOffsets[p] else { return values }
        shingles.withElements(shingleOffsets[p], shingleOffsets[p + 1]) { words in
            EliasFano.decode(words, count: Int(documents[p].shingleCount), into: &values)
        }
        return values
    }

    /// Size of the intersection of two sorted sets.
    @inlinable
    static func intersectionCount(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Int {
        var i = 0
        var j = 0
        var common = 0
        while i < a.count && j < b.count {
            let x = a[i]
            let y = b[j]
            if x == y { common += 1 }
            if x <= y { i += 1 }
            if y <= x { j += 1 }
        }
        return common
    }

    func publicPair(_ pair: StoredPair) -> DuplicatePair {
        DuplicatePair(
            first: documents[Int(pair.first)].id, second: documents[Int(pair.second)].id, kind: pair.kind,
            jaccard: pair.jaccard, containment: pair.containment)
    }
}

/// The result of adding articles to a ``DedupIndex``.
public struct DedupUpdate: Sendable, Hashable {
    /// Pairs found for the added articles, earlier-indexed article first.
    public var pairs: [DuplicatePair]
    /// Every syndication group that contains an added article, after the addition.
    public var groups: [SyndicationGroup]
    /// Number of articles indexed.
    public var added: Int
    /// Number of articles skipped because their id was already indexed (or repeated in the batch).
    public var skipped: Int

    /// Creates an update.
    public init(pairs: [DuplicatePair], groups: [SyndicationGroup], added: Int, skipped: Int) {
        self.pairs = pairs
        self.groups = groups
        self.added = added
        self.skipped = skipped
    }
}

/// An article fingerprinted for a ``DedupIndex``: its metadata, shingle set, signature and paragraph hashes,
/// without its text.
public struct PreparedArticle: Sendable {
    let document: IndexedDocument
    let fingerprint: Fingerprint
    let hasher: MinHasher

    /// The article's id.
    public var id: String { document.id }
}

/// Fingerprints articles for a ``DedupIndex`` (see ``DedupIndex/preparer``).
public struct ArticlePreparer: Sendable {
    let hasher: MinHasher

    /// Creates a preparer for indexes with these options.
    public init(options: DedupOptions) { hasher = MinHasher(options: options) }

    init(hasher: MinHasher) { self.hasher = hasher }

    /// Fingerprints `articles`, in parallel for batches of 64 or more.
    public func prepare(_ articles: [Article]) -> [PreparedArticle] {
        let prints = Fingerprinter(hasher: hasher).fingerprints(articles.map(\.text))
        return zip(articles, prints).map { article, print in
            PreparedArticle(
                document: IndexedDocument(
                    id: article.id, outlet: article.outlet, agency: article.agency, published: article.published,
                    shingleCount: Int32(print.shingleCount), exactHash: print.exactHash),
                fingerprint: print, hasher: hasher)
        }
    }
}

/// Metadata the index keeps for one article.
struct IndexedDocument: Sendable, Hashable {
    var id: String
    var outlet: String?
    var agency: String?
    var published: Timestamp?
    var shingleCount: Int32
    var exactHash: UInt64

    enum CodingKeys: String, CodingKey {
        case id, outlet, agency, published
        case shingleCount = "shingles"
        case exactHash = "hash"
    }
}

/// A verified pair by document position.
struct StoredPair: Sendable, Hashable {
    var first: Int32
    var second: Int32
    var kind: DuplicatePair.Kind
    var jaccard: Double
    var containment: Double
}
