import ParallaxModel

/// Keeps the first article of each publication in a batch: an article's id is its text and source, so a repeat
/// is the same publication under another name (a copied file, a feed item seen twice). Each repeat gets a
/// warning naming the copy that was kept.
struct RepeatedTexts {
    private var seen: [String: String] = [:]

    /// Whether `article` is the first of its text; when it is not, appends the warning to `diagnostics`.
    mutating func admit(_ article: Article, diagnostics: inout [Diagnostic]) -> Bool {
        if let first = seen[article.id] {
            diagnostics.append(
                Diagnostic(
                    severity: .warning, path: article.path ?? article.id,
                    message: "same text as \(first); counted once."
                ))
            return false
        }
        seen[article.id] = article.path ?? article.id
        return true
    }
}
