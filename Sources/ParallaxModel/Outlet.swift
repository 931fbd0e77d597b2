/// Who owns and runs a news outlet, as far as the registry knows.
public enum OutletKind: String, Sendable, Codable, Hashable, CaseIterable {
    case stateOwned = "state-owned"
    case publicBroadcaster = "public-broadcaster"
    case `private` = "private"
    case wireAgency = "wire-agency"
}

/// A known outlet: name, web domains, country and kind.
public struct Outlet: Hashable, Sendable, Codable {
    public var name: String
    public var domains: [String]
    /// ISO 3166-1 alpha-2.
    public var country: String
    public var kind: OutletKind
    /// Other names it goes by in text and credits ("Xinhua News Agency").
    public var aliases: [String]

    public init(name: String, domains: [String], country: String, kind: OutletKind, aliases: [String] = []) {
        self.name = name
        self.domains = domains
        self.country = country
        self.kind = kind
        self.aliases = aliases
    }
}
