import Foundation
import Mustache

/// The web UI's swift-mustache templates (`Resources/templates`), loaded once.
///
/// `{{name}}` escapes `& < > " '`, and every article-, store- or request-derived value reaches a template that
/// way. Triple mustaches (`{{{…Markup}}}`) carry only fragments this module built with ``HTML``, which escapes
/// every value it is given: the marked article text, the search snippet and the SVG timeline.
enum PageTemplates {
    static let library: MustacheLibrary = {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("templates"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { preconditionFailure("ParallaxServer's bundled templates are missing") }
        var templates: [String: MustacheTemplate] = [:]
        for name in names where name.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(name)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch {
                preconditionFailure("template \(name) does not parse: \(error)")
            }
        }
        return MustacheLibrary(templates: templates)
    }()

    /// Renders the page template `name` with `view`.
    static func render(_ name: String, _ view: Any) -> String {
        guard let page = library.render(view, withTemplate: name) else {
            preconditionFailure("no template named \(name)")
        }
        return page
    }
}
