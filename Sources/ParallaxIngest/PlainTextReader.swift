import ParallaxModel
import ParallaxText

/// Reads a plain-text article in whatever layout it comes: header blocks, bare leading lines, bylines,
/// datelines, source prefixes, trailing credits and boilerplate.
///
/// Every rule is general (keys, shapes of lines, the outlet registry), never tied to a file's name or wording.
public struct PlainTextReader: Sendable {
    public var registry: OutletRegistry

    public init(registry: OutletRegistry = .bundled) {
        self.registry = registry
    }

    /// The article in `text`, read from `path`.
    /// - Throws: ``ParallaxError`` (`invalidInput`) when no article body remains.
    public func read(_ text: String, path: String) throws -> Article {
        var metadata = Metadata()
        let lines = MojibakeRepair.repair(text).normalizingLineBreaks().split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { String($0).replacingAll("\u{00A0}", with: " ").trimmingWhitespace() }
        let bodyStart = readHeader(lines, into: &metadata)
        var paragraphs = Self.paragraphs(Array(lines[bodyStart...]), firstLine: metadata.firstBodyLine)
        paragraphs = cleanParagraphs(paragraphs, metadata: &metadata)
        let body = paragraphs.joined(separator: "\n\n")
        guard ArticleText.isEnough(body) else {
            throw ParallaxError(.invalidInput, "\(path): no article text was found after the headers.")
        }
        let outlet = resolveOutlet(metadata, path: path)
        var authors = metadata.authors
        if authors.count == 1, RegistryMatch.same(authors[0], outlet, registry) { authors = [] }
        authors = authors.filter { registry.outlet(named: $0) == nil && outletCredit(in: $0) == nil }
        return Article(
            id: ArticleIdentity.id(forBody: body), path: path, title: metadata.title, published: metadata.published,
            authors: authors, outlet: outlet, url: metadata.url, dateline: metadata.dateline,
            agency: metadata.agency.map { registry.outlet(named: $0)?.name ?? $0 },
            categories: metadata.categories, language: Language.resolve(declared: metadata.language, text: body),
            text: body
        )
    }

    struct Metadata {
        var title: String?
        var published: Timestamp?
        var authors: [String] = []
        var headerOutlet: String?
        var prefixOutlet: String?
        var creditOutlet: String?
        var url: String?
        var dateline: String?
        var agency: String?
        var categories: [String] = []
        /// The `Language:` header, checked against the text's script before it is used.
        var language: String?
        var firstBodyLine: String?
        /// Web domains of the e-mail addresses in a "Contact the writers at" line.
        var contactDomains: [String] = []
        /// Raw author header values.
        var authorCredits: [String] = []
    }

    /// Consumes leading metadata lines; returns the index of the first body line.
    private func readHeader(_ lines: [String], into metadata: inout Metadata) -> Int {
        var index = 0
        var sawHeaderBlock = false
        while index < lines.count {
            let line = lines[index]
            if line.isEmpty {
                index += 1
                continue
            }
            if let fields = HeaderKeys.parse(line) {
                var startsBody = false
                for field in fields {
                    switch field {
                    case .title(let value): metadata.title = metadata.title ?? value
                    case .published(let value): metadata.published = metadata.published ?? value
                    case .authors(let value, let raw):
                        if metadata.authors.isEmpty { metadata.authors = value }
                        metadata.authorCredits.append(raw)
                    case .outlet(let value): metadata.headerOutlet = metadata.headerOutlet ?? value
                    case .url(let value): metadata.url = metadata.url ?? value
                    case .categories(let value): metadata.categories += value
                    case .dateline(let value): metadata.dateline = metadata.dateline ?? value
                    case .language(let value): metadata.language = metadata.language ?? value
                    case .bodyStart(let value):
                        metadata.firstBodyLine = value.isEmpty ? nil : value
                        startsBody = true
                    case .ignored: break
                    }
                }
                sawHeaderBlock = true
                index += 1
                if startsBody { return index }
                continue
            }
            if isURLLine(line) {
                metadata.url = metadata.url ?? line
                index += 1
                continue
            }
            if isDateLine(line), let stamp = PublicationDateParser.parse(line) {
                metadata.published = metadata.published ?? stamp
                index += 1
                continue
            }
            if Bylines.isByline(line) {
                if metadata.authors.isEmpty { metadata.authors = Bylines.names(in: line) }
                index += 1
                continue
            }
            if metadata.prefixOutlet == nil, metadata.title == nil || index > 0, let (prefix, rest) = sourcePrefix(line)
            {
                metadata.prefixOutlet = prefix
                // "Eastern Ledger: <headline>" followed by more lines: the rest is the headline.
                if metadata.title == nil, isHeadline(rest, next: nextNonEmpty(lines, after: index)) {
                    metadata.title = rest
                    index += 1
                    continue
                }
                metadata.firstBodyLine = rest
                return index + 1
            }
            if metadata.title == nil, !sawHeaderBlock || metadata.title == nil,
                isHeadline(line, next: nextNonEmpty(lines, after: index))
            {
                metadata.title = line
                index += 1
                continue
            }
            return index
        }
        return index
    }

