import ParallaxModel
import ParallaxText

/// The hashed term counts of one document: what the streaming clusterer needs of it, and nothing else.
///
/// Built by ``StreamingTermExtractor`` (pure, so any thread can build them) and consumed in order by
/// ``StreamingEventClusterer``. Ids are 64-bit ``ParallaxText/StableHash`` values of folded bytes; content
/// words and title words share ids, name phrases live in their own hash space.
public struct DocumentTerms: Sendable {
    /// The caller's number for the document (its position in the stream, say); reported back on assignment.
    public var serial: Int
    /// Publication day (``ParallaxModel/CivilDate/dayNumber``), when known.
    public var day: Int?
    var content: [UInt64] = []
    var contentCounts: [UInt16] = []
    var names: [UInt64] = []
    var nameCounts: [UInt16] = []
    var title: [UInt64] = []
    var titleCounts: [UInt16] = []

    /// Distinct content words, name phrases and title words.
    public var termCounts: (content: Int, names: Int, title: Int) { (content.count, names.count, title.count) }
}

/// Turns a document's UTF-8 bytes into hashed term counts, allocating no `String` per token.
///
/// The units are those of ``ParallaxText/ContentTerms``: folded words of two or more bytes that are not stop
/// words, numbers of three or more characters (commas dropped), and runs of capitalised words with inner
/// "of"/"and"/"for" as name phrases. Differences, for speed: ASCII case is folded on the fly and non-ASCII
/// letters keep their case (the typographic apostrophe is folded to `'`); a name run also ends at
/// punctuation between two words ("Putin, Xi" is two names).
public struct StreamingTermExtractor: Sendable {
    private var contentCounter = TermCounter()
    private var nameCounter = TermCounter()
    private var titleCounter = TermCounter()

    public init() {}

    /// Seed of the name-phrase hash space.
    static let nameSeed: UInt64 = 0x6e61_6d65_7068_7261

    /// The id of a folded term, as the extractor computes it from the bytes of a token.
    public static func termID(_ term: String) -> UInt64 {
        var copy = term
        return copy.withUTF8 { StableHash.mix(feedFolded(StableHash.offsetBasis, $0, 0, $0.count)) }
    }

    /// The id of a name phrase given as folded words ("vladimir putin").
    public static func nameID(_ phrase: String) -> UInt64 {
        var copy = phrase
        return copy.withUTF8 { StableHash.mix(feedFolded(StableHash.offsetBasis ^ nameSeed, $0, 0, $0.count)) }
    }

    static let stopIDs: TermIdTable = {
        var table = TermIdTable(capacity: 512)
        for word in StopWords.english { _ = table.value(for: termID(word)) { 1 } }
        return table
    }()

    static let connectorIDs: (of: UInt64, and: UInt64, for: UInt64) = (termID("of"), termID("and"), termID("for"))

    /// FNV-1a over `bytes[start..<end]`, ASCII capitals lowered and U+2019 read as `'`.
    @inline(__always)
    static func feedFolded(_ state: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = state
        var i = start
        while i < end {
            var b = bytes[i]
            if b >= 0x41 && b <= 0x5A {
                b |= 0x20
            } else if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 {
                b = 0x27
                i += 2
            }
            h ^= UInt64(b)
            h = h &* StableHash.prime
            i += 1
        }
        return h
    }

    @inline(__always)
    static func feed(_ state: UInt64, _ byte: UInt8) -> UInt64 { (state ^ UInt64(byte)) &* StableHash.prime }

    /// The term counts of one document.
    /// - Parameters:
    ///   - serial: the caller's number for the document, reported back when it is assigned to an event.
    ///   - day: publication day number, when known.
    ///   - title: the headline's UTF-8, if any.
    ///   - text: the body's UTF-8.
    public mutating func terms(
        serial: Int, day: Int?, title: UnsafeBufferPointer<UInt8>?, text: UnsafeBufferPointer<UInt8>
    ) -> DocumentTerms {
        contentCounter.reset()
        nameCounter.reset()
        titleCounter.reset()
        scan(text, names: true) {
            contentCounter.add($0)
        } name: {
            nameCounter.add($0)
        }
        if let title {
            scan(title, names: false) {
                titleCounter.add($0)
            } name: { _ in
            }
        }
        var result = DocumentTerms(serial: serial, day: day)
        (result.content, result.contentCounts) = contentCounter.drain()
        (result.names, result.nameCounts) = nameCounter.drain()
        (result.title, result.titleCounts) = titleCounter.drain()
        return result
    }

