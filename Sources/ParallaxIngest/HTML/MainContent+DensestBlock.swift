extension MainContent {
    /// The scored selection, or the densest block when the selection shows much less than the page does.
    ///
    /// The scoring only sees paragraphs of 25+ characters. A page whose text is short lines, list items,
    /// table cells or definitions (opening times, a list of documents to bring, a price table, a two-line
    /// notice) has none, or only a footer's copyright line, yet a reader sees a main text: the block that
    /// holds most of the page's unlinked text. It replaces the selection when the selection is under 200
    /// bytes and the block holds more than twice its text; a normal article (hundreds of bytes of prose) is
    /// never touched.
    func orDensestBlock(_ selection: [String]) -> [String] {
        let selected = selection.reduce(0) { $0 + $1.utf8.count }
        guard selected < 200, let block = densestBlock() else { return selection }
        let output = collect([block])
        let found = output.reduce(0) { $0 + $1.utf8.count }
        return found > selected * 2 ? output : selection
    }

    /// The smallest element that holds most of the page's unlinked, non-furniture text: from the root down,
    /// into the child holding at least 70% of the current element's unlinked text while there is one.
    /// Headings count as text (they are what a short page is made of) but the output drops the `<h1>`.
    func densestBlock() -> Int32? {
        // One pass: each element's child holding 70% of its text (at most one can).
        var heir = [Int32](repeating: -1, count: tree.elements.count)
        var root: Int32 = -1
        for i in tree.elements.indices where !removed[i] {
            let parent = Int(tree.elements[i].parent)
            if parent < 0 {
                if root < 0 || unlinked(i) > unlinked(Int(root)) { root = Int32(i) }
            } else if unlinked(i) > 0, unlinked(i) * 10 >= unlinked(parent) * 7 {
                heir[parent] = Int32(i)
            }
        }
        guard root >= 0, unlinked(Int(root)) > 0 else { return nil }
        var current = root
        while heir[Int(current)] >= 0 { current = heir[Int(current)] }
        return current
    }

    private func unlinked(_ i: Int) -> Int32 { characters[i] - links[i] }
}
