import ParallaxModel
import ParallaxText

/// The index as a store's rows (``DedupRecord``): one per article, found by its band keys, so that an ingest
/// loads only the articles its new ones may copy and their copy groups (``init(options:records:nextSequence:)``)
/// and saves only what changed (``changedRecords()``).
///
/// Adding articles to an index loaded from the records that share a band key with them, closed over their copy
/// groups, finds the same pairs and groups as adding them to the whole index: the candidates of a new article are
/// exactly the indexed articles sharing a band with it, and a group is the connected component of the pairs
/// of its members, which the closure holds whole.
extension DedupIndex {
    /// Layout version, first in a payload.
    static let recordFormat: UInt64 = 1

    /// Loads an index from some of a store's records (in any order, repeats ignored; each group whose member is
    /// among them must be there whole, or its pairs name an article missing and nil is returned); articles added
    /// to it take sequences from `nextSequence` on. Nil also when a payload is damaged or of another version.
    public init?(options: DedupOptions, records: [DedupRecord], nextSequence: Int) {
        self.init(options: options)
        var pending: [(position: Int32, pairs: [RecordPair])] = []
        var prints: [Fingerprint] = []
        var loaded: [(IndexedDocument, sequence: Int, component: Int)] = []
        for record in records.sorted(by: { $0.sequence < $1.sequence }) {
            if loaded.last?.sequence == record.sequence { continue }  // the same record read twice
            guard let decoded = Self.decodePayload(record.payload, permutations: hasher.permutations),
                decoded.document.id == record.articleId
            else { return nil }
            prints.append(decoded.print)
            loaded.append((decoded.document, record.sequence, record.component))
            pending.append((Int32(loaded.count - 1), decoded.pairs))
        }
        reserve(adding: loaded.count)
        signatures.appendBlock(prints.map(\.signature))
        if options.verification == .exact { shingles.appendBlock(prints.map(\.shingleCode)) }
        var keys = ContiguousArray<UInt64>(repeating: 0, count: banding.bands)
        for ((document, sequence, component), print) in zip(loaded, prints) {
            self.nextSequence = sequence
            let position = append(document, print)
            storedComponents.append(component)
            guard print.exactHash != 0 else { continue }
            bandKeys(of: position, into: &keys)
            insert(position, keys: keys)
        }
        self.nextSequence = max(nextSequence, (loaded.last?.sequence ?? -1) + 1)
        let positionOf = Dictionary(uniqueKeysWithValues: sequences.enumerated().map { ($1, Int32($0)) })
        for (position, pairs) in pending {
            for pair in pairs {
                guard let partner = positionOf[pair.partner], partner < position else { return nil }
                storedPairs.append(
                    StoredPair(
                        first: partner, second: position, kind: pair.kind, jaccard: pair.jaccard,
                        containment: pair.containment))
                components.union(partner, position)
            }
        }
    }

    /// The band keys of articles prepared for this index: the keys to look a store's records up by before
    /// adding them (an article without words has none).
    public func bandKeys(of articles: [PreparedArticle]) -> [UInt64] {
        var keys = ContiguousArray<UInt64>(repeating: 0, count: banding.bands)
        var result: [UInt64] = []
        for article in articles where article.fingerprint.exactHash != 0 {
            Self.bandKeys(of: article.fingerprint.signature, banding: banding, into: &keys)
            result += keys
        }
        return result
    }

    /// Records of the articles indexed since the index was made or loaded, and of loaded articles whose copy
    /// group changed (their ``DedupRecord/component``), in sequence order.
    public func changedRecords() -> [DedupRecord] {
        let component = componentSequences()
        var pairsOf: [Int32: [StoredPair]] = [:]
        for pair in storedPairs where Int(pair.second) >= storedComponents.count {
            pairsOf[pair.second, default: []].append(pair)
        }
        var keys = ContiguousArray<UInt64>(repeating: 0, count: banding.bands)
        var records: [DedupRecord] = []
        for position in documents.indices {
            let loaded = position < storedComponents.count
            guard !loaded || storedComponents[position] != component[position] else { continue }
            let document = documents[position]
            var bandKeys: [UInt64] = []
            if document.exactHash != 0 {
                self.bandKeys(of: Int32(position), into: &keys)
                bandKeys = Array(keys)
            }
            records.append(
                DedupRecord(
                    articleId: document.id, sequence: sequences[position], component: component[position],
                    bandKeys: bandKeys, payload: payload(of: Int32(position), pairs: pairsOf[Int32(position)] ?? [])))
        }
        return records
    }

    /// The ``DedupRecord/component`` of every position: the smallest sequence in its copy group.
    func componentSequences() -> [Int] {
        var result = Array(sequences)
        for members in components.members.values {
            let smallest = members.map { sequences[Int($0)] }.min()!
            for member in members { result[Int(member)] = smallest }
        }
        return result
    }

    /// A pair as a record keeps it: the earlier-indexed article by sequence.
    struct RecordPair {
        var partner: Int
        var kind: DuplicatePair.Kind
        var jaccard: Double
        var containment: Double
    }
}
