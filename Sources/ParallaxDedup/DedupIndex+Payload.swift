import ParallaxModel
import ParallaxText

/// The payload of a ``DedupRecord``: version, metadata (id, outlet, agency, publication time, shingle count,
/// exact hash), then the signature (fixed 32-bit), the Elias–Fano code of the shingle set and the paragraph
/// hashes (fixed 64-bit), then the pairs found when the article was indexed (partner sequence, kind, Jaccard,
/// containment). About 2.5 KB for a 600-word article with exact verification.
extension DedupIndex {
    func payload(of position: Int32, pairs: [StoredPair]) -> [UInt8] {
        let p = Int(position)
        let document = documents[p]
        var out = ByteWriter()
        out.integer(Self.recordFormat)
        out.string(document.id)
        for optional in [document.outlet, document.agency, document.published?.description] {
            out.integer(optional == nil ? 0 : 1)
            if let optional { out.string(optional) }
        }
        out.integer(UInt64(document.shingleCount))
        out.fixed(document.exactHash)
        let k = hasher.permutations
        signatures.withElements(p * k, (p + 1) * k) { for value in $0 { out.fixed(value) } }
        out.integer(UInt64(shingleOffsets[p + 1] - shingleOffsets[p]))
        shingles.withElements(shingleOffsets[p], shingleOffsets[p + 1]) { for word in $0 { out.fixed(word) } }
        out.integer(UInt64(paragraphOffsets[p + 1] - paragraphOffsets[p]))
        for hash in paragraphs[paragraphOffsets[p]..<paragraphOffsets[p + 1]] { out.fixed(hash) }
        out.integer(UInt64(pairs.count))
        for pair in pairs {
            out.integer(UInt64(sequences[Int(pair.first)]))
            out.integer(pair.kind == .exact ? 0 : pair.kind == .near ? 1 : 2)
            out.fixed(pair.jaccard.bitPattern)
            out.fixed(pair.containment.bitPattern)
        }
        return out.bytes
    }

    /// Reads a payload ``payload(of:pairs:)`` wrote; nil when it is damaged or of another version.
    static func decodePayload(_ bytes: [UInt8], permutations: Int) -> (
        document: IndexedDocument, print: Fingerprint, pairs: [RecordPair]
    )? {
        var input = ByteReader(bytes)
        guard input.integer() == recordFormat, let id = input.string() else { return nil }
        var optionals: [String?] = []
        for _ in 0..<3 {
            guard let present = input.integer(), present <= 1 else { return nil }
            if present == 1 {
                guard let value = input.string() else { return nil }
                optionals.append(value)
            } else {
                optionals.append(nil)
            }
        }
        guard let shingleCount = input.integer(), shingleCount <= Int32.max, let exactHash = input.fixed(UInt64.self)
        else { return nil }
        var signature = ContiguousArray<UInt32>()
        signature.reserveCapacity(permutations)
        for _ in 0..<permutations {
            guard let value = input.fixed(UInt32.self) else { return nil }
            signature.append(value)
        }
        guard let code = fixedArray(UInt64.self, &input, limit: bytes.count),
            let paragraphs = fixedArray(UInt64.self, &input, limit: bytes.count),
            let pairCount = input.integer(), pairCount <= bytes.count
        else { return nil }
        var pairs: [RecordPair] = []
        for _ in 0..<pairCount {
            guard let partner = input.integer(), partner <= Int.max, let kind = input.integer(), kind <= 2,
                let jaccard = input.fixed(UInt64.self), let containment = input.fixed(UInt64.self)
            else { return nil }
            pairs.append(
                RecordPair(
                    partner: Int(partner), kind: kind == 0 ? .exact : kind == 1 ? .near : .contained,
                    jaccard: Double(bitPattern: jaccard), containment: Double(bitPattern: containment)))
        }
        guard input.atEnd else { return nil }
        let published: Timestamp? = optionals[2].flatMap(Timestamp.init(iso:))
        guard (optionals[2] == nil) == (published == nil) else { return nil }
        let document = IndexedDocument(
            id: id, outlet: optionals[0], agency: optionals[1], published: published,
            shingleCount: Int32(shingleCount), exactHash: exactHash)
        let print = Fingerprint(
            exactHash: exactHash, shingleCount: Int(shingleCount), shingleCode: code, signature: signature,
            paragraphs: paragraphs)
        return (document, print, pairs)
    }

    private static func fixedArray<T: FixedWidthInteger>(
        _ type: T.Type, _ input: inout ByteReader, limit: Int
    ) -> ContiguousArray<T>? {
        guard let count = input.integer(), count <= limit else { return nil }
        var values = ContiguousArray<T>()
        values.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let value = input.fixed(T.self) else { return nil }
            values.append(value)
        }
        return values
    }
}
