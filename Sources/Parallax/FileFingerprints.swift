import Foundation
import ParallaxStore
import ParallaxText

/// Fingerprints of the files a store has ingested: a file read again with the same bytes is hashed and
/// skipped, never parsed (an ingest of files already stored reads, hashes and stops).
///
/// A fingerprint is the stable 64-bit hash of a file's bytes and length. It is recorded once the file's
/// articles are stored, and only for a file read without an error (a file too large, or unreadable, is tried
/// again and reported again).
enum FileFingerprints {
    /// Name of the set among a store's derived state.
    static let name = "ingested-files"

    /// The fingerprint of the file at `path`, read in 1 MiB pieces; nil when it cannot be read.
    static func of(path: String) -> UInt64? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var state = StableHash.offsetBasis
        var length: UInt64 = 0
        while true {
            let piece: Data?
            do { piece = try handle.read(upToCount: 1 << 20) } catch { return nil }
            guard let piece, !piece.isEmpty else { break }  // nil or empty: the end of the file
            length += UInt64(piece.count)
            piece.withUnsafeBytes { bytes in
                for byte in bytes { state = (state ^ UInt64(byte)) &* StableHash.prime }
            }
        }
        return StableHash.mix(state ^ length)
    }

    /// The set a store keeps (empty when it keeps none, or when what it keeps is damaged: it is only a
    /// shortcut, and without it files are parsed and their articles found stored).
    static func load(_ store: any ArticleStore) async throws -> Set<UInt64> {
        guard let data = try await store.derivedState(name), data.count % 8 == 0 else { return [] }
        var set = Set<UInt64>(minimumCapacity: data.count / 8)
        data.withUnsafeBytes { raw in
            for offset in stride(from: 0, to: raw.count, by: 8) {
                set.insert(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            }
        }
        return set
    }

    static func save(_ set: Set<UInt64>, to store: any ArticleStore) async throws {
        var data = Data(capacity: set.count * 8)
        for value in set.sorted() { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        try await store.saveDerivedState(name, data)
    }
}
