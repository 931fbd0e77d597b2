/// Finds the article's body in a flattened page.
///
/// 1. *Furniture removal*: navigation, asides, footers, headers, forms, figures and elements whose class or id
///    names boilerplate (share bars, related lists, cookie notices, newsletters, comments, captions, bylines)
///    are removed, unless they hold at least half of the page's paragraph text (a `<header>` or a
///    `<form>` that wraps the whole article) or are marked `itemprop=articleBody`.
/// 2. *Scoring*: every paragraph of 25+ characters gives its container `1 + commas + min(chars / 100, 3)`
///    points, half to the grandparent and a third or less further up; containers start from a weight for
///    their tag and class hints, and their score is scaled by `1 − link density`.
/// 3. *Selection*: the best container, moved up to a parent that scores as well, plus siblings that score
///    at least a fifth of it or are plain prose paragraphs.
/// 4. *Output*: the blocks inside the selection in document order, without captions, link lists, bylines
///    and boilerplate lines.
/// 5. *Short pages*: when the selection shows under 200 bytes, the densest block (the element holding 70%
///    of the page's unlinked text, see `orDensestBlock`) replaces it if it holds more than twice as much:
///    lists, tables, definitions and short lines are a main text too.
///
/// Consent notices are removed with the furniture (``ConsentNotice``). Elements nested past the depth limit
/// arrive flattened into their ancestor at the limit (``HTMLTree``), so their text is still there.
///
/// The thresholds are Readability's where it has one (25 characters, link density 0.25/0.5, the sibling
/// fifth); the others were tuned on the article-extraction benchmark (Benchmarks/extraction) and checked on
/// the main-content development set of other page kinds and languages (Benchmarks/main-content).
struct MainContent {
    let tree: HTMLTree
    var removed: [Bool]
    var characters: [Int32]
    var links: [Int32]
    var paragraphCharacters: [Int32]
    var scores: [Double]
    var scored: [Bool]

    init(tree: HTMLTree) {
        self.tree = tree
        let n = tree.elements.count
        removed = [Bool](repeating: false, count: n)
        characters = [Int32](repeating: 0, count: n)
        links = [Int32](repeating: 0, count: n)
        paragraphCharacters = [Int32](repeating: 0, count: n)
        scores = [Double](repeating: 0, count: n)
        scored = [Bool](repeating: false, count: n)
    }

    /// The article's paragraphs, in order.
    static func paragraphs(in tree: HTMLTree) -> [String] {
        guard !tree.elements.isEmpty else { return [] }
        var content = MainContent(tree: tree)
        return content.run()
    }

    /// Every block of a fragment that is known to be the article (a feed item's content), in order: only
    /// furniture (share bars, captions, scripts) and link lists are dropped.
    static func allParagraphs(in tree: HTMLTree) -> [String] {
        guard !tree.elements.isEmpty else { return [] }
        var content = MainContent(tree: tree)
        content.aggregate(skippingRemoved: false)
        content.markRemoved()
        return tree.blocks.compactMap { block in
            content.removed[Int(block.element)] ? nil : content.keep(block)
        }
    }

    private mutating func run() -> [String] {
        aggregate(skippingRemoved: false)
        markRemoved()
        aggregate(skippingRemoved: true)
        score()
        guard let best = bestCandidate() else { return orDensestBlock(fallback()) }
        let top = widened(best)
        let selection = selectSiblings(of: top)
        let output = collect(selection)
        if output.reduce(0, { $0 + $1.utf8.count }) < 100 {
            let alternative = fallback()
            if alternative.reduce(0, { $0 + $1.utf8.count }) > 400 { return alternative }
        }
        return orDensestBlock(output)
    }

    // MARK: Aggregates

    private func isProse(_ block: HTMLTree.Block) -> Bool {
        block.characters >= 25 && block.linkCharacters * 2 < block.characters
            && tree.elements[Int(block.element)].tag.headingLevel == 0
    }

    private mutating func aggregate(skippingRemoved: Bool) {
        for i in characters.indices {
            characters[i] = 0
            links[i] = 0
            paragraphCharacters[i] = 0
        }
        for block in tree.blocks {
            if skippingRemoved && removed[Int(block.element)] { continue }
            let prose = isProse(block)
            var e = block.element
            while e >= 0 {
                let i = Int(e)
                characters[i] += block.characters
                links[i] += block.linkCharacters
                if prose { paragraphCharacters[i] += block.characters }
                e = tree.elements[i].parent
            }
        }
    }

    private var totalParagraphCharacters: Int32 {
        var total: Int32 = 0
        for (i, element) in tree.elements.enumerated() where element.parent < 0 { total += paragraphCharacters[i] }
        return total
    }

    // MARK: Removal