    /// The term counts of a document given as strings (tests, small inputs).
    public mutating func terms(serial: Int, day: Int?, title: String?, text: String) -> DocumentTerms {
        var body = text
        var head = title ?? ""
        return body.withUTF8 { textBytes in
            head.withUTF8 { titleBytes in
                terms(serial: serial, day: day, title: title == nil ? nil : titleBytes, text: textBytes)
            }
        }
    }

    @inline(__always)
    private func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, names: Bool, content: (UInt64) -> Void, name: (UInt64) -> Void
    ) {
        let stops = Self.stopIDs
        let connectors = Self.connectorIDs
        var nameState: UInt64 = 0
        var nameOpen = false
        var pending: Span?
        var previousEnd = 0
        func flush() {
            if nameOpen { name(StableHash.mix(nameState)) }
            nameOpen = false
            pending = nil
        }
        Tokenizer.forEachToken(in: bytes) { token in
            let span = token.span
            if names && nameOpen {
                // Punctuation between two words ends a name run.
                var k = previousEnd
                while k < span.start {
                    let b = bytes[k]
                    if b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D {
                        flush()
                        break
                    }
                    k += 1
                }
            }
            previousEnd = span.end
            if token.kind == .number {
                if span.length >= 3 {
                    var h = StableHash.offsetBasis
                    for k in span.start..<span.end where bytes[k] != 0x2C { h = Self.feed(h, bytes[k]) }
                    content(StableHash.mix(h))
                }
                if names { flush() }
                return
            }
            let id = StableHash.mix(Self.feedFolded(StableHash.offsetBasis, bytes, span.start, span.end))
            let isStop = stops.value(for: id) != nil
            if span.length >= 2 && !isStop { content(id) }
            guard names else { return }
            if token.isCapitalized && !isStop {
                if !nameOpen {
                    nameState = StableHash.offsetBasis ^ Self.nameSeed
                    nameOpen = true
                } else {
                    nameState = Self.feed(nameState, 0x20)
                    if let connector = pending {
                        nameState = Self.feedFolded(nameState, bytes, connector.start, connector.end)
                        nameState = Self.feed(nameState, 0x20)
                    }
                }
                pending = nil
                nameState = Self.feedFolded(nameState, bytes, span.start, span.end)
            } else if nameOpen && pending == nil
                && (id == connectors.of || id == connectors.and || id == connectors.for)
            {
                pending = span
            } else {
                flush()
            }
        }
        if names { flush() }
    }
}

/// Counts term ids of one document in a reusable open-addressing table (no allocation per document once warm).
struct TermCounter: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 1024)
    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    private var order: [UInt64] = []
    private var counts: [UInt16] = []
    private var used: [Int] = []

    mutating func reset() {
        for i in used {
            keys[i] = 0
            slots[i] = -1
        }
        used.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func add(_ id: UInt64) {
        let key = id == 0 ? 1 : id
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key {
                let s = Int(slots[i])
                if counts[s] < UInt16.max { counts[s] += 1 }
                return
            }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        keys[i] = key
        slots[i] = Int32(order.count)
        used.append(i)
        order.append(id)
        counts.append(1)
        if used.count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        slots = Array(repeating: -1, count: size)
        used.removeAll(keepingCapacity: true)
        let mask = size - 1
        for (index, id) in order.enumerated() {
            let key = id == 0 ? 1 : id
            var i = Int(truncatingIfNeeded: key) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = key
            slots[i] = Int32(index)
            used.append(i)
        }
    }

    /// The distinct ids in first-seen order and their counts.
    func drain() -> ([UInt64], [UInt16]) { (order, counts) }
}
