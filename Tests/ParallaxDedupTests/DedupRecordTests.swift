import ParallaxDedup
import ParallaxModel
import Testing

/// The index kept as a store's rows: articles added one at a time, each time through an index loaded from only
/// the records that share a band key with it and their copy groups, find what one index of them all finds.
struct DedupRecordTests {
    /// A store's records, as `ArticleStore` keeps them: a stored record only takes a new component.
    struct Rows {
        var records: [Int: DedupRecord] = [:]

        mutating func save(_ changed: [DedupRecord]) {
            for record in changed {
                if var stored = records[record.sequence] {
                    stored.component = record.component
                    records[record.sequence] = stored
                } else {
                    records[record.sequence] = record
                }
            }
        }

        func sharing(_ keys: [UInt64]) -> [DedupRecord] {
            let wanted = Set(keys)
            return records.values.filter { !wanted.isDisjoint(with: $0.bandKeys) }
        }

        func inComponents(_ components: Set<Int>) -> [DedupRecord] {
            records.values.filter { components.contains($0.component) }
        }
    }

    /// Adds each article through a partial index, as an incremental ingest does.
    func addOneByOne(_ articles: [Article], options: DedupOptions) throws -> Rows {
        var rows = Rows()
        for article in articles {
            let probe = DedupIndex(options: options)
            let prepared = probe.prepare([article])
            var loaded = rows.sharing(probe.bandKeys(of: prepared))
            loaded += rows.inComponents(Set(loaded.map(\.component)))
            var index = try #require(DedupIndex(options: options, records: loaded, nextSequence: rows.records.count))
            index.add(prepared: prepared)
            rows.save(index.changedRecords())
        }
        return rows
    }

    @Test(arguments: DedupOptions.Verification.allCases)
    func addingThroughRecordsEqualsOneIndex(verification: DedupOptions.Verification) throws {
        let articles = Stories.families
        let options = DedupOptions(verification: verification)
        let batch = DuplicateDetector(options: options).index(articles)
        let rows = try addOneByOne(articles, options: options)
        #expect(rows.records.keys.sorted() == Array(articles.indices))
        let whole = try #require(
            DedupIndex(options: options, records: Array(rows.records.values), nextSequence: articles.count))
        #expect(whole.pairs() == batch.pairs())
        #expect(whole.groups() == batch.groups())
        // One copy group's records alone give that group.
        let wire = try #require(rows.records.values.first { $0.articleId == "w1" })
        let part = try #require(
            DedupIndex(options: options, records: rows.inComponents([wire.component]), nextSequence: articles.count))
        #expect(part.groups() == batch.groups().filter { $0.articleIds.contains("w1") })
        #expect(rows.inComponents([wire.component]).count == 4)
    }

    @Test func damagedOrPartialRecordsAreRefused() throws {
        let rows = try addOneByOne(Stories.families, options: DedupOptions())
        var damaged = rows.records.values.sorted { $0.sequence < $1.sequence }
        damaged[0].payload.removeLast()
        #expect(DedupIndex(options: DedupOptions(), records: damaged, nextSequence: damaged.count) == nil)
        // A copy whose earlier partner is missing: its group cannot be made whole.
        let copy = try #require(rows.records.values.first { $0.articleId == "w2" })
        #expect(DedupIndex(options: DedupOptions(), records: [copy], nextSequence: damaged.count) == nil)
    }
}
