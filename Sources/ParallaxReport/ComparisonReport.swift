import ParallaxModel

/// Renders an ``EventComparison`` for people: agreement, omissions, contradictions, framing, sourcing.
enum ComparisonReport {
    /// A few lines for the `analyze` overview.
    static func writeHighlights(_ c: EventComparison, into m: inout Markup) {
        let count = { (kind: ClaimGroup.Kind) in c.groups.filter { $0.kind == kind }.count }
        m.line(
            "Claims: \(count(.consensus)) shared by all or most, \(count(.partial)) by some, \(count(.unique)) by one outlet; \(c.contradictions.count) contradiction(s)."
        )
        for sentence in c.summary.prefix(3) { m.bullet(sentence.text.clipped(200)) }
        for contradiction in c.contradictions {
            m.bullet(
                "Contradiction on \(contradiction.subject) (\(contradiction.slot)): "
                    + contradiction.sides.map { "\($0.value) [\($0.outlets.joined(separator: ", "))]" }.joined(
                        separator: " vs "))
        }
        m.blank()
    }

    /// The full comparison.
    static func write(_ c: EventComparison, articles: [String: Article], into m: inout Markup) {
        let claims = Dictionary(c.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        if !c.summary.isEmpty {
            m.heading("Summary", level: 3)
            for sentence in c.summary { m.bullet(sentence.text) }
        }
        for kind in [ClaimGroup.Kind.consensus, .partial, .unique] {
            let groups = c.groups.filter { $0.kind == kind }
            guard !groups.isEmpty else { continue }
            let title =
                kind == .consensus
                ? "Shared by all or most outlets" : kind == .partial ? "Carried by some outlets" : "Only one outlet"
            m.heading("\(title) (\(groups.count))", level: 3)
            for group in groups {
                var line = group.representativeText.clipped(220) + " — " + group.outlets.joined(separator: ", ")
                if kind == .partial && !group.missingOutlets.isEmpty {
                    line += " (not: \(group.missingOutlets.joined(separator: ", ")))"
                }
                m.bullet(line)
                if group.claimIds.count > 1 {
                    for id in group.claimIds where id != group.representativeClaimId {
                        if let claim = claims[id] { m.bullet("\(claim.outlet): \(claim.text.clipped(160))", level: 1) }
                    }
                }
            }
        }
        m.heading("Contradictions (\(c.contradictions.count))", level: 3)
        if c.contradictions.isEmpty { m.line("None found: where outlets give values, they agree after normalisation.") }
        for contradiction in c.contradictions {
            m.bullet("\(contradiction.subject) — \(contradiction.slot) [\(contradiction.kind.rawValue)]")
            for side in contradiction.sides {
                m.bullet(
                    "\(side.value): \(side.outlets.joined(separator: ", ")) — “\(side.spans.first?.text.clipped(160) ?? "")”",
                    level: 1)
            }
        }
        if !c.contested.isEmpty {
            m.heading("Contested wording", level: 3)
            for usage in c.contested {
                m.bullet(
                    "\(usage.name)\(usage.divergent ? " (outlets differ)" : ""): "
                        + usage.outlets.map { o in
                            "\(o.outlet): " + o.terms.map { "\($0.term) ×\($0.count)" }.joined(separator: ", ")
                        }.joined(separator: "; "))
            }
        }
        if c.framing.contains(where: { !$0.terms.isEmpty }) {
            m.heading("Distinctive terms per outlet (log-odds z-score)", level: 3)
            for framing in c.framing where !framing.terms.isEmpty {
                m.bullet(
                    framing.outlets.joined(separator: ", ") + ": "
                        + framing.terms.prefix(8).map {
                            "\($0.term) (\($0.count) vs \($0.countElsewhere), z=\(String(format1: $0.zScore)))"
                        }.joined(separator: ", "))
            }
        }
        if !c.sourcing.isEmpty {
            m.heading("Who each outlet quotes or cites", level: 3)
            for outlet in c.sourcing {
                m.bullet(
                    outlet.outlet + ": "
                        + outlet.sources.map {
                            "\($0.name) [\($0.kind.rawValue)\($0.country.map { ", \($0)" } ?? "")] ×\($0.count)"
                        }.joined(separator: "; "))
            }
        }
        if !c.coverage.rows.isEmpty {
            m.heading("Coverage matrix", level: 3)
            let groups = Dictionary(c.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            m.table(
                ["claim"] + c.coverage.outlets,
                c.coverage.rows.map { row in
                    [(groups[row.groupId]?.representativeText ?? row.groupId).clipped(48)]
                        + row.claimIds.map { $0 == nil ? "·" : "✓" }
                }
            )
        }
        m.blank()
    }
}

extension String {
    init(format1 value: Double) {
        let scaled = (value * 10).rounded() / 10
        self = "\(scaled)"
    }
}
