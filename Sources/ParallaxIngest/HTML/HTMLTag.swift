/// The HTML elements the extractor tells apart; every other element is `.other` (treated as inline).
enum HTMLTag: UInt8 {
    case other
    case html, head, body, title, meta, link, script, style, noscript, template, svg, math, iframe, object, embed
    case canvas, video, audio, select, textarea, button, input, option, map, img, picture, source, br, hr
    case p, div, section, article, main, header, footer, nav, aside, form, figure, figcaption, caption
    case h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre, table, tbody, thead, tfoot, tr, td, th
    case a, address, center, details, summary, fieldset, legend, dialog, menu, hgroup, time, label, font
    case span, em, strong, b, i, u, small, sup, sub, code, q, cite, abbr, mark

    static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .script, .style, .noscript, .template, .svg, .math, .iframe,
            .object, .embed, .canvas, .video, .audio, .select, .textarea, .button, .input, .option, .map, .img,
            .picture, .source, .br, .hr, .p, .div, .section, .article, .main, .header, .footer, .nav, .aside, .form,
            .figure, .figcaption, .caption, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote,
            .pre, .table, .tbody, .thead, .tfoot, .tr, .td, .th, .a, .address, .center, .details, .summary,
            .fieldset, .legend, .dialog, .menu, .hgroup, .time, .label, .font, .span, .em, .strong, .b, .i, .u,
            .small, .sup, .sub, .code, .q, .cite, .abbr, .mark,
        ]
        for tag in all { table["\(tag)"] = tag }
        return table
    }()

    /// The tag of a lowercase or uppercase element name (NUL-terminated), `.other` when unknown.
    static func of(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var key: UInt64 = 0
        var length = 0
        while length < 12 {
            var b = name[length]
            if b == 0 { break }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            key = key &* 131 &+ UInt64(b)
            length += 1
        }
        if length == 12 && name[12] != 0 { return .other }
        return byKey[key] ?? .other
    }

    private static let byKey: [UInt64: HTMLTag] = {
        var table: [UInt64: HTMLTag] = [:]
        for (name, tag) in byName {
            var key: UInt64 = 0
            for b in name.utf8 { key = key &* 131 &+ UInt64(b) }
            precondition(table[key] == nil, "tag key collision")
            table[key] = tag
        }
        return table
    }()

    /// Elements whose content is never article text: not even descended into.
    var isSkipped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .video,
            .audio, .select, .textarea, .button, .input, .option, .map, .img, .picture, .source, .dialog:
            return true
        default: return false
        }
    }

    /// Elements that start a new block of text (a browser would break the line).
    var isBlock: Bool {
        switch self {
        case .html, .body, .p, .div, .section, .article, .main, .header, .footer, .nav, .aside, .form, .figure,
            .figcaption, .caption, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre,
            .table, .tbody, .thead, .tfoot, .tr, .td, .th, .address, .center, .details, .summary, .fieldset,
            .legend, .menu, .hgroup, .hr, .br:
            return true
        default: return false
        }
    }

    /// Elements whose text is a paragraph of its own (its score goes to the parent container).
    var isParagraphLike: Bool {
        switch self {
        case .p, .pre, .h1, .h2, .h3, .h4, .h5, .h6, .li, .dt, .dd, .blockquote, .figcaption, .caption, .address,
            .summary, .legend:
            return true
        default: return false
        }
    }

    var headingLevel: Int {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return 0
        }
    }
}
