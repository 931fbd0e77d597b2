import ParallaxModel

/// "Who reports what", in words a reader can check: each claim group under a label that says exactly how many
/// of the event's outlets carry it ("Carried by all 3 outlets", "Carried by 2 of 3 outlets", "Only in Global
/// Times").
///
/// The counts come from the group's outlets against the event's outlets, never from the group's kind: a
/// consensus group may lack an outlet (two thirds of four or more voices count as consensus, and a voice is a
/// syndication group), and a page that said "every outlet" for such a claim told the reader something false.
struct CoverageView {
    struct Claim {
        var text: String
        var meta: String
    }

    /// Claims carried by the same number of outlets (two or more).
    struct Tier {
        var heading: String
        /// The highlight class the article text uses for the same claims.
        var kind: String
        var claims: [Claim]
    }

    /// Claims only one outlet carries.
    struct Exclusive {
        var heading: String
        var claims: [Claim]
        /// "and 12 more, marked in the article text below", when the list is cut.
        var more: String?
    }

    /// The one line shown while the section is folded.
    var summary: String
    var tiers: [Tier]
    var exclusives: [Exclusive]

    /// Claims listed per outlet before the rest are left to the marked article text: a reader scanning what
    /// one outlet alone says needs its first few claims, not all forty.
    static let exclusivesShown = 5

    /// Whether any claim is listed (a stored property: the templates read values by reflection).
    var hasClaims: Bool

    /// - Parameters:
    ///   - groups: the comparison's claim groups, in their order.
    ///   - outlets: the event's outlets (each article's ``Article/outletName``).
    init(groups: [ClaimGroup], outlets eventOutlets: [String]) {
        let total = eventOutlets.count
        let known = Set(eventOutlets)
        var byCount: [Int: [Claim]] = [:]
        var byOutlet: [String: [Claim]] = [:]
        for group in groups {
            let carriers = group.outlets.filter { known.contains($0) }
            guard let only = carriers.first else { continue }
            if carriers.count == 1 {
                byOutlet[only, default: []].append(Claim(text: group.representativeText, meta: ""))
                continue
            }
            var meta = carriers.joined(separator: ", ")
            let missing = eventOutlets.filter { !carriers.contains($0) }
            if !missing.isEmpty { meta += " · not in " + missing.joined(separator: ", ") }
            if group.voiceIds.count < carriers.count {
                meta += " · " + PageViews.plural(group.voiceIds.count, "independent voice")
            }
            byCount[carriers.count, default: []].append(Claim(text: group.representativeText, meta: meta))
        }
        tiers = byCount.keys.sorted(by: >).map { count in
            let claims = byCount[count] ?? []
            return Tier(
                heading: Self.label(carriers: count, outlets: total) + " · " + PageViews.plural(claims.count, "claim"),
                kind: count == total ? "consensus" : "partial", claims: claims)
        }
        exclusives = eventOutlets.compactMap { outlet in
            guard let claims = byOutlet[outlet] else { return nil }
            let hidden = claims.count - Self.exclusivesShown
            return Exclusive(
                heading: "Only in \(outlet) · " + PageViews.plural(claims.count, "claim"),
                claims: Array(claims.prefix(Self.exclusivesShown)),
                more: hidden > 0 ? "and \(hidden) more, marked in the article text below" : nil)
        }
        let shared = byCount.values.reduce(0) { $0 + $1.count }
        let single = byOutlet.values.reduce(0) { $0 + $1.count }
        summary =
            "\(PageViews.plural(shared, "claim")) carried by two or more outlets · \(single) carried by one outlet only"
        hasClaims = shared + single > 0
    }

    /// What a label says for a claim carried by `carriers` of the event's `outlets` outlets.
    static func label(carriers: Int, outlets: Int) -> String {
        if carriers == outlets { return outlets == 2 ? "Carried by both outlets" : "Carried by all \(outlets) outlets" }
        if carriers == 1 { return "Carried by 1 of \(outlets) outlets" }
        return "Carried by \(carriers) of \(outlets) outlets"
    }
}