    private func nextNonEmpty(_ lines: [String], after index: Int) -> String? {
        lines[(index + 1)...].first { !$0.isEmpty }
    }

    private func isURLLine(_ line: String) -> Bool {
        (line.hasPrefix("http://") || line.hasPrefix("https://")) && !line.contains(" ")
    }

    /// Whether a date text names a four-digit year (1900–2199), so it is a whole date and not "June 15".
    static func hasYear(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 && (1900...2199).contains(Int($0) ?? 0) }
    }

    /// A short line made only of date words: digits, month and weekday names in the languages of
    /// ``CalendarWords``, clock times, zones, the little words dates are written with ("de", "года", "à", "Uhr"),
    /// optionally after "Published" or "Posted" or their like ("Published 9 April 2026", "Опубликовано 15 июня
    /// 2022", "Publié le 15 juin 2022 à 10h30", "Veröffentlicht am 15. Juni 2022", "2022年6月15日 10:30").
    private func isDateLine(_ line: String) -> Bool {
        guard line.count <= 64 else { return false }
        var words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "\u{3000}" })
        var leads = 0
        while leads < 2, let first = words.first, Self.publishedLeads.contains(first.lowercased()) {
            words.removeFirst()
            leads += 1
        }
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in
            let folded = word.lowercased().trimmingCharacters(in: ".")
            return word.allSatisfy({
                $0.isNumber || $0 == ":" || $0 == "-" || $0 == "/" || $0 == "." || $0 == "T" || $0 == "Z" || $0 == "+"
            })
                || PublicationDateParser.months[folded] != nil || CalendarWords.weekdays[folded] != nil
                || CalendarWords.otherWeekdays[folded] != nil || PublicationDateParser.zones[folded] != nil
                || Self.dateConnectives.contains(folded) || PublicationDateParser.cjkDate(String(word)) != nil
                || PublicationDateParser.clockMinutes(folded) != nil
        }
    }

    /// Words that open a date line: "Published (on)", "Posted (on)", "Опубликовано", "Publié le",
    /// "Veröffentlicht am", "Publicado el", "发布于".
    static let publishedLeads: Set<String> = [
        "published", "posted", "on", "опубликовано", "publié", "publie", "le", "veröffentlicht", "am", "publicado",
        "publicada", "el", "发布于", "发布",
    ]

    /// Words a date is written with besides numbers and names: "am", "at", "de", "года", "à", "Uhr".
    static let dateConnectives: Set<String> = [
        "am", "pm", "a.m", "p.m", "on", "at", "de", "del", "года", "г", "в", "à", "a", "um", "uhr", "h", "el",
    ]

    /// A headline: at most 25 words and 250 characters, not ending like a sentence (a period), followed by more text.
    /// A line in Chinese or Japanese (no spaces between words) is one at 4 to 40 characters, not ending with a
    /// sentence's or a clause's mark (。！？；，、：): Chinese body paragraphs run longer and end with 。.
    private func isHeadline(_ line: String, next: String?) -> Bool {
        guard next != nil, line.count <= 250 else { return false }
        if line.unicodeScalars.contains(where: Script.isCJK) {
            guard let last = line.last, !"。！？；，、：.!?;,:".contains(last) else { return false }
            let cjk = line.unicodeScalars.filter(Script.isCJK).count
            if cjk * 2 >= line.count {
                // "新华社兰州6月15日电" on its own line is the dateline, not a headline.
                return line.count >= 4 && line.count <= 40 && Dateline.parse(line, registry: registry) == nil
            }
        }
        let words = line.split(separator: " ").count
        guard words >= 2, words <= 25 else { return false }
        return !line.hasSuffix(".") || line.hasSuffix("..") || words <= 12 && !line.hasSuffix(" said.")
    }

    /// "Newsman: Chinese President …": a capitalised name of one to three words, a colon, then a long text.
    private func sourcePrefix(_ line: String) -> (String, String)? {
        guard let (key, value) = HeaderKeys.keyValue(line) else { return nil }
        let words = key.split(separator: " ")
        guard words.count <= 3, words.allSatisfy({ $0.first?.isUppercase == true }),
            key.contains(where: { $0.isLowercase }) || registry.outlet(named: key) != nil,
            value.split(separator: " ").count >= 5
        else { return nil }
        return (key, value)
    }

    /// Body lines to paragraphs. A blank-line-separated block is one hard-wrapped paragraph when its lines
    /// (all but the last) are each at least 30 characters and at least half of them stop mid-sentence;
    /// otherwise each line is a paragraph (scraped text puts one paragraph on a line, and teaser lists are short).
    static func paragraphs(_ lines: [String], firstLine: String?) -> [String] {
        var all = lines
        if let firstLine { all.insert(firstLine, at: 0) }
        var blocks: [[String]] = [[]]
        for line in all {
            if line.isEmpty {
                if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        return blocks.filter { !$0.isEmpty }.flatMap { block -> [String] in
            guard block.count > 1 else { return block }
            let inner = block.dropLast()
            let open = inner.filter { !($0.last.map { ".!?\"”:".contains($0) } ?? false) }.count
            let wrapped = inner.allSatisfy { $0.count >= 30 } && open * 2 >= inner.count
            return wrapped ? [block.joined(separator: " ")] : block
        }
    }

    private func cleanParagraphs(_ input: [String], metadata: inout Metadata) -> [String] {
        var paragraphs: [String] = []
        for paragraph in input {
            if Boilerplate.isCutMarker(paragraph) && paragraphs.count >= 1 {
                metadata.contactDomains = Self.emailDomains(in: paragraph)
                break
            }
            if Boilerplate.isFurniture(paragraph) { continue }
            paragraphs.append(paragraph)
        }
        // Trailing bare credit line, or a credit glued to the last sentence ("…Xi reiterated.Global Times").
        if let last = paragraphs.last {
            if creditName(last, metadata: metadata) != nil, paragraphs.count > 1 {
                metadata.creditOutlet = last
                paragraphs.removeLast()
            } else if let (kept, credit) = gluedCredit(last, metadata: metadata) {
                metadata.creditOutlet = credit
                paragraphs[paragraphs.count - 1] = kept
            }
        }
        // Dateline at the start of a paragraph (the lede, or a lede that a scrape moved elsewhere).
        for index in paragraphs.indices {
            guard let dateline = Dateline.parse(paragraphs[index], registry: registry) else { continue }
            metadata.dateline = metadata.dateline ?? dateline.place
            metadata.agency = dateline.agency
            // "KALOKOL, Wednesday 11 March 2026 —": a dateline's full date (with its year) dates an undated story.
            if metadata.published == nil, let date = dateline.date, date.contains(where: \.isNumber),
                Self.hasYear(date), let stamp = PublicationDateParser.parse(date)
            {
                metadata.published = stamp
            }
            paragraphs[index] = String(paragraphs[index].dropFirst(dateline.prefixLength))
            break
        }
        return paragraphs.filter { !$0.isEmpty }
    }

    /// The outlet named by a whole short paragraph, if it is one.
    private func creditName(_ paragraph: String, metadata: Metadata) -> String? {
        let trimmed = paragraph.trimmingCharacters(in: "()-–—.").trimmingWhitespace()
        guard trimmed.split(separator: " ").count <= 5 else { return nil }
        if registry.outlet(named: trimmed) != nil { return trimmed }
        let known = [metadata.headerOutlet, metadata.prefixOutlet] + metadata.authors.map { Optional($0) }
        return known.compactMap { $0 }.contains { RegistryMatch.same($0, trimmed, registry) } ? trimmed : nil
    }

    /// A paragraph that ends "….Outlet Name" with no space: the text and the credit.
    private func gluedCredit(_ paragraph: String, metadata: Metadata) -> (String, String)? {
        let candidates =
            (registry.outlets.flatMap { [$0.name] + $0.aliases }
                + [metadata.headerOutlet, metadata.prefixOutlet].compactMap { $0 } + metadata.authors)
        for name in candidates where name.count >= 3 && paragraph.hasSuffix(name) {
            let kept = paragraph.dropLast(name.count)
            guard let before = kept.last, ".!?\"”’".contains(before) else { continue }
            return (String(kept), name)
        }
        return nil
    }

    /// The outlet, registry first: the URL's domain, a declared name (header, credit line, source prefix), a
    /// registered outlet among the authors or desk credits, the writers' e-mail domain; then what the text
    /// says, the bare domain, or "Unknown outlet (file.txt)" (see ``OutletEvidence``).
    private func resolveOutlet(_ metadata: Metadata, path: String) -> String {
        if let url = metadata.url, let outlet = registry.outlet(forURL: url) { return outlet.name }
        let declared = [metadata.headerOutlet, metadata.creditOutlet, metadata.prefixOutlet].compactMap { $0 }
        if let outlet = declared.lazy.compactMap({ registry.outlet(named: $0) }).first { return outlet.name }
        if let outlet = metadata.authors.lazy.compactMap({ registry.outlet(named: $0) }).first { return outlet.name }
        if let outlet = metadata.authorCredits.lazy.compactMap(outletCredit(in:)).first { return outlet.name }
        if let outlet = metadata.contactDomains.lazy.compactMap({ registry.outlet(forURL: "https://" + $0) }).first {
            return outlet.name
        }
        let evidence = OutletEvidence(
            urls: [metadata.url].compactMap { $0 }, declared: declared + [metadata.agency].compactMap { $0 })
        return evidence.name(registry: registry, path: path)
    }

    /// Words that follow an outlet's name in a desk credit ("Meridian News", "VSNA Diplomatic Desk").
    static let deskWords: Set<String> = [
        "news", "newsroom", "desk", "staff", "online", "service", "team", "bureau", "wire", "wires", "reporter",
        "reporters", "correspondent", "correspondents", "digital", "web", "editors", "report",
    ]

    /// The outlet named at the start of a desk credit used as an author.
    private func outletCredit(in author: String) -> Outlet? {
        let words = author.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        for count in stride(from: words.count - 1, through: 1, by: -1) {
            let rest = words[count...].map { $0.lowercased() }
            guard rest.contains(where: { Self.deskWords.contains($0) }),
                let outlet = registry.outlet(named: words[..<count].joined(separator: " "))
            else { continue }
            return outlet
        }
        return nil
    }

    /// Domains of e-mail addresses in a line ("anna@harbourpost.example" → "harbourpost.example").
    static func emailDomains(in line: String) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" }).compactMap {
            word -> String? in
            guard let at = word.firstIndex(of: "@") else { return nil }
            let domain = String(word[word.index(after: at)...]).trimmingCharacters(in: ".,;:)(").lowercased()
            return domain.contains(".") ? domain : nil
        }
    }
}

enum RegistryMatch {
    /// Whether two names denote the same outlet (equal folded, or the same registry entry).
    static func same(_ a: String, _ b: String, _ registry: OutletRegistry) -> Bool {
        if OutletRegistry.key(a) == OutletRegistry.key(b) { return true }
        guard let x = registry.outlet(named: a), let y = registry.outlet(named: b) else { return false }
        return x.name == y.name
    }
}

extension String {
    func normalizingLineBreaks() -> String {
        guard utf8.contains(0x0D) else { return self }
        return replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
    }
}
