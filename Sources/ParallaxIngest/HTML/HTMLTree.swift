import CLibXML2

/// A page flattened for extraction: its elements (parents before children) and its blocks of text, each
/// block being the whitespace-collapsed text a browser would show as one paragraph or line.
///
/// Built from libxml2's HTML parser (`HTML_PARSE_NONET | NOERROR | NOWARNING | RECOVER | IGNORE_ENC`, the text
/// handed over as UTF-8) through its SAX interface: the parser reports elements and text in document order,
/// with the implied and auto-closed elements of the HTML rules, and Parallax builds its own flat structure
/// as they come. Script, style and comment bodies are cut out first (``ScriptStripper``). No libxml2 DOM is built: on the extraction benchmark that halves the parse time (DOM
/// building and freeing are most of libxml2's cost). Script, style, media, form controls and hidden
/// elements are never entered. Metadata (`<title>`, `<meta>`, `<link>`, JSON-LD, `<time>`, `<html lang>`,
/// `itemprop`, bylines) is collected on the way.
struct HTMLTree {
    struct Element {
        var tag: HTMLTag
        var parent: Int32
        var depth: Int16
        var hints: ClassHints
        /// `itemprop=articleBody`, `role=main`… : a strong sign of the article container.
        var isArticleBody: Bool
        /// `role=navigation|complementary|contentinfo|banner|menu…`.
        var isLandmarkFurniture: Bool
    }

    struct Block {
        /// The innermost block-level element holding the text.
        var element: Int32
        var start: Int32
        var end: Int32
        /// Characters (Unicode scalars) of text, and of text inside links.
        var characters: Int32
        var linkCharacters: Int32
        var commas: Int16
        /// Ended by a `<br>` rather than by its element.
        var endsWithBreak: Bool
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    var text: [UInt8] = []
    var metadata = PageMetadata.Raw()
    /// Whether some elements were nested deeper than the limit (their text was kept, flattened into the deepest
    /// element within it).
    var truncatedByDepth = false

    fileprivate init() {}

    /// Parses `html` and flattens it.
    /// - Parameter maxDepth: elements deeper than this get no element of their own; their text is kept in the
    ///   deepest element within the limit (hostile pages nest 100,000 levels; real ones stay under 100).
    init(html: String, maxDepth: Int = 256) {
        LibXML.ready
        let builder = TreeBuilder(maxDepth: maxDepth, capacity: html.utf8.count)
        var source = html
        let stripped = source.withUTF8 { ScriptStripper.strip($0) }
        stripped.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let context = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return }
                defer { htmlFreeParserCtxt(context) }
                let options = Int32(
                    HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                        | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
                _ = htmlCtxtUseOptions(context, options)
                _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                var handler = TreeBuilder.handler
                let original = context.pointee.sax
                withUnsafeMutablePointer(to: &handler) { pointer in
                    context.pointee.sax = pointer
                    context.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
                    _ = htmlParseDocument(context)
                    context.pointee.sax = original
                    context.pointee.userData = nil
                }
                if let document = context.pointee.myDoc {
                    xmlFreeDoc(document)
                    context.pointee.myDoc = nil
                }
            }
        }
        builder.flush(endsWithBreak: false)
        self = builder.tree
    }

    /// The text of a block.
    func string(_ block: Block) -> String {
        String(decoding: text[Int(block.start)..<Int(block.end)], as: UTF8.self)
    }

    /// Whether `element` is `ancestor` or inside it.
    func isInside(_ element: Int32, _ ancestor: Int32) -> Bool {
        var e = element
        while e >= 0 {
            if e == ancestor { return true }
            if e < ancestor { return false }  // parents come before children
            e = elements[Int(e)].parent
        }
        return false
    }
}

/// Receives libxml2's SAX events and builds an ``HTMLTree``.
private final class TreeBuilder {
    // One builder per parse, never shared: the dynamic exclusivity checks on its hot state are skipped
    // (they cost about a tenth of the extraction time).
    @exclusivity(unchecked) var tree = HTMLTree()
    let maxDepth: Int

    /// What each open element needs when it closes.
    struct Frame {
        var element: Int32
        var isBlock: Bool
        var savedOwner: Int32
        var inLink: Bool
        var capture: Capture?
    }

    /// Text gathered for metadata while an element is open.
    enum Capture {
        case title, jsonLD, itempropDate, itempropAuthor, byline
    }

    @exclusivity(unchecked) var frames: [Frame] = []
    /// Open elements past the depth limit, innermost last: bit 0 a block, bit 1 the link state to restore.
    @exclusivity(unchecked) var beyondDepth: [UInt8] = []
    /// Open elements inside a skipped one (script, style, hidden…), the skipped one included.
    @exclusivity(unchecked) var skipDepth = 0
    @exclusivity(unchecked) var inHead = 0
    /// Captures in progress: kind, bytes, limit.
    @exclusivity(unchecked) var captures: [(kind: Capture, bytes: [UInt8], limit: Int)] = []

