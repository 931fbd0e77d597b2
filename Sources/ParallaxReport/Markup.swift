/// The few constructs reports are made of, written as terminal text or as Markdown.
struct Markup {
    let markdown: Bool
    private(set) var output = ""

    init(markdown: Bool) {
        self.markdown = markdown
    }

    mutating func heading(_ text: String, level: Int) {
        if !output.isEmpty && !output.hasSuffix("\n\n") { output += "\n" }
        if markdown {
            output += String(repeating: "#", count: level) + " " + escape(text) + "\n\n"
        } else {
            output += text + "\n"
            output +=
                String(repeating: level == 1 ? "=" : level == 2 ? "-" : "·", count: min(80, max(3, text.count))) + "\n"
        }
    }

    mutating func line(_ text: String) {
        output += (markdown ? escape(text) : text) + "\n"
    }

    mutating func field(_ name: String, _ value: String) {
        output += markdown ? "- **\(name):** \(escape(value))\n" : "  \(name): \(value)\n"
    }

    mutating func bullet(_ text: String, level: Int = 0) {
        let indent = String(repeating: "  ", count: level)
        output += markdown ? "\(indent)- \(escape(text))\n" : "\(indent)  • \(text)\n"
    }

    mutating func table(_ header: [String], _ rows: [[String]]) {
        if markdown {
            output += "| " + header.map(escapeCell).joined(separator: " | ") + " |\n"
            output += "|" + header.map { _ in "---|" }.joined() + "\n"
            for row in rows { output += "| " + row.map(escapeCell).joined(separator: " | ") + " |\n" }
        } else {
            var widths = header.map(\.count)
            for row in rows {
                for (i, cell) in row.enumerated() where i < widths.count {
                    widths[i] = max(widths[i], min(cell.count, 60))
                }
            }
            func render(_ cells: [String]) -> String {
                "  "
                    + cells.enumerated().map { i, cell in
                        let clipped = cell.count > 60 ? String(cell.prefix(59)) + "…" : cell
                        return clipped + String(repeating: " ", count: max(0, widths[i] - clipped.count))
                    }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            }
            output += render(header)
            output += "  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
            for row in rows { output += render(row) }
        }
    }

    mutating func blank() {
        if !output.hasSuffix("\n\n") { output += "\n" }
    }

    /// Markdown-escapes characters that would change rendering; article text is untrusted, so HTML-significant
    /// characters are escaped as entities too.
    private func escape(_ text: String) -> String {
        guard markdown else { return text }
        var out = ""
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "\\", "#", "|": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }

    private func escapeCell(_ text: String) -> String { escape(text.replacingNewlines()) }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    func replacingNewlines() -> String { String(map { $0 == "\n" ? " " : $0 }) }
}
