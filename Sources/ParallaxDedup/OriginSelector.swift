import ParallaxModel

/// Chooses the origin of a syndication group.
///
/// 1. The wire agency's own version: when members credit an agency (``Article/agency``, from a dateline such
///    as "BEIJING (AFP) -" or a credit line) and a member's outlet is that agency, that member is the origin
///    (the earliest of them if several).
/// 2. Otherwise the earliest published member; members without a publication time come last.
/// 3. Ties, and groups without any time, go to the smallest article id, so the choice is deterministic.
///
/// Agency and outlet names are compared folded to lowercase letters and digits ("A.F.P." is "afp"); aliases
/// ("Agence France-Presse" for "AFP") must be resolved upstream, by the outlet registry at ingestion.
enum OriginSelector {
    static func origin(
        of members: some Collection<Int32>, in documents: [IndexedDocument]
    ) -> (position: Int32, reason: SyndicationGroup.OriginReason) {
        let credited = Set(members.compactMap { documents[Int($0)].agency.map(fold) }.filter { !$0.isEmpty })
        let agencyVersions = members.filter { position in
            guard let outlet = documents[Int(position)].outlet else { return false }
            return credited.contains(fold(outlet))
        }
        if let first = agencyVersions.min(by: { earlier(documents[Int($0)], documents[Int($1)]) }) {
            return (first, .agency)
        }
        let first = members.min { earlier(documents[Int($0)], documents[Int($1)]) }!
        return (first, documents[Int(first)].published == nil ? .identifier : .earliest)
    }

    /// The agency most members credit (ties: the first by name), spelled as the first member credits it.
    static func agency(of members: some Collection<Int32>, in documents: [IndexedDocument]) -> String? {
        var counts: [String: (count: Int, spelling: String)] = [:]
        for position in members {
            guard let agency = documents[Int(position)].agency, !fold(agency).isEmpty else { continue }
            counts[fold(agency), default: (0, agency)].count += 1
        }
        return counts.max { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key
        }?.value.spelling
    }

    /// Publication order: a known time before none, then earlier first, then by id.
    static func earlier(_ a: IndexedDocument, _ b: IndexedDocument) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }

    /// Lowercase ASCII letters and digits, other ASCII dropped, non-ASCII kept.
    static func fold(_ name: String) -> String {
        String(
            decoding: name.utf8.compactMap { b -> UInt8? in
                if b >= 0x41 && b <= 0x5A { return b | 0x20 }
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80 { return b }
                return nil
            }, as: UTF8.self)
    }
}
