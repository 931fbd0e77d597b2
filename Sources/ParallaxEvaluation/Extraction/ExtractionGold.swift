import ParallaxModel

/// Hand-made gold annotations for extraction, one entry per article file.
///
/// The JSON format (also described in `Examples/gold/README.md`):
///
/// ```json
/// {
///   "version": 1,
///   "articles": {
///     "003_dc36aca051bd0ce3.txt": {
///       "published": "2022-06-15",
///       "entities": [{"kind": "person", "name": "Xi Jinping", "aliases": ["Xi", "Mr Xi"]}],
///       "quotes": [{"speaker": "Xi Jinping", "kind": "direct", "snippet": "sovereignty and security"}],
///       "quantities": [{"kind": "money", "value": 147e9, "unit": "USD", "text": "US$147 billion"}],
///       "times": [{"text": "Feb 24", "value": "2022-02-24"}],
///       "attributions": [{"kind": "data", "source": "Chinese Customs data"}],
///       "actions": [{"actor": "Xi Jinping", "category": "consult", "target": "Vladimir Putin"}]
///     }
///   }
/// }
/// ```
///
/// Articles are keyed by the file's base name. Every list may be omitted (read as empty). `published` is the
/// date the annotator anchored relative times to (null when the text gives none; then relative times have a
/// null `value`). Quote snippets are at most six words that occur inside the quote, so that predictions made
/// independently of the gold still match; for third-party texts they are also all the gold keeps of a quote.
public struct ExtractionGold: Codable, Sendable, Hashable {
    /// Format version; 1.
    public var version: Int
    /// Gold per article, keyed by file base name ("harbour-post-x.txt", "003_dc36aca051bd0ce3.txt").
    public var articles: [String: ArticleGold]

    /// Creates a gold set.
    public init(version: Int = 1, articles: [String: ArticleGold]) {
        self.version = version
        self.articles = articles
    }

    /// Everything an annotator found in one article.
    public struct ArticleGold: Codable, Sendable, Hashable {
        /// The date relative times were anchored to (`YYYY-MM-DD`), or nil.
        public var published: String?
        /// Entities named in the body.
        public var entities: [Entity]
        /// Direct and indirect speech.
        public var quotes: [Quote]
        /// Amounts, measures, counts, percentages, multipliers, ordinals.
        public var quantities: [Quantity]
        /// Dates, relative times and durations.
        public var times: [Time]
        /// Sources cited, one item per source.
        public var attributions: [Attribution]
        /// Who did what to whom, one item per (actor, category, target).
        public var actions: [Action]
        /// Free-text remarks about annotation choices.
        public var notes: String?

        /// Creates the gold of one article.
        public init(
            published: String? = nil, entities: [Entity] = [], quotes: [Quote] = [], quantities: [Quantity] = [],
            times: [Time] = [], attributions: [Attribution] = [], actions: [Action] = [], notes: String? = nil
        ) {
            self.published = published
            self.entities = entities
            self.quotes = quotes
            self.quantities = quantities
            self.times = times
            self.attributions = attributions
            self.actions = actions
            self.notes = notes
        }

        enum CodingKeys: String, CodingKey {
            case published, entities, quotes, quantities, times, attributions, actions, notes
        }

        /// Decodes, reading missing lists as empty.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            published = try c.decodeIfPresent(String.self, forKey: .published)
            entities = try c.decodeIfPresent([Entity].self, forKey: .entities) ?? []
            quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
            quantities = try c.decodeIfPresent([Quantity].self, forKey: .quantities) ?? []
            times = try c.decodeIfPresent([Time].self, forKey: .times) ?? []
            attributions = try c.decodeIfPresent([Attribution].self, forKey: .attributions) ?? []
            actions = try c.decodeIfPresent([Action].self, forKey: .actions) ?? []
            notes = try c.decodeIfPresent(String.self, forKey: .notes)
        }
    }

    /// A gold entity: matched by kind and any shared name or alias, case-insensitively.
    public struct Entity: Codable, Sendable, Hashable {
        /// What sort of entity.
        public var kind: EntityKind
        /// The fullest name.
        public var name: String
        /// Other names the article uses.
        public var aliases: [String]

        /// Creates a gold entity.
        public init(kind: EntityKind, name: String, aliases: [String] = []) {
            self.kind = kind
            self.name = name
            self.aliases = aliases
        }

        enum CodingKeys: String, CodingKey { case kind, name, aliases }

        /// Decodes, reading missing aliases as empty.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            kind = try c.decode(EntityKind.self, forKey: .kind)
            name = try c.decode(String.self, forKey: .name)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        }
    }

    /// A gold quote: speaker (nil when unattributed), direct or indirect, and a distinctive snippet of at most
    /// six words that the predicted quote text must contain.
    public struct Quote: Codable, Sendable, Hashable {
        /// Who spoke; nil when nobody is named.
        public var speaker: String?
        /// Direct or indirect.
        public var kind: ParallaxModel.Quote.Kind
        /// At most six words found inside the quote.
        public var snippet: String

        /// Creates a gold quote.
        public init(speaker: String?, kind: ParallaxModel.Quote.Kind, snippet: String) {
            self.speaker = speaker
            self.kind = kind
            self.snippet = snippet
        }
    }

    /// A gold quantity: kind, value with scale applied, unit as ``ParallaxModel/Quantity/unit`` writes it, and
    /// optionally the surface text (for people; not matched).
    public struct Quantity: Codable, Sendable, Hashable {
        /// What the number measures.
        public var kind: ParallaxModel.Quantity.Kind
        /// The value with scale words applied.
        public var value: Double
        /// The unit as ``ParallaxModel/Quantity/unit`` writes it.
        public var unit: String?
        /// The surface text, for people.
        public var text: String?

        /// Creates a gold quantity.
        public init(kind: ParallaxModel.Quantity.Kind, value: Double, unit: String? = nil, text: String? = nil) {
            self.kind = kind
            self.value = value
            self.unit = unit
            self.text = text
        }
    }

    /// A gold time: a snippet the predicted surface text must contain, and the TIMEX3 value (nil when a
    /// careful reader could not resolve it either).
    public struct Time: Codable, Sendable, Hashable {
        /// A snippet of the expression as written.
        public var text: String
        /// The TIMEX3 value; nil when unresolvable.
        public var value: String?
        /// The TIMEX3 modifier, for people; not matched.
        public var modifier: String?

        /// Creates a gold time.
        public init(text: String, value: String?, modifier: String? = nil) {
            self.text = text
            self.value = value
            self.modifier = modifier
        }
    }

    /// A gold attribution: the cited source (matched loosely), with its kind for people reading the file.
    public struct Attribution: Codable, Sendable, Hashable {
        /// The cited source as written.
        public var source: String
        /// The kind of source, for people; not matched.
        public var kind: ParallaxModel.Attribution.Kind?

        /// Creates a gold attribution.
        public init(source: String, kind: ParallaxModel.Attribution.Kind? = nil) {
            self.source = source
            self.kind = kind
        }
    }

    /// A gold action: who did what kind of thing to whom. A nil target matches any predicted target.
    public struct Action: Codable, Sendable, Hashable {
        /// Who acts.
        public var actor: String
        /// What kind of act.
        public var category: ActionCategory
        /// Whom or what the act is aimed at.
        public var target: String?
        /// The verb in base form, for people reading the file; not matched.
        public var verb: String?

        /// Creates a gold action.
        public init(actor: String, category: ActionCategory, target: String? = nil, verb: String? = nil) {
            self.actor = actor
            self.category = category
            self.target = target
            self.verb = verb
        }
    }
}
