import ParallaxModel
import ParallaxText

extension DedupIndex {
    /// Every syndication group (connected components of the verified pairs), earliest origin first.
    public func groups() -> [SyndicationGroup] {
        components.members.values.map { makeGroup(members: $0) }.sorted(by: Self.listingOrder)
    }

    /// The group an article belongs to, or nil when it has no copy.
    public func group(containing articleId: String) -> SyndicationGroup? {
        guard let position = positions[articleId] else { return nil }
        let members = components.members(of: components.root(position))
        return members.count > 1 ? makeGroup(members: members) : nil
    }

    /// The article ids of every group, origin first: the form ``EventComparator`` takes as voices.
    public func syndicationIds() -> [[String]] { groups().map(\.articleIds) }

    static func listingOrder(_ a: SyndicationGroup, _ b: SyndicationGroup) -> Bool {
        switch (a.originPublished, b.originPublished) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.originId < b.originId
        }
    }

    func makeGroup(members: some Collection<Int32>) -> SyndicationGroup {
        let (origin, reason) = OriginSelector.origin(of: members, in: documents)
        let originDocument = documents[Int(origin)]
        let copies = members.filter { $0 != origin }
            .sorted { OriginSelector.earlier(documents[Int($0)], documents[Int($1)]) }
            .map { position -> SyndicatedCopy in
                let document = documents[Int(position)]
                let overlap = self.overlap(position, origin)
                return SyndicatedCopy(
                    articleId: document.id, outlet: document.outlet, published: document.published,
                    similarity: overlap.jaccard,
                    containment: overlap.sizeA > 0 ? Double(overlap.intersection) / Double(overlap.sizeA) : 0,
                    coverage: overlap.sizeB > 0 ? Double(overlap.intersection) / Double(overlap.sizeB) : 0,
                    diff: paragraphDiff(copy: position, origin: origin))
            }
        let outlets = Set(members.compactMap { documents[Int($0)].outlet }).sorted()
        return SyndicationGroup(
            id: "s-" + StableHash.hex(StableHash.hash(originDocument.id), digits: 12), originId: originDocument.id,
            originOutlet: originDocument.outlet, originReason: reason,
            agency: OriginSelector.agency(of: members, in: documents), copies: copies, outlets: outlets,
            originPublished: originDocument.published)
    }

    /// Paragraphs of the origin missing from the copy, and of the copy missing from the origin, compared by
    /// folded word-sequence hashes; paragraphs without words are ignored.
    func paragraphDiff(copy: Int32, origin: Int32) -> ParagraphDiff {
        let copyHashes = paragraphs[paragraphOffsets[Int(copy)]..<paragraphOffsets[Int(copy) + 1]]
        let originHashes = paragraphs[paragraphOffsets[Int(origin)]..<paragraphOffsets[Int(origin) + 1]]
        let inCopy = Set(copyHashes)
        let inOrigin = Set(originHashes)
        var diff = ParagraphDiff()
        for (offset, hash) in originHashes.enumerated() where hash != 0 && !inCopy.contains(hash) {
            diff.cut.append(offset)
        }
        for (offset, hash) in copyHashes.enumerated() where hash != 0 {
            if inOrigin.contains(hash) { diff.kept += 1 } else { diff.added.append(offset) }
        }
        return diff
    }
}
