import Foundation
import ParallaxModel

/// The persisted form: options, article metadata and pairs as JSON values; signatures, shingle sets, paragraph
/// hashes and pair positions as little-endian packed integers (base64 in JSON). About 0.5 KB of signature and
/// 4 bytes per distinct shingle an article, ~2.5 KB for a 600-word article with exact verification (in memory
/// the shingle sets are Elias–Fano coded, about 3.2 bytes a shingle).
extension DedupIndex: Codable {
    /// Version of the persisted layout.
    static let format = 1

    private enum CodingKeys: String, CodingKey {
        case format, options, documents, signatures, shingles, paragraphCounts, paragraphs, pairs
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.format, forKey: .format)
        try container.encode(options, forKey: .options)
        try container.encode(documents, forKey: .documents)
        try container.encode(Packing.pack(signatures.flattened), forKey: .signatures)
        var shingleValues = ContiguousArray<UInt32>()
        for position in documents.indices { shingleValues += shingleSet(Int32(position)) }
        try container.encode(Packing.pack(shingleValues), forKey: .shingles)
        let counts = (0..<documents.count).map { UInt32(paragraphOffsets[$0 + 1] - paragraphOffsets[$0]) }
        try container.encode(Packing.pack(counts), forKey: .paragraphCounts)
        try container.encode(Packing.pack(paragraphs), forKey: .paragraphs)
        var packedPairs: [UInt64] = []
        packedPairs.reserveCapacity(storedPairs.count * 4)
        for pair in storedPairs {
            packedPairs.append(UInt64(UInt32(pair.first)) | UInt64(UInt32(pair.second)) << 32)
            packedPairs.append(pair.kind == .exact ? 0 : pair.kind == .near ? 1 : 2)
            packedPairs.append(pair.jaccard.bitPattern)
            packedPairs.append(pair.containment.bitPattern)
        }
        try container.encode(Packing.pack(packedPairs), forKey: .pairs)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func corrupt(_ message: String) -> DecodingError {
            DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: message))
        }
        let format = try container.decode(Int.self, forKey: .format)
        guard format == Self.format else { throw corrupt("dedup index format \(format) is not supported.") }
        self.init(options: try container.decode(DedupOptions.self, forKey: .options))
        let documents = try container.decode([IndexedDocument].self, forKey: .documents)
        guard
            let signatures: ContiguousArray<UInt32> = Packing.unpack(
                try container.decode(Data.self, forKey: .signatures)),
            signatures.count == documents.count * hasher.permutations
        else { throw corrupt("dedup index signatures do not match its \(documents.count) articles.") }
        guard
            let shingles: ContiguousArray<UInt32> = Packing.unpack(try container.decode(Data.self, forKey: .shingles)),
            let paragraphCounts: ContiguousArray<UInt32> = Packing.unpack(
                try container.decode(Data.self, forKey: .paragraphCounts)),
            let paragraphs: ContiguousArray<UInt64> = Packing.unpack(
                try container.decode(Data.self, forKey: .paragraphs)),
            let packedPairs: ContiguousArray<UInt64> = Packing.unpack(try container.decode(Data.self, forKey: .pairs)),
            paragraphCounts.count == documents.count, packedPairs.count % 4 == 0
        else { throw corrupt("dedup index arrays are truncated.") }
        let shingleTotal = options.verification == .exact ? documents.reduce(0) { $0 + Int($1.shingleCount) } : 0
        guard documents.allSatisfy({ $0.shingleCount >= 0 }), shingles.count == shingleTotal,
            paragraphs.count == paragraphCounts.reduce(0, { $0 + Int($1) })
        else {
            throw corrupt("dedup index shingle or paragraph counts do not add up.")
        }

        self.signatures.appendBlock([signatures])
        var codes = ContiguousArray<UInt64>()
        var start = 0
        try shingles.withUnsafeBufferPointer { values in
            for document in documents where options.verification == .exact {
                let count = Int(document.shingleCount)
                let set = UnsafeBufferPointer(rebasing: values[start..<(start + count)])
                guard EliasFano.isStrictlyIncreasing(set) else {
                    throw corrupt("dedup index shingles of \(document.id) are not sorted.")
                }
                let before = codes.count
                EliasFano.encode(set, into: &codes)
                shingleOffsets.append(shingleOffsets[shingleOffsets.count - 1] + codes.count - before)
                start += count
            }
        }
        self.shingles.appendBlock([codes])
        self.paragraphs = paragraphs
        self.documents = documents
        sequences = ContiguousArray(documents.indices)
        nextSequence = documents.count
        let bands = banding.bands
        chains = ContiguousArray(repeating: -1, count: documents.count * bands)
        visits = ContiguousArray(repeating: -1, count: documents.count)
        for band in buckets.indices { buckets[band].reserve(documents.count) }
        var keys = ContiguousArray<UInt64>(repeating: 0, count: bands)
        for (offset, document) in documents.enumerated() {
            let position = Int32(offset)
            positions[document.id] = position
            if options.verification != .exact { shingleOffsets.append(0) }
            paragraphOffsets.append(paragraphOffsets[offset] + Int(paragraphCounts[offset]))
            components.append()
            guard document.exactHash != 0 else { continue }
            bandKeys(of: position, into: &keys)
            insert(position, keys: keys)
        }
        var pairs: [StoredPair] = []
        pairs.reserveCapacity(packedPairs.count / 4)
        for start in stride(from: 0, to: packedPairs.count, by: 4) {
            let first = Int32(bitPattern: UInt32(truncatingIfNeeded: packedPairs[start]))
            let second = Int32(bitPattern: UInt32(truncatingIfNeeded: packedPairs[start] >> 32))
            guard first >= 0, second >= 0, Int(first) < documents.count, Int(second) < documents.count else {
                throw corrupt("dedup index pair \(start / 4) names an article it does not hold.")
            }
            let kindCode = packedPairs[start + 1]
            let kind: DuplicatePair.Kind = kindCode == 0 ? .exact : kindCode == 1 ? .near : .contained
            pairs.append(
                StoredPair(
                    first: first, second: second, kind: kind, jaccard: Double(bitPattern: packedPairs[start + 2]),
                    containment: Double(bitPattern: packedPairs[start + 3])))
            components.union(first, second)
        }
        storedPairs = pairs
    }
}

/// Little-endian packing of integer arrays into `Data`.
enum Packing {
    static func pack<T: FixedWidthInteger>(_ values: some Collection<T>) -> Data {
        var data = Data(capacity: values.count * MemoryLayout<T>.size)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func unpack<T: FixedWidthInteger>(_ data: Data) -> ContiguousArray<T>? {
        let size = MemoryLayout<T>.size
        guard data.count % size == 0 else { return nil }
        var result = ContiguousArray<T>(repeating: 0, count: data.count / size)
        result.withUnsafeMutableBytes { target in _ = data.copyBytes(to: target) }
        for i in result.indices { result[i] = T(littleEndian: result[i]) }
        return result
    }
}
