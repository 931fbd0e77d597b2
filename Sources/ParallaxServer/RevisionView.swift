import ParallaxModel
import ParallaxReport

/// One revision as the article page lists it: its dates and title, what it changed against the revision
/// before (paragraphs removed and added, reworded ones word by word), and, for an earlier one, its text.
struct RevisionView {
    /// Words of a change, one kind at a time (the template marks removed ones `<del>` and added ones `<ins>`).
    struct Run {
        var text: String
        var kept: Bool
        var removed: Bool
        var added: Bool

        init(_ run: RevisionEdit.WordRun) {
            text = run.text
            kept = run.kind == .kept
            removed = run.kind == .removed
            added = run.kind == .added
        }
    }

    /// One changed paragraph.
    struct Change {
        var runs: [Run]
    }

    var number: Int
    var current: Bool
    var dates: String
    var title: String?
    var hasChanges: Bool
    var changes: [Change]
    /// The text of an earlier revision, by paragraph; empty for the current one (the page shows it above).
    var paragraphs: [String]

    /// The views of an article's revisions (oldest first), each compared with the one before.
    static func views(_ revisions: [ArticleRevision]) -> [RevisionView] {
        revisions.enumerated().map { index, revision in
            var dates = revision.article.published.map { "published \($0)" } ?? "no publication time"
            if let fetched = revision.fetched { dates += " · fetched \(fetched)" }
            let edits =
                index == 0 ? [] : RevisionEdit.edits(from: revisions[index - 1].article.text, to: revision.article.text)
            let changes = edits.map { edit in
                switch edit {
                case .removed(let paragraph): Change(runs: [Run(RevisionEdit.WordRun(.removed, paragraph))])
                case .added(let paragraph): Change(runs: [Run(RevisionEdit.WordRun(.added, paragraph))])
                case .reworded(let runs): Change(runs: runs.map(Run.init))
                }
            }
            return RevisionView(
                number: revision.number, current: revision.isCurrent, dates: dates, title: revision.article.title,
                hasChanges: !changes.isEmpty, changes: changes,
                paragraphs: revision.isCurrent
                    ? []
                    : revision.article.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
        }
    }
}
