import Foundation

/// The address an article is published at, reduced to what names the page: an outlet's page is one article
/// however a reader reached it, so a changed text at that page is a revision of it (``ArticleRevision``).
public enum ArticleAddress {
    /// The key of `url`: host and path, the query without tracking parameters, sorted. Two URLs with one key are
    /// one page.
    ///
    /// - The scheme goes (a site serves the same page over http and https), and so do user info, a default port
    ///   (80, 443), a leading `www.` and the fragment (which never reaches the server).
    /// - The host is lowercased (host names are case-insensitive); the path keeps its case (paths are not) and
    ///   loses trailing slashes.
    /// - Query parameters that only say how a reader arrived (``isTracking(_:)``) go; the others are sorted, since
    ///   their order does not change the page a news site serves.
    ///
    /// nil for an empty or blank URL.
    public static func key(_ url: String) -> String? {
        var rest = Substring(url).drop { $0.isWhitespace }
        while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        guard !rest.isEmpty else { return nil }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        var host = rest[..<authorityEnd].lowercased()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        for port in [":80", ":443"] where host.hasSuffix(port) { host = String(host.dropLast(port.count)) }
        if host.hasPrefix("www.") { host = String(host.dropFirst(4)) }
        var path = rest[authorityEnd...]
        var query: Substring = ""
        if let mark = path.firstIndex(of: "?") {
            query = path[path.index(after: mark)...]
            path = path[..<mark]
        }
        while path.hasSuffix("/") { path = path.dropLast() }
        let parameters = query.split(separator: "&").filter { parameter in
            let name = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            return !isTracking(name.lowercased())
        }
        let kept = parameters.map(String.init).sorted()
        return host + path + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    /// Whether a query parameter (lowercased name) only records how a reader arrived: campaign tags (`utm_*`),
    /// the click ids of advertising and social networks, mailing-list ids, and the share and campaign codes news
    /// sites add to links they post.
    public static func isTracking(_ name: String) -> Bool {
        name.hasPrefix("utm_") || name.hasPrefix("at_") || trackingParameters.contains(name)
    }

    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "ocid", "cmpid", "ncid", "smid", "ref_src", "sr_share", "cmp", "mbid", "ito",
    ]
}