    private mutating func markRemoved() {
        let total = totalParagraphCharacters
        let text = totalUnlinkedCharacters
        markConsentNotices()
        for i in tree.elements.indices {
            let element = tree.elements[i]
            if element.parent >= 0 && removed[Int(element.parent)] {
                removed[i] = true
                continue
            }
            guard isFurniture(element) else { continue }
            if element.isArticleBody { continue }
            // Holds most of the article: a wrapper, not furniture.
            if holdsMostOfThePage(i, paragraphs: total, text: text) { continue }
            removed[i] = true
        }
    }

    /// Whether a furniture element is really a wrapper of the article (a `<header>` or an ASP.NET `<form>`
    /// around the whole page): it holds most of the page's paragraph text and two thirds of all its unlinked
    /// text. The second test keeps a footer's one copyright line, the only "paragraph" of a page whose text is
    /// a table or short lines, from passing for the article.
    private func holdsMostOfThePage(_ i: Int, paragraphs total: Int32, text: Int32) -> Bool {
        guard total > 0, (characters[i] - links[i]) * 3 >= text * 2 else { return false }
        if paragraphCharacters[i] * 2 >= total && !tree.elements[i].hints.contains(.furniture) { return true }
        return paragraphCharacters[i] * 10 >= total * 8
    }

    private var totalUnlinkedCharacters: Int32 {
        var total: Int32 = 0
        for (i, element) in tree.elements.enumerated() where element.parent < 0 { total += characters[i] - links[i] }
        return total
    }

    private func isFurniture(_ element: HTMLTree.Element) -> Bool {
        switch element.tag {
        case .html, .body, .a: return false
        case .nav, .aside, .footer, .header, .form, .figure, .figcaption, .caption, .menu, .fieldset, .legend,
            .address, .details:
            return true
        default: break
        }
        if element.isLandmarkFurniture { return true }
        let hints = element.hints
        if hints.contains(.furniture) { return true }
        if hints.contains(.unlikely) && !hints.contains(.positive) { return true }
        if hints.contains(.caption) || hints.contains(.byline), !hints.contains(.positive) { return true }
        return false
    }

    // MARK: Scoring

