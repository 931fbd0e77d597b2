import ParallaxModel
import ParallaxStore

/// The values the page templates read. Strings here are plain text (the templates escape them), except
/// properties named `…Markup`, which hold fragments built with ``HTML``.
enum PageViews {
    /// The title and search box of the frame around every page (`header.mustache`).
    struct Frame {
        var title: String
        var searchText = ""
    }

    struct Link {
        var href: String
        var label: String
    }

    struct Pager {
        var links: [Link]
    }

    struct OutletOption {
        var name: String
        var selected: Bool
    }

    /// The outlet menu, entity field and date range of a filter form (`filters.mustache`).
    struct Filters {
        var outlets: [OutletOption]
        var showEntity: Bool
        var entity: String
        var from: String
        var to: String

        init(query: EventQuery, outlets: [String], entity: Bool = true) {
            self.outlets = outlets.map {
                OutletOption(name: $0, selected: $0.lowercased() == query.outlet?.lowercased())
            }
            showEntity = entity
            self.entity = query.entity ?? ""
            from = query.from?.description ?? ""
            to = query.to?.description ?? ""
        }
    }

    struct EventItem {
        var path: String
        var title: String
        var meta: String
    }

    /// An `<ol>` of events with their dates, sizes and outlets (`events.mustache`).
    struct EventItems {
        var items: [EventItem]

        init(_ events: [Event]) {
            items = events.map { event in
                EventItem(
                    path: HTML.percentEncode(event.id), title: event.title,
                    meta: (event.date?.description ?? "undated") + " · "
                        + PageViews.plural(event.articleIds.count, "article") + " · "
                        + event.outlets.joined(separator: ", "))
            }
        }
    }

    /// "1 article", "3 articles".
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// A quoted or cited source and its counts.
    struct Source {
        var name: String
        var details: String
    }

    /// A framing term and its counts.
    struct Term {
        var term: String
        var counts: String
    }
}
