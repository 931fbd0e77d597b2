/// What an element's `class` and `id` say about it: substrings matched in one pass over the bytes.
///
/// The lists follow what boilerplate looks like in markup across news sites (share bars, related lists,
/// cookie banners, newsletters, comments, captions, bylines) and what article containers are called
/// (`article-body`, `story`, `content`, `entry`, `post`). Substrings, not whole words, because class names
/// glue words together (`relatedPosts`, `sharebar`, `c-article-content`).
struct ClassHints: OptionSet {
    let rawValue: UInt8

    /// Looks like article content ("article", "body", "content", "story", "entry", "post", "text", "main").
    static let positive = ClassHints(rawValue: 1)
    /// Lowers a container's score (comments, footers, meta, tools, widgets).
    static let negative = ClassHints(rawValue: 2)
    /// Boilerplate to remove unless the element also looks like content (Readability's "unlikely").
    static let unlikely = ClassHints(rawValue: 4)
    /// Boilerplate to remove even when the name also says "article" ("article-share", "story-related").
    static let furniture = ClassHints(rawValue: 8)
    /// A caption or credit.
    static let caption = ClassHints(rawValue: 16)
    /// A byline or author box.
    static let byline = ClassHints(rawValue: 32)

    private static let patterns: [(String, ClassHints)] = [
        ("article", .positive), ("body", .positive), ("content", .positive), ("entry", .positive),
        ("story", .positive), ("post", .positive), ("text", .positive), ("main", .positive), ("blog", .positive),
        ("column", .positive), ("page", .positive), ("prose", .positive),
        ("comment", [.negative, .unlikely, .furniture]), ("disqus", [.negative, .unlikely, .furniture]),
        ("footer", [.negative, .unlikely]), ("foot", .negative), ("footnote", .negative),
        ("masthead", [.negative, .unlikely]), ("meta", .negative), ("tool", .negative),
        ("widget", [.negative, .unlikely]),
        ("sidebar", [.negative, .unlikely, .furniture]), ("banner", [.negative, .unlikely]),
        ("breadcrumb", [.negative, .unlikely, .furniture]), ("combx", [.negative, .unlikely]),
        ("community", .unlikely), ("extra", .unlikely), ("header", .unlikely), ("menu", [.negative, .unlikely]),
        ("navbar", [.negative, .unlikely, .furniture]), ("pagination", [.negative, .unlikely]),
        ("pager", .unlikely), ("popup", [.negative, .unlikely, .furniture]),
        ("modal", [.negative, .unlikely, .furniture]),
        ("related", [.negative, .unlikely, .furniture]), ("recommend", [.negative, .unlikely, .furniture]),
        ("remark", .unlikely), ("replies", .unlikely), ("rss", .unlikely),
        ("share", [.negative, .unlikely, .furniture]), ("sharing", [.negative, .unlikely, .furniture]),
        ("social", [.negative, .unlikely, .furniture]), ("shoutbox", [.negative, .unlikely]),
        ("skyscraper", [.negative, .unlikely]), ("sponsor", [.negative, .unlikely, .furniture]),
        ("supplemental", .unlikely), ("ad-break", [.negative, .unlikely]), ("agegate", .unlikely),
        ("-ad-", [.negative, .unlikely]), ("advert", [.negative, .unlikely, .furniture]),
        ("promo", [.negative, .unlikely, .furniture]), ("outbrain", [.negative, .unlikely, .furniture]),
        ("taboola", [.negative, .unlikely, .furniture]), ("newsletter", [.negative, .unlikely, .furniture]),
        ("subscri", [.negative, .unlikely]), ("signup", [.negative, .unlikely, .furniture]),
        ("cookie", [.negative, .unlikely, .furniture]), ("consent", [.negative, .unlikely, .furniture]),
        ("gdpr", [.negative, .unlikely, .furniture]), ("trending", [.negative, .unlikely, .furniture]),
        ("most-popular", [.negative, .unlikely, .furniture]), ("mostpopular", [.negative, .unlikely, .furniture]),
        ("most-read", [.negative, .unlikely, .furniture]), ("more-stories", [.negative, .unlikely, .furniture]),
        ("read-more", [.negative, .unlikely]), ("readmore", [.negative, .unlikely]),
        ("recirc", [.negative, .unlikely, .furniture]),
        ("caption", [.negative, .caption]), ("credit", [.negative, .caption]),
        ("byline", [.negative, .byline]), ("author", .byline), ("dateline", .negative),
        ("print", .negative), ("hidden", .negative), ("tags", [.negative, .unlikely]), ("topics", .negative),
        ("toolbar", [.negative, .unlikely, .furniture]), ("skip", [.negative, .unlikely]),
        ("nav", [.negative, .unlikely]), ("legends", .unlikely), ("ai2html", .unlikely),
        ("login", [.negative, .unlikely]), ("paywall", [.negative]), ("inline-ad", [.negative, .unlikely, .furniture]),
        // Forum furniture: a poster's signature repeats under every post. An overlay sits on top of the page
        // (newsletter and app pop-ups), not in it.
        ("signature", [.negative, .unlikely, .furniture]), ("overlay", [.negative, .unlikely]),
        // The same names in the languages the extractor reads (class names are often the site's language):
        // comment sections, footers, sidebars, ads, share bars; content containers.
        ("kommentar", [.negative, .unlikely, .furniture]), ("komentar", [.negative, .unlikely, .furniture]),
        ("comentario", [.negative, .unlikely, .furniture]), ("reactie", [.negative, .unlikely, .furniture]),
        ("respond", [.negative, .unlikely, .furniture]),
        ("pied", [.negative, .unlikely]), ("fusszeile", [.negative, .unlikely]), ("rodape", [.negative, .unlikely]),
        ("pie-de-pagina", [.negative, .unlikely]), ("lateral", [.negative, .unlikely]),
        ("werbung", [.negative, .unlikely, .furniture]), ("anzeige", [.negative, .unlikely]),
        ("publicidad", [.negative, .unlikely, .furniture]), ("publicite", [.negative, .unlikely, .furniture]),
        ("pubblicita", [.negative, .unlikely, .furniture]), ("reklam", [.negative, .unlikely, .furniture]),
        ("partage", [.negative, .unlikely, .furniture]), ("compartir", [.negative, .unlikely, .furniture]),
        ("condividi", [.negative, .unlikely, .furniture]), ("teilen", [.negative, .unlikely]),
        ("contenu", .positive), ("inhalt", .positive), ("contenido", .positive), ("conteudo", .positive),
        ("contenuto", .positive), ("artikel", .positive), ("articulo", .positive), ("artigo", .positive),
        ("articolo", .positive), ("beitrag", .positive),
    ]

    /// Patterns by first byte, for a single scan.
    private static let byFirstByte: [[(ContiguousArray<UInt8>, ClassHints)]] = {
        var table = [[(ContiguousArray<UInt8>, ClassHints)]](repeating: [], count: 256)
        for (pattern, hints) in patterns {
            let bytes = ContiguousArray(pattern.utf8)
            table[Int(bytes[0])].append((bytes, hints))
        }
        return table
    }()

    /// The hints in lowercased `class` and `id` bytes.
    static func of(_ bytes: ContiguousArray<UInt8>) -> ClassHints {
        var found: ClassHints = []
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0..<count {
                let candidates = byFirstByte[Int(buffer[start])]
                if candidates.isEmpty { continue }
                for (pattern, hints) in candidates where pattern.count <= count - start {
                    var match = true
                    var k = 1
                    while k < pattern.count {
                        if buffer[start + k] != pattern[k] {
                            match = false
                            break
                        }
                        k += 1
                    }
                    if match { found.formUnion(hints) }
                }
            }
        }
        return found
    }
}
