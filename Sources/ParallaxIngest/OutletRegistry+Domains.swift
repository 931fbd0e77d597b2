import Foundation
import ParallaxText

extension OutletRegistry {
    /// Host prefixes that name a rendering of a site, not a different outlet (`www.`, mobile and AMP hosts).
    static let renderingPrefixes = ["www.", "www1.", "www2.", "m.", "mobile.", "amp."]

    /// Second-level labels under a country code that a registrant cannot own (`bbc.co.uk`, `smh.com.au`,
    /// `chinadaily.com.cn`): with them the registered domain keeps three labels. A short list, not the Public
    /// Suffix List: it covers the registry's own domains and the common national news domains.
    static let publicSecondLevels: Set<String> = [
        "co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gob",
    ]

    /// Whether `text` is a bare host name ("www.scmp.com", "DW.COM"): letters, digits, hyphens and at least
    /// one inner dot, no scheme, path or spaces.
    static func isBareDomain(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, text.utf8.count <= 253 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty
                && label.utf8.allSatisfy { byte in
                    ByteClass.isASCIIAlphanumeric(byte) || byte == 0x2D
                }
        } && labels.last!.utf8.allSatisfy(ByteClass.isASCIILetter)
    }

    /// The registered domain of a host: `news.example-news.com` → `example-news.com`,
    /// `www.bbc.co.uk` → `bbc.co.uk`.
    static func registeredDomain(of host: String) -> String {
        let labels = host.lowercased().split(separator: ".").map(String.init)
        guard labels.count > 2 else { return labels.joined(separator: ".") }
        let keep = labels.last!.count == 2 && publicSecondLevels.contains(labels[labels.count - 2]) ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }

    /// A URL's (or bare host's) domain as a reader would write it: lowercase, registered domain only
    /// (`https://www.example-news.com/x` → `example-news.com`). The last resort before "Unknown outlet".
    static func displayDomain(of url: String) -> String? {
        guard let host = host(of: url), host.contains(".") else { return nil }
        return registeredDomain(of: host)
    }
}
