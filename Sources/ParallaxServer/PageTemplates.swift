import Foundation
import Mustache

/// The web UI's swift-mustache templates (`Resources/templates`), loaded once.
///
/// `{{name}}` escapes `& < > " '`, and every article-, store- or request-derived value reaches a template that
/// way. Triple mustaches (`{{{…Markup}}}`) carry only fragments this module built with ``HTML``, which escapes
/// every value it is given: the marked article text, the search snippet and the SVG timeline.
enum PageTemplates {
    /// The template files' texts by name (`event` for `event.mustache`).
    static let texts: [String: String] = {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("templates"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { preconditionFailure("ParallaxServer's bundled templates are missing") }
        var texts: [String: String] = [:]
        for name in names where name.hasSuffix(".mustache") {
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
                preconditionFailure("template \(name) cannot be read")
            }
            texts[String(name.dropLast(".mustache".count))] = text
        }
        return texts
    }()

    static let library: MustacheLibrary = {
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in texts {
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch {
                preconditionFailure("template \(name).mustache does not parse: \(error)")
            }
        }
        return MustacheLibrary(templates: templates)
    }()

    /// Bumped when the views (not the templates) change what a page shows, so stored pages are re-rendered.
    static let viewRevision = 2

    /// 16 hex digits (FNV-1a) of the templates and ``viewRevision``: part of a stored page's key, so a server
    /// with new templates never serves a page an older one stored for the same analysis.
    static let fingerprint: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let material = texts.keys.sorted().map { "\($0)\u{0}\(texts[$0] ?? "")\u{0}" }.joined() + "\(viewRevision)"
        for byte in material.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }()

    /// Renders the page template `name` with `view`.
    static func render(_ name: String, _ view: Any) -> String {
        guard let page = library.render(view, withTemplate: name) else {
            preconditionFailure("no template named \(name)")
        }
        return page
    }
}
