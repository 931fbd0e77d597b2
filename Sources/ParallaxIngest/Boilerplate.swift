import ParallaxText

/// Recognises the non-article text that scraped pages leave in plain-text copies.
///
/// Two kinds: *cut markers*, short lines after which everything is page furniture ("Must Read", "Related
/// stories", "Contact the writers at"), and *furniture lines* dropped wherever they stand ("Epaper_24-12-15
/// LHR", "Advertisement", "Share this article"). Both match only short standalone paragraphs, so an article's
/// own sentences are never removed.
enum Boilerplate {
    /// Folded short paragraphs after which the rest is not the article.
    static let cutMarkers: Set<String> = [
        "must read", "read more", "read also", "also read", "related", "related articles", "related stories",
        "related news", "related content", "recommended", "recommended for you", "more from", "more stories",
        "you may also like", "you might also like", "trending", "trending now", "most popular", "most read",
        "top stories", "latest news", "latest stories", "editor's picks", "more on this story", "see also",
        "what to read next", "popular now", "in case you missed it", "more news",
        // Comment sections and related-story blocks in the other languages the extractor reads. ("Read
        // also" is not here: in French, Italian or Spanish news it is an inline box and the article goes on.)
        "comments", "leave a reply", "leave a comment", "kommentare", "commentaires", "comentarios", "commenti",
        "comentários", "комментарии", "网友评论", "发表评论", "コメント", "التعليقات", "mehr zum thema",
        "sur le même sujet", "noticias relacionadas", "notizie correlate", "notícias relacionadas", "相关阅读",
        "相关新闻", "相关文章", "関連記事",
    ]

    /// Folded prefixes of paragraphs that end the article with everything after them.
    static let cutPrefixes: [String] = [
        "contact the writer", "contact the author", "contact the reporter", "contact us at", "copyright ©",
        "© copyright", "all rights reserved", "this story has been published from a wire agency feed",
        "follow us on", "subscribe to our newsletter", "sign up for our", "download our app",
    ]

    /// Folded prefixes of short paragraphs dropped wherever they stand.
    static let dropPrefixes: [String] = [
        // A line that opens with © is a copyright or photo credit ("© 2026 Riverside Media Ltd.", "© Reuters").
        "©", "epaper_", "e-paper", "epaper ", "advertisement", "share this", "share on", "click here",
        "tap here", "photo:", "image:", "file photo", "(photo", "[photo", "watch:", "listen:", "print",
        "email this", "scroll to continue", "story continues below", "continue reading", "skip to",
        // Chinese pages close with the editor on duty ("（责任编辑：王小明）"): staff, not the author.
        "责任编辑", "(责任编辑", "（责任编辑", "【责任编辑", "[责任编辑", "责编：", "责编:", "（责编", "(责编", "编辑：",
        "编辑:", "（编辑：", "(编辑:",
    ]

    /// Folded short lines dropped where they stand: inline "read also" boxes, whose links the extractor
    /// already drops, leave their heading behind in the article.
    static let dropLines: Set<String> = [
        "leggi anche", "lesen sie auch", "à lire aussi", "lire aussi", "a lire aussi", "lee también",
        "leia também", "veja também", "читайте также", "по теме", "اقرأ أيضا", "te puede interesar",
        "potrebbe interessarti anche", "auch interessant", "das könnte sie auch interessieren",
    ]

    /// Whether this paragraph starts page furniture that runs to the end.
    static func isCutMarker(_ paragraph: String) -> Bool {
        let folded = Folding.fold(paragraph.trimmingWhitespace())
        // "Kommentare (3)", "2 comentarios": a section's heading with its count.
        if folded.count <= 40, cutMarkers.contains(folded.trimmingCharacters(in: ":.-–—()[]0123456789 ")) {
            return true
        }
        return folded.count <= 200 && cutPrefixes.contains(where: { folded.hasPrefix($0) })
    }

    /// Whether this paragraph is furniture to drop.
    static func isFurniture(_ paragraph: String) -> Bool {
        let folded = Folding.fold(paragraph.trimmingWhitespace())
        guard folded.count <= 120 else { return false }
        if folded.count <= 40, dropLines.contains(folded.trimmingCharacters(in: ":.-–—")) { return true }
        return dropPrefixes.contains(where: { folded.hasPrefix($0) })
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s.removeFirst() }
        while let last = s.last, set.contains(last) { s.removeLast() }
        return String(s).trimmingWhitespace()
    }
}