    private func initialScore(_ element: HTMLTree.Element) -> Double {
        var score: Double
        switch element.tag {
        case .div, .article, .main, .section: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        if element.hints.contains(.positive) { score += 25 }
        if element.hints.contains(.negative) { score -= 25 }
        if element.isArticleBody { score += 50 }
        if element.tag == .article { score += 10 }
        return score
    }

    private mutating func score() {
        for block in tree.blocks {
            let owner = Int(block.element)
            guard !removed[owner], isProse(block) else { continue }
            let tag = tree.elements[owner].tag
            if tag == .figcaption || tag == .caption { continue }
            let contentScore = 1 + Double(block.commas) + min(Double(block.characters) / 100, 3)
            var e = tag.isParagraphLike ? tree.elements[owner].parent : Int32(owner)
            var level = 0
            while e >= 0 && level < 5 {
                let i = Int(e)
                if !scored[i] {
                    scored[i] = true
                    scores[i] = initialScore(tree.elements[i])
                }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[i] += contentScore / divider
                e = tree.elements[i].parent
                level += 1
            }
        }
        for i in scores.indices where scored[i] {
            let density = characters[i] > 0 ? Double(links[i]) / Double(characters[i]) : 0
            scores[i] *= 1 - density
        }
    }

    private func bestCandidate() -> Int32? {
        var best: Int32 = -1
        var bestScore = -Double.infinity
        for i in scores.indices where scored[i] && !removed[i] {
            if scores[i] > bestScore {
                bestScore = scores[i]
                best = Int32(i)
            }
        }
        guard best >= 0 else { return nil }
        var top = best
        // When several other strong candidates (three or more within 75% of the best, among the five best)
        // sit under one ancestor of the best, the article is that ancestor: one paragraph per card or
        // `<div>`, each card carrying a "content" class (Readability's alternative-candidate rule).
        var ranked: [(Int32, Double)] = []
        for i in scores.indices where scored[i] && !removed[i] && Int32(i) != best {
            let entry = (Int32(i), scores[i])
            if ranked.count < 4 {
                ranked.append(entry)
                ranked.sort { $0.1 > $1.1 }
            } else if entry.1 > ranked[3].1 {
                ranked[3] = entry
                ranked.sort { $0.1 > $1.1 }
            }
        }
        let alternatives = ranked.filter { $0.1 >= bestScore * 0.75 }.map(\.0)
        if alternatives.count >= 3 {
            var ancestor = tree.elements[Int(best)].parent
            while ancestor >= 0, tree.elements[Int(ancestor)].tag != .body, tree.elements[Int(ancestor)].tag != .html {
                if alternatives.filter({ tree.isInside($0, ancestor) }).count >= 3 {
                    top = ancestor
                    break
                }
                ancestor = tree.elements[Int(ancestor)].parent
            }
        }
        // Move up while a parent scores as well: the article is often split over sibling containers.
        if !scored[Int(top)] { return top }
        var lastScore = scores[Int(top)]
        let threshold = lastScore / 3
        var parent = tree.elements[Int(top)].parent
        while parent >= 0, tree.elements[Int(parent)].tag != .body, tree.elements[Int(parent)].tag != .html {
            let p = Int(parent)
            if !scored[p] {
                parent = tree.elements[p].parent
                continue
            }
            if scores[p] < threshold { break }
            if scores[p] > lastScore {
                top = parent
                break
            }
            lastScore = scores[p]
            parent = tree.elements[p].parent
        }
        return top
    }

    /// An ancestor that holds much more prose than the chosen container (at least 1.6 times), with few links
    /// and little non-prose text: the article continues outside the container (sections split around
    /// figures, a lede in its own wrapper). Ancestors too far above the paragraphs were never scored, so
    /// the scores cannot see this.
    private func widened(_ top: Int32) -> Int32 {
        var current = top
        var ancestor = tree.elements[Int(top)].parent
        var steps = 0
        while ancestor >= 0, steps < 8 {
            let a = Int(ancestor)
            let tag = tree.elements[a].tag
            if tag == .body || tag == .html || removed[a] { break }
            let c = Int(current)
            if paragraphCharacters[a] * 10 >= paragraphCharacters[c] * 16,
                links[a] * 100 <= characters[a] * 15,
                characters[a] * 100 <= paragraphCharacters[a] * 125
            {
                current = ancestor
            }
            ancestor = tree.elements[a].parent
            steps += 1
        }
        return current
    }

    private func selectSiblings(of top: Int32) -> [Int32] {
        let parent = tree.elements[Int(top)].parent
        guard parent >= 0 else { return [top] }
        let topScore = scores[Int(top)]
        let threshold = max(10, topScore * 0.2)
        var selected: [Int32] = []
        for i in Int(parent + 1)..<tree.elements.count where tree.elements[i].parent == parent {
            let sibling = Int32(i)
            if sibling == top {
                selected.append(sibling)
                continue
            }
            if removed[i] { continue }
            if scored[i] && scores[i] >= threshold {
                selected.append(sibling)
                continue
            }
            if tree.elements[i].tag == .p || tree.elements[i].tag.headingLevel > 1 {
                let density = characters[i] > 0 ? Double(links[i]) / Double(characters[i]) : 1
                if characters[i] > 80 && density < 0.25 {
                    selected.append(sibling)
                } else if characters[i] >= 20, density == 0, endsSentence(i) {
                    selected.append(sibling)
                }
            }
        }
        return selected
    }

    private func endsSentence(_ element: Int) -> Bool {
        guard let block = tree.blocks.last(where: { $0.element == Int32(element) }), block.end > block.start else {
            return false
        }
        let last = tree.text[Int(block.end) - 1]
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22
    }

    // MARK: Output

    func collect(_ selection: [Int32]) -> [String] {
        var output: [String] = []
        let sorted = selection.sorted()
        for block in tree.blocks {
            let owner = Int(block.element)
            if removed[owner] { continue }
            // Is the block inside the selection?
            var inside = false
            for s in sorted where tree.isInside(block.element, s) {
                inside = true
                break
            }
            if !inside { continue }
            if let paragraph = keep(block) {
                if block.characters < 40 && output.count >= 2 && Boilerplate.isCutMarker(paragraph) { break }
                output.append(paragraph)
            }
        }
        return output
    }

    /// The block's text when it belongs in the body.
    func keep(_ block: HTMLTree.Block) -> String? {
        let tag = tree.elements[Int(block.element)].tag
        if tag == .figcaption || tag == .caption { return nil }
        if block.linkCharacters * 2 > block.characters { return nil }
        // The headline is the title, not the body.
        if tag == .h1 { return nil }
        let text = tree.string(block)
        if block.characters < 120 {
            if Boilerplate.isFurniture(text) { return nil }
            if Bylines.isByline(text) { return nil }
            // A bare date line ("Updated 10:01 pm, November 19, 2019", "05/10/2018 - Published by …"); not an
            // embedded post's attribution ("— Name (@handle) November 18, 2019"), which belongs to the story.
            if block.characters < 80, !text.hasPrefix("—"), Self.isDateLine(text) { return nil }
        }
        return text
    }

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for b in text.utf8 {
            let space = b == 0x20
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.utf8.last else { return false }
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x3A
            || text.hasSuffix("”") || text.hasSuffix("’") || text.hasSuffix("。")
    }

    /// A short line whose substance is a date: it parses as one and holds a year.
    static func isDateLine(_ text: String) -> Bool {
        var digits = 0
        var yearLike = false
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                if digits == 4 { yearLike = true }
            } else {
                digits = 0
            }
        }
        guard yearLike else { return false }
        return PublicationDateParser.parse(text) != nil && wordCount(text) <= 8
    }

    /// Every prose block not in removed furniture: for pages whose structure defeats the scoring.
    private func fallback() -> [String] {
        tree.blocks.compactMap { block in
            guard !removed[Int(block.element)], isProse(block) else { return nil }
            return keep(block)
        }
    }
}