    /// The element whose text is being gathered.
    @exclusivity(unchecked) var owner: Int32 = -1
    @exclusivity(unchecked) var inLink = false
    @exclusivity(unchecked) var pendingStart = 0
    @exclusivity(unchecked) var pendingSpace = false
    @exclusivity(unchecked) var characters: Int32 = 0
    @exclusivity(unchecked) var linkCharacters: Int32 = 0
    @exclusivity(unchecked) var commas: Int16 = 0
    @exclusivity(unchecked) var classBytes = ContiguousArray<UInt8>()

    init(maxDepth: Int, capacity: Int) {
        self.maxDepth = maxDepth
        tree.text.reserveCapacity(capacity / 4)
        frames.reserveCapacity(64)
    }

    /// Read-only after initialisation; libxml2 only reads it.
    nonisolated(unsafe) static let handler: htmlSAXHandler = {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue().start(name, attributes)
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue().end()
        }
        handler.characters = { context, characters, length in
            guard let context, let characters else { return }
            Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue().text(characters, Int(length))
        }
        handler.cdataBlock = handler.characters
        handler.ignorableWhitespace = handler.characters
        handler.initialized = 1
        return handler
    }()

    // MARK: Text

    func flush(endsWithBreak: Bool) {
        if characters > 0, owner >= 0 {
            tree.blocks.append(
                HTMLTree.Block(
                    element: owner, start: Int32(pendingStart), end: Int32(tree.text.count), characters: characters,
                    linkCharacters: linkCharacters, commas: commas, endsWithBreak: endsWithBreak))
        } else if tree.text.count > pendingStart {
            tree.text.removeSubrange(pendingStart...)
        }
        pendingStart = tree.text.count
        pendingSpace = false
        characters = 0
        linkCharacters = 0
        commas = 0
    }

    func text(_ pointer: UnsafePointer<UInt8>, _ length: Int) {
        if !captures.isEmpty {
            for i in captures.indices where captures[i].bytes.count < captures[i].limit {
                captures[i].bytes.append(
                    contentsOf: UnsafeBufferPointer(
                        start: pointer, count: min(length, captures[i].limit - captures[i].bytes.count)))
            }
        }
        if skipDepth > 0 || inHead > 0 { return }
        var i = 0
        while i < length {
            let b = pointer[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = true
                i += 1
                continue
            }
            if b == 0xC2 && i + 1 < length && pointer[i + 1] == 0xA0 {  // no-break space
                pendingSpace = true
                i += 2
                continue
            }
            if pendingSpace {
                if characters > 0 {
                    tree.text.append(0x20)
                    characters += 1
                    if inLink { linkCharacters += 1 }
                }
                pendingSpace = false
            }
            tree.text.append(b)
            if b & 0xC0 != 0x80 {
                characters += 1
                if inLink { linkCharacters += 1 }
                if b == 0x2C { commas += 1 }
            }
            i += 1
        }
    }

    // MARK: Elements

    func start(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let tag = HTMLTag.of(name)
        if frames.count >= maxDepth {
            startBeyondDepth(tag)
            return
        }
        let attributes = read(attributes, of: tag)
        var (capture, skip) = collectMetadata(tag, attributes)
        let hints = classBytes.isEmpty ? [] : cachedHints()
        if capture == nil, hints.contains(.byline), !hints.contains(.positive), tree.metadata.bylines.count < 8 {
            capture = .byline
        }
        if let capture {
            captures.append((capture, [], capture == .jsonLD ? 1 << 20 : 4096))
        }
        skip = skip || tag.isSkipped || attributes.hidden
        if skip {
            frames.append(Frame(element: -1, isBlock: false, savedOwner: owner, inLink: inLink, capture: capture))
            skipDepth = 1
            return
        }
        if inHead > 0 && tag != .head {
            frames.append(Frame(element: -1, isBlock: false, savedOwner: owner, inLink: inLink, capture: capture))
            return
        }
        open(tag, hints: hints, attributes, capture: capture)
    }

    /// The attributes of an element that extraction and metadata look at.
    struct Attributes {
        var hidden = false
        var isArticleBody = false
        var landmark = false
        var itemprop: String?
        var type: UnsafePointer<UInt8>?
        var content: UnsafePointer<UInt8>?
        var datetime: UnsafePointer<UInt8>?
        var property: UnsafePointer<UInt8>?
        var rel: UnsafePointer<UInt8>?
        var href: UnsafePointer<UInt8>?
        var lang: UnsafePointer<UInt8>?
        var charset: UnsafePointer<UInt8>?
    }

    /// Reads an element's attributes (libxml2's name, value, name, value… list), its `class` and `id` into
    /// ``classBytes``.
    private func read(_ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, of tag: HTMLTag) -> Attributes {
        classBytes.removeAll(keepingCapacity: true)
        var a = Attributes()
        guard var cursor = attributes else { return a }
        while let attrName = cursor.pointee {
            let value = cursor.advanced(by: 1).pointee
            cursor = cursor.advanced(by: 2)
            switch attrName[0] | 0x20 {
            case 0x63:  // c
                if Self.equals(attrName, "class"), let value { appendClass(value) }
                if Self.equals(attrName, "content") { a.content = value }
                if Self.equals(attrName, "charset") { a.charset = value }
            case 0x69:  // i
                if Self.equals(attrName, "id"), let value { appendClass(value) }
                if Self.equals(attrName, "itemprop"), let value {
                    let prop = Self.lowerString(value)
                    a.itemprop = prop
                    if prop == "articlebody" || prop == "articletext" { a.isArticleBody = true }
                }
            case 0x68:  // h
                if Self.equals(attrName, "hidden") { a.hidden = true }
                if Self.equals(attrName, "href") { a.href = value }
                if Self.equals(attrName, "http-equiv") { a.property = a.property ?? value }
            case 0x61:  // a
                if Self.equals(attrName, "aria-hidden"), let value, Self.lowerString(value) == "true" {
                    a.hidden = true
                }
            case 0x73:  // s
                if Self.equals(attrName, "style"), let value, Self.styleHides(value) { a.hidden = true }
            case 0x72:  // r
                if Self.equals(attrName, "rel") { a.rel = value }
                if Self.equals(attrName, "role"), let value {
                    switch Self.lowerString(value) {
                    case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog",
                        "alertdialog", "search":
                        a.landmark = true
                    case "main", "article": a.isArticleBody = a.isArticleBody || tag != .body
                    default: break
                    }
                }
            case 0x74:  // t
                if Self.equals(attrName, "type") { a.type = value }
            case 0x64:  // d
                if Self.equals(attrName, "datetime") { a.datetime = value }
            case 0x70:  // p
                if Self.equals(attrName, "property") { a.property = value }
            case 0x6E:  // n
                if Self.equals(attrName, "name") { a.property = a.property ?? value }
            case 0x6C:  // l
                if Self.equals(attrName, "lang") { a.lang = value }
            case 0x78:  // x
                if Self.equals(attrName, "xml:lang") { a.lang = a.lang ?? value }
            default: break
            }
        }
        return a
    }

    /// Records what a metadata element says (`<html lang>`, `<meta>`, `<link rel=canonical>`, `<time>`,
    /// `itemprop`); returns the text to capture from inside it, and whether its text is skipped (`<title>`).
    private func collectMetadata(_ tag: HTMLTag, _ a: Attributes) -> (capture: Capture?, skip: Bool) {
        var capture: Capture?
        var skip = false
        switch tag {
        case .html:
            if let lang = a.lang { tree.metadata.language = tree.metadata.language ?? String(cString: lang) }
        case .head:
            inHead += 1
        case .meta:
            if let content = a.content, let property = a.property {
                let key = String(cString: property).lowercased()
                let value = String(cString: content)
                if tree.metadata.meta[key] == nil { tree.metadata.meta[key] = value }
                if key == "author" || key == "article:author" || key == "dc.creator" {
                    tree.metadata.metaAuthors.append(value)
                }
            } else if let charset = a.charset {
                tree.metadata.metaCharset = String(cString: charset)
            }
            if let itemprop = a.itemprop, let content = a.content {
                if tree.metadata.meta[itemprop] == nil { tree.metadata.meta[itemprop] = String(cString: content) }
            }
        case .link:
            if let rel = a.rel, let href = a.href, Self.lowerString(rel) == "canonical" {
                tree.metadata.canonical = tree.metadata.canonical ?? String(cString: href)
            }
        case .title:
            if tree.metadata.title == nil { capture = .title }
            skip = true
        case .script:
            if let type = a.type, Self.lowerString(type).contains("ld+json") { capture = .jsonLD }
        case .time:
            if let datetime = a.datetime { tree.metadata.times.append(String(cString: datetime)) }
        default: break
        }
        if capture == nil, let itemprop = a.itemprop {
            if itemprop == "datepublished" {
                if let value = a.datetime ?? a.content {
                    tree.metadata.itempropDates.append(String(cString: value))
                } else {
                    capture = .itempropDate
                }
            } else if itemprop == "author" || itemprop == "creator" {
                capture = .itempropAuthor
            }
        }
        return (capture, skip)
    }

    /// Adds the element and opens its frame; a block element starts a new block of text.
    private func open(_ tag: HTMLTag, hints: ClassHints, _ a: Attributes, capture: Capture?) {
        let parent = frames.last { $0.element >= 0 }?.element ?? -1
        let index = Int32(tree.elements.count)
        tree.elements.append(
            HTMLTree.Element(
                tag: tag, parent: parent, depth: Int16(min(frames.count, Int(Int16.max))), hints: hints,
                isArticleBody: a.isArticleBody, isLandmarkFurniture: a.landmark))

        if tag == .br || tag == .hr {
            flush(endsWithBreak: true)
            // Void elements get an end event too; keep the stack balanced.
            frames.append(Frame(element: index, isBlock: false, savedOwner: owner, inLink: inLink, capture: capture))
            return
        }
        let block = tag.isBlock
        frames.append(Frame(element: index, isBlock: block, savedOwner: owner, inLink: inLink, capture: capture))
        if block {
            flush(endsWithBreak: false)
            owner = index
        }
        if tag == .a { inLink = true }
    }

    func end() {
        if skipDepth > 1 {
            skipDepth -= 1
            return
        }
        skipDepth = 0
        // Elements past the depth limit are the innermost open ones.
        if !beyondDepth.isEmpty {
            endBeyondDepth()
            return
        }
        guard let frame = frames.popLast() else { return }
        if let kind = frame.capture, let index = captures.lastIndex(where: { $0.kind == kind }) {
            let captured = captures.remove(at: index)
            let value = String(decoding: captured.bytes, as: UTF8.self)
            switch kind {
            case .title: tree.metadata.title = tree.metadata.title ?? value
            case .jsonLD: tree.metadata.jsonLD.append(value)
            case .itempropDate: tree.metadata.itempropDates.append(value)
            case .itempropAuthor: tree.metadata.itempropAuthors.append(value)
            case .byline: tree.metadata.bylines.append(value)
            }
        }
        if frame.element >= 0, tree.elements[Int(frame.element)].tag == HTMLTag.head { inHead = max(0, inHead - 1) }
        if frame.isBlock {
            flush(endsWithBreak: false)
            owner = frame.savedOwner
        }
        inLink = frame.inLink
    }

    /// An element nested deeper than the limit is flattened, not dropped: it gets no element of its own (so
    /// nothing deeper costs memory or a walk up the tree), but its text stays in the deepest element within the
    /// limit, still split into paragraphs at block tags. A page that wraps its article in 300 `<div>`s keeps
    /// its article; media, scripts and forms down there are still skipped.
    /// One byte per open element (not a frame) keeps a hostile page's memory to a byte per `<div>`.
    private func startBeyondDepth(_ tag: HTMLTag) {
        tree.truncatedByDepth = true
        let block = tag.isBlock
        beyondDepth.append((block ? 1 : 0) | (inLink ? 2 : 0))
        if tag.isSkipped {
            skipDepth = 1
            return
        }
        if block { flush(endsWithBreak: tag == .br || tag == .hr) }
        if tag == .a { inLink = true }
    }

    /// Closes an element opened past the depth limit.
    private func endBeyondDepth() {
        let flags = beyondDepth.removeLast()
        if flags & 1 != 0 { flush(endsWithBreak: false) }
        inLink = flags & 2 != 0
    }

    /// Class and id strings repeat across a page (`menu-item`, `card-content`): their hints are computed once.
    @exclusivity(unchecked) var hintCache: [UInt64: ClassHints] = [:]

    private func cachedHints() -> ClassHints {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in classBytes { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
        if let known = hintCache[h] { return known }
        let hints = ClassHints.of(classBytes)
        hintCache[h] = hints
        return hints
    }

    private func appendClass(_ value: UnsafePointer<UInt8>) {
        if !classBytes.isEmpty { classBytes.append(0x20) }
        var v = value
        while v.pointee != 0 {
            let b = v.pointee
            classBytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            v += 1
        }
    }

    // MARK: Helpers

    static func equals(_ pointer: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let bytes = name.utf8Start
        var i = 0
        while i < name.utf8CodeUnitCount {
            let b = pointer[i]
            if b == 0 { return false }
            let folded = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if folded != bytes[i] { return false }
            i += 1
        }
        return pointer[i] == 0
    }

    static func lowerString(_ pointer: UnsafePointer<UInt8>) -> String {
        String(cString: pointer).lowercased().trimmingWhitespace()
    }

    /// Whether an inline style hides the element (`display:none`, `visibility:hidden`), spaces and case ignored.
    static func styleHides(_ pointer: UnsafePointer<UInt8>) -> Bool {
        var folded: [UInt8] = []
        var p = pointer
        while p.pointee != 0 && folded.count < 512 {
            let b = p.pointee
            if b != 0x20 && b != 0x09 && b != 0x0A { folded.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            p += 1
        }
        return contains(folded, Array("display:none".utf8)) || contains(folded, Array("visibility:hidden".utf8))
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
