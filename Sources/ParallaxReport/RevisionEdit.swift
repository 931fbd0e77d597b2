/// One change between two texts of an article, by paragraph: what `show ARTICLE` and the article page list
/// under each revision.
public enum RevisionEdit: Hashable, Sendable {
    /// A paragraph the newer text no longer has.
    case removed(String)
    /// A paragraph the newer text adds.
    case added(String)
    /// A paragraph the newer text keeps with some words changed: its words in order, kept, removed and added.
    case reworded([WordRun])

    /// Words of a reworded paragraph that one text or both have.
    public struct WordRun: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case kept, removed, added
        }

        public var kind: Kind
        /// The words, separated by single spaces.
        public var text: String

        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

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
                edits.append(.reworded(runs(from: paragraph, to: unpaired.remove(at: index))))
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

    /// The words of `old` and `new` as runs: a longest common subsequence of the two word lists is kept, the
    /// rest are runs of removed and added words (a removed run before the added run that replaces it).
    public static func runs(from old: String, to new: String) -> [WordRun] {
        let a = old.split(separator: " ")
        let b = new.split(separator: " ")
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var runs: [WordRun] = []
        var removed: [Substring] = []
        var added: [Substring] = []
        func append(_ kind: WordRun.Kind, _ words: [Substring]) {
            guard !words.isEmpty else { return }
            if let last = runs.last, last.kind == kind {
                runs[runs.count - 1].text += " " + words.joined(separator: " ")
            } else {
                runs.append(WordRun(kind, words.joined(separator: " ")))
            }
        }
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                append(.removed, removed)
                append(.added, added)
                (removed, added) = ([], [])
                append(.kept, [a[i]])
                (i, j) = (i + 1, j + 1)
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                added.append(b[j])
                j += 1
            } else {
                removed.append(a[i])
                i += 1
            }
        }
        append(.removed, removed)
        append(.added, added)
        return runs
    }

    /// Runs as a terminal or Markdown line, marked as git's word diff: removed words between `[-` and `-]`, added
    /// ones between `{+` and `+}`, a replacement with no space between them ("At least [-12-]{+19+} people").
    public static func marked(_ runs: [WordRun]) -> String {
        var out = ""
        for (index, run) in runs.enumerated() {
            let replacing = run.kind == .added && index > 0 && runs[index - 1].kind == .removed
            if index > 0 && !replacing { out += " " }
            switch run.kind {
            case .kept: out += run.text
            case .removed: out += "[-" + run.text + "-]"
            case .added: out += "{+" + run.text + "+}"
            }
        }
        return out
    }
}
