/// One change between two texts of an article, by paragraph: what `show ARTICLE` lists under each revision.
public enum RevisionEdit: Hashable, Sendable {
    /// A paragraph the newer text no longer has.
    case removed(String)
    /// A paragraph the newer text adds.
    case added(String)
    /// A paragraph the newer text keeps with some words changed, marked as a word diff: removed words between
    /// `[-` and `-]`, added ones between `{+` and `+}` ("At least [-12-]{+19+} people died").
    case reworded(String)

    /// The changes from `old` to `new`: each paragraph of `old` that `new` lacks is paired with the first
    /// unpaired new paragraph sharing at least half of its words (a corrected figure or name leaves most of a
    /// paragraph as it was) and shown reworded; the others are removed or added. In the texts' order, removals
    /// and rewordings first.
    public static func edits(from old: String, to new: String) -> [RevisionEdit] {
        let change = ArticleReport.changes(from: old, to: new)
        var unpaired = change.added
        var edits: [RevisionEdit] = []
        for paragraph in change.removed {
            let words = Set(paragraph.split(separator: " "))
            if let index = unpaired.firstIndex(where: { overlap(words, Set($0.split(separator: " "))) >= 0.5 }) {
                edits.append(.reworded(marked(from: paragraph, to: unpaired.remove(at: index))))
            } else {
                edits.append(.removed(paragraph))
            }
        }
        return edits + unpaired.map(RevisionEdit.added)
    }

    /// Shared words over the words of the larger paragraph.
    static func overlap(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return Double(a.intersection(b).count) / Double(max(a.count, b.count))
    }

    /// `new` with the words `old` had instead marked: a longest common subsequence of the two word lists
    /// keeps the shared words, the rest are runs of removed and added words.
    public static func marked(from old: String, to new: String) -> String {
        let a = old.split(separator: " ")
        let b = new.split(separator: " ")
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var out: [String] = []
        var removed: [Substring] = []
        var added: [Substring] = []
        func flush() {
            if !removed.isEmpty { out.append("[-" + removed.joined(separator: " ") + "-]") }
            if !added.isEmpty { out.append("{+" + added.joined(separator: " ") + "+}") }
            if !removed.isEmpty && !added.isEmpty { out[out.count - 2] += out.removeLast() }
            removed = []
            added = []
        }
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                out.append(String(a[i]))
                (i, j) = (i + 1, j + 1)
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                added.append(b[j])
                j += 1
            } else {
                removed.append(a[i])
                i += 1
            }
        }
        flush()
        return out.joined(separator: " ")
    }
}
