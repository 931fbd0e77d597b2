import ParallaxModel

/// The near-duplicate records of a ``MemoryStore``, with the lookups a SQL store makes by index.
struct MemoryDedupRecords: Sendable {
    private var bySequence: [Int: DedupRecord] = [:]
    private var sequenceOf: [String: Int] = [:]
    private var band: [UInt64: Set<Int>] = [:]
    private var component: [Int: Set<Int>] = [:]

    var count: Int { bySequence.count }

    func records(bandKeys: [UInt64]) -> [DedupRecord] {
        ordered(Set(bandKeys.flatMap { band[$0] ?? [] }))
    }

    func records(articleIds: [String]) -> [DedupRecord] { ordered(Set(articleIds.compactMap { sequenceOf[$0] })) }

    func records(components: [Int]) -> [DedupRecord] { ordered(Set(components.flatMap { component[$0] ?? [] })) }

    private func ordered(_ sequences: Set<Int>) -> [DedupRecord] { sequences.sorted().compactMap { bySequence[$0] } }

    /// Inserts new records; a stored one only takes the new component.
    mutating func save(_ records: [DedupRecord]) {
        for record in records {
            if var stored = bySequence[record.sequence] {
                component[stored.component]?.remove(stored.sequence)
                stored.component = record.component
                bySequence[record.sequence] = stored
            } else {
                bySequence[record.sequence] = record
                sequenceOf[record.articleId] = record.sequence
                for key in record.bandKeys { band[key, default: []].insert(record.sequence) }
            }
            component[record.component, default: []].insert(record.sequence)
        }
    }
}
