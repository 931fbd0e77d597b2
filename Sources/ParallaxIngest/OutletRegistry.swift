import Foundation
import ParallaxModel
import ParallaxText

/// Known outlets and agencies, looked up by web domain or by any of their names.
///
/// The bundled registry (`Resources/outlets.json`) lists widely read outlets and wire agencies from every
/// continent; callers may add their own entries (a newsroom's local papers) with ``adding(_:)``.
public struct OutletRegistry: Sendable {
    public private(set) var outlets: [Outlet]
    private var byDomain: [String: Int] = [:]
    private var byName: [String: Int] = [:]

    /// A registry over the given outlets.
    public init(outlets: [Outlet]) {
        self.outlets = []
        for outlet in outlets { add(outlet) }
    }

    /// The registry bundled with Parallax.
    public static let bundled: OutletRegistry = {
        guard let url = Bundle.module.url(forResource: "outlets", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let outlets = try? JSONDecoder().decode([Outlet].self, from: data)
        else { return OutletRegistry(outlets: []) }
        return OutletRegistry(outlets: outlets)
    }()

    /// Reads a registry file in the bundled format (a JSON array of outlets).
    public static func load(contentsOf url: URL) throws -> [Outlet] {
        do {
            return try JSONDecoder().decode([Outlet].self, from: Data(contentsOf: url))
        } catch {
            throw ParallaxError(.invalidInput, "\(url.path): not a valid outlet registry (\(error)).")
        }
    }

    /// This registry with more outlets; later entries win on shared names and domains.
    public func adding(_ more: [Outlet]) -> OutletRegistry {
        var copy = self
        for outlet in more { copy.add(outlet) }
        return copy
    }

    private mutating func add(_ outlet: Outlet) {
        let index = outlets.count
        outlets.append(outlet)
        for domain in outlet.domains { byDomain[domain.lowercased()] = index }
        for name in [outlet.name] + outlet.aliases { byName[Self.key(name)] = index }
    }

    /// The outlet whose domain matches the URL's host (or one of its parent domains).
    public func outlet(forURL url: String) -> Outlet? {
        guard var host = Self.host(of: url) else { return nil }
        while true {
            if let index = byDomain[host] { return outlets[index] }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = String(host[host.index(after: dot)...])
            if !host.contains(".") { return nil }
        }
    }

    /// The outlet called `name` (its name or an alias; case, "the" and punctuation ignored).
    public func outlet(named name: String) -> Outlet? {
        byName[Self.key(name)].map { outlets[$0] }
    }

    /// The lowercased host of a URL (or of a bare host name such as a JSON record's `source_domain`
    /// "www.scmp.com"), without a rendering prefix (`www.`, `m.`, `amp.`).
    public static func host(of url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let address = isBareDomain(trimmed) ? "https://" + trimmed : trimmed
        guard let components = URLComponents(string: address),
            var host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        while let prefix = renderingPrefixes.first(where: { host.hasPrefix($0) }), host.count > prefix.count + 3 {
            host.removeFirst(prefix.count)
        }
        return host
    }

    static func key(_ name: String) -> String {
        var folded = Folding.fold(name)
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }
}
