/// What sort of thing an entity is.
public enum EntityKind: String, Sendable, Codable, Hashable, CaseIterable {
    case person
    case organization
    /// A country or territory.
    case country
    /// A city, region, river or other place.
    case place
    /// A named event, initiative or document ("Belt and Road Forum", "Global Security Initiative").
    case other
}

/// A person, organisation or place, with every name an article (or an event) uses for it.
public struct Entity: Hashable, Sendable, Codable, Identifiable {
    /// Identifier unique within its scope: the article, or the event when entities are linked across
    /// articles. Derived from the kind and canonical name ("person:xi-jinping").
    public var id: String
    public var kind: EntityKind
    /// The fullest name seen ("Xi Jinping", "Shanghai Cooperation Organisation", "China").
    public var name: String
    /// Other surface forms ("Mr Xi", "Xi", "SCO", "Chinese").
    public var aliases: [String]
    /// Titles and roles ("President", "director of Institute of Asian and African studies").
    public var roles: [String]
    /// ISO 3166-1 alpha-2 of the country this entity is, or belongs to, when known.
    public var country: String?

    public init(
        id: String, kind: EntityKind, name: String, aliases: [String] = [], roles: [String] = [],
        country: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.country = country
    }
}

/// One occurrence of an entity in an article's text.
public struct Mention: Hashable, Sendable, Codable {
    public var entityId: String
    public var span: Span
    /// The surface text.
    public var text: String

    public init(entityId: String, span: Span, text: String) {
        self.entityId = entityId
        self.span = span
        self.text = text
    }
}
