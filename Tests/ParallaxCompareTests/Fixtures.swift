import ParallaxCompare
import ParallaxModel
import ParallaxTesting

/// Events built from the seeds and the Examples corpus, hand-built extraction for the seeds, and a readable
/// rendering of a comparison.
enum Fixtures {
    static let seedFiles = [
        "../shared/seeds/000_876c2e81097d1dc7.txt", "../shared/seeds/001_92639f20422bd322.txt",
        "../shared/seeds/003_dc36aca051bd0ce3.txt",
    ]

    /// The articles of `seeds` (the phone-call event) or of an Examples event key, with its syndication groups.
    static func event(_ which: String) -> (articles: [Article], syndication: [[String]]) {
        if which == "seeds" { return (seedFiles.compactMap(CorpusReader.article), []) }
        let labels = CorpusReader.contents("Examples/labels.tsv") ?? ""
        let files = labels.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: "\t")
            return parts.count == 2 && parts[1] == which ? "Examples/articles/\(parts[0])" : nil
        }
        let articles = files.compactMap(CorpusReader.article)
        // File 2 is a syndicated copy of file 1 (Examples/README.md, "Syndicated copy").
        let copies = articles.filter {
            $0.path!.hasSuffix("vsna-bridge-collapse.txt")
                || $0.path!.hasSuffix("northfield-courier-bridge-collapse-vsna.txt")
        }.map(\.id)
        return (articles, copies.count == 2 ? [copies] : [])
    }

    /// The span of the first occurrence of `needle` in `text`.
    static func span(of needle: String, in text: String) -> Span? {
        let hay = Array(text.utf8)
        let pin = Array(needle.utf8)
        guard !pin.isEmpty, hay.count >= pin.count else { return nil }
        for start in 0...(hay.count - pin.count) where hay[start] == pin[0] {
            if Array(hay[start..<(start + pin.count)]) == pin { return Span(start: start, end: start + pin.count) }
        }
        return nil
    }

    /// What extraction should find in the seeds' phone-call articles, by hand: the entities the acceptance
    /// checks, the sources, and the quantities and times of the sentences compared.
    static func seedExtractions(_ articles: [Article]) -> [ArticleExtraction] {
        let entities = [
            Entity(
                id: "person:xi-jinping", kind: .person, name: "Xi Jinping", aliases: ["Xi", "Mr Xi"],
                roles: ["President"], country: "CN"),
            Entity(
                id: "person:vladimir-putin", kind: .person, name: "Vladimir Putin", aliases: ["Putin", "Mr Putin"],
                roles: ["President"], country: "RU"),
            Entity(
                id: "person:alexey-maslov", kind: .person, name: "Alexey Maslov",
                roles: ["director of Institute of Asian and African studies at Moscow State University"], country: "RU"),
            Entity(id: "place:heihe", kind: .place, name: "Heihe", country: "CN"),
            Entity(id: "place:blagoveshchensk", kind: .place, name: "Blagoveshchensk", country: "RU"),
            Entity(id: "place:xinjiang", kind: .place, name: "Xinjiang", country: "CN"),
            Entity(id: "place:severodonetsk", kind: .place, name: "Severodonetsk", country: "UA"),
            Entity(
                id: "organization:xinhua", kind: .organization, name: "Xinhua News Agency", aliases: ["Xinhua"],
                country: "CN"),
            Entity(id: "organization:cctv", kind: .organization, name: "CCTV", country: "CN"),
        ]
        let names: [(String, String)] = [
            ("Xi Jinping", "person:xi-jinping"), ("Putin", "person:vladimir-putin"), ("Heihe", "place:heihe"),
            ("Blagoveshchensk", "place:blagoveshchensk"), ("Xinjiang", "place:xinjiang"),
            ("Severodonetsk", "place:severodonetsk"), ("Alexey Maslov", "person:alexey-maslov"),
        ]
        return articles.map { article in
            let text = article.text
            var x = ArticleExtraction(articleId: article.id, entities: entities)
            // Every occurrence of each name.
            for (name, id) in names {
                var from = 0
                while let found = span(of: name, in: String(text.utf8.dropFirst(from))!) {
                    let s = Span(start: found.start + from, end: found.end + from)
                    x.mentions.append(Mention(entityId: id, span: s, text: name))
                    from = s.end
                }
            }
            x.mentions.sort { $0.span < $1.span }
            if let s = span(of: "Alexey Maslov", in: text),
                let q = span(of: "the phone call showed the willingness", in: text)
            {
                x.quotes.append(
                    Quote(
                        kind: .indirect, text: text.slice(q), span: q, speaker: "Alexey Maslov",
                        speakerEntityId: "person:alexey-maslov", speakerSpan: s, cue: "say"))
            }
            if let s = span(of: "Xinhua News Agency", in: text) {
                x.attributions.append(
                    Attribution(
                        kind: .media, source: "Xinhua News Agency", sourceEntityId: "organization:xinhua",
                        cue: "according to", span: s))
            }
            if let s = span(of: "According to CCTV", in: text) {
                x.attributions.append(
                    Attribution(
                        kind: .media, source: "CCTV", sourceEntityId: "organization:cctv", cue: "according to", span: s)
                )
            }
            if let q = span(of: "willing to continue to offer mutual support", in: text),
                let s = span(of: "CCTV reported Mr Xi", in: text)
            {
                x.quotes.append(
                    Quote(
                        kind: .direct, text: text.slice(q), span: q, speaker: "Xi Jinping",
                        speakerEntityId: "person:xi-jinping", speakerSpan: s, cue: "say", via: "CCTV"))
            }
            if let s = span(of: "Chinese Customs data", in: text) {
                x.attributions.append(
                    Attribution(kind: .data, source: "Chinese Customs data", cue: "according to", span: s))
            }
            if let s = span(of: "US$147 billion S$205 billion", in: text) {
                x.quantities.append(
                    Quantity(
                        kind: .money, text: text.slice(s), span: s, value: 147e9, unit: "USD",
                        alternatives: [.init(value: 205e9, unit: "SGD", text: "S$205 billion")]))
            }
            if let s = span(of: "1,284 meters", in: text) {
                x.quantities.append(
                    Quantity(kind: .length, text: text.slice(s), span: s, value: 1284, unit: "m", normalizedValue: 1284)
                )
            }
            if let s = span(of: "14.5 meters", in: text) {
                x.quantities.append(
                    Quantity(kind: .length, text: text.slice(s), span: s, value: 14.5, unit: "m", normalizedValue: 14.5)
                )
            }
            if let s = span(of: "about 500 civilians", in: text) {
                x.quantities.append(
                    Quantity(
                        kind: .count, text: text.slice(s), span: s, value: 500, unit: "civilians", qualifier: "about"))
            }
            for (phrase, value) in [
                ("on June 15", "2022-06-15"), ("on June 10", "2022-06-10"), ("on Wednesday afternoon", "2022-06-15"),
                ("last week", "2022-W23"), ("on Wednesday June 15", "2022-06-15"), ("on Feb 24", "2022-02-24"),
                ("on June 14", "2022-06-14"),
            ] {
                if let s = span(of: phrase, in: text) {
                    x.times.append(TimeExpression(kind: .date, text: phrase, span: s, value: value))
                }
            }
            x.quantities.sort { $0.span < $1.span }
            x.times.sort { $0.span < $1.span }
            return x
        }
    }

    /// A readable rendering: groups, contradictions, framing, contested terms, sourcing, summary.
    static func describe(_ c: EventComparison, articles: [Article]) -> String {
        let outletOf = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.outletName) })
        var out = "event \(c.eventId): \(c.voices.count) voices, \(c.claims.count) claims, \(c.groups.count) groups\n"
        for v in c.voices { out += "  voice \(v.id): \(v.outlets.joined(separator: ", "))\n" }
        out += "GROUPS (2+ voices, then unique count)\n"
        let claims = Dictionary(uniqueKeysWithValues: c.claims.map { ($0.id, $0) })
        for g in c.groups where g.voiceIds.count >= 2 {
            out +=
                "  \(g.id) \(g.kind) cohesion \(String(format2: g.cohesion)) carried: \(g.outlets.joined(separator: ", ")) | missing: \(g.missingOutlets.joined(separator: ", "))\n"
            for id in g.claimIds {
                out += "     [\(outletOf[claims[id]!.articleId] ?? "")] \(claims[id]!.text.prefix(150))\n"
            }
        }
        out += "  unique groups: \(c.groups.filter { $0.kind == .unique }.count)\n"
        for g in c.groups where g.kind == .unique {
            out += "     u [\(g.outlets.joined(separator: ","))] \(g.representativeText.prefix(110))\n"
        }
        out += "CONTRADICTIONS \(c.contradictions.count)\n"
        for x in c.contradictions {
            out += "  \(x.id) \(x.kind) slot '\(x.slot)' subject '\(x.subject)' group \(x.groupId ?? "-")\n"
            for s in x.sides {
                out +=
                    "     = \(s.value) by \(s.outlets.joined(separator: ", ")): \(s.spans.first?.text.prefix(100) ?? "")\n"
            }
        }
        out += "FRAMING\n"
        for f in c.framing {
            out +=
                "  \(f.outlets.joined(separator: ", ")): "
                + f.terms.map { "\($0.term) (\($0.count)/\($0.countElsewhere), z \(String(format2: $0.zScore)))" }
                .joined(separator: "; ") + "\n"
        }
        out += "CONTESTED\n"
        for u in c.contested {
            out +=
                "  \(u.name)\(u.divergent ? " [divergent]" : ""): "
                + u.outlets.map { o in "\(o.outlet): " + o.terms.map { "\($0.term)×\($0.count)" }.joined(separator: ",")
                }.joined(separator: " | ") + "\n"
        }
        out += "SOURCING\n"
        for s in c.sourcing {
            out +=
                "  \(s.outlet): "
                + s.sources.map { "\($0.name) [\($0.kind)\($0.country.map { " " + $0 } ?? "")] ×\($0.count)" }.joined(
                    separator: "; ") + "\n"
        }
        out += "SUMMARY\n"
        for s in c.summary { out += "  - \(s.text)\n" }
        return out
    }
}

extension String {
    init(format2 value: Double) {
        let scaled = (value * 100).rounded() / 100
        self = "\(scaled)"
    }
}
