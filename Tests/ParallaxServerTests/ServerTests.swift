import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Parallax
import ParallaxModel
import ParallaxServer
import ParallaxStore
import ParallaxTesting
import Testing

/// The server through HummingbirdTesting's router client (no sockets), over a MemoryStore that the pipeline
/// filled from `Examples/articles`.
struct ServerTests {
    static let token = "test-token-0123456789"

    /// The logger of every server a test builds: warnings and worse unless `LOG_LEVEL` asks for more, so
    /// `swift test` prints no line per request.
    static let logger: Logger = {
        var logger = Logger(label: "parallax.test")
        logger.logLevel =
            ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return logger
    }()

    static func filledStore() async throws -> MemoryStore {
        let store = MemoryStore()
        let report = try await Pipeline().ingest(paths: [SharedData.examples.path], into: store)
        try #require(report.inserted.count >= 10, "Examples/articles should hold the bundled corpus")
        return store
    }

    static func app(_ store: MemoryStore, maxBodyBytes: Int = 8 << 20) -> some ApplicationProtocol {
        buildApplication(
            store: store, configuration: ServerConfiguration(token: token, maxBodyBytes: maxBodyBytes),
            logger: ServerTests.logger)
    }

    static func object(_ buffer: ByteBuffer) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))
        return try #require(value as? [String: Any])
    }

    @Test(.timeLimit(.minutes(2)))
    func healthz() async throws {
        let store = try await Self.filledStore()
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.object(response.body)
                #expect(body["status"] as? String == "ok")
                #expect((body["articles"] as? Int ?? 0) >= 10)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func eventListJSONShapeAndFilters() async throws {
        let store = try await Self.filledStore()
        let events = try await store.allEvents()
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/api/events?limit=2", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let body = try Self.object(response.body)
                #expect(body["total"] as? Int == events.count)
                #expect(body["limit"] as? Int == 2)
                #expect(body["offset"] as? Int == 0)
                let page = try #require(body["events"] as? [[String: Any]])
                #expect(page.count == min(2, events.count))
                let first = try #require(page.first)
                #expect(first["id"] as? String == events[0].id)
                #expect(first["title"] is String)
                #expect(first["outlets"] is [String])
                #expect(first["articleCount"] as? Int == events[0].articleIds.count)
            }
            let outlet = try #require(events.first?.outlets.first)
            let expected = events.filter { $0.outlets.contains(outlet) }.count
            let encoded = outlet.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? outlet
            try await client.execute(uri: "/api/events?outlet=\(encoded)&limit=200", method: .get) { response in
                let body = try Self.object(response.body)
                #expect(body["total"] as? Int == expected)
            }
            try await client.execute(uri: "/api/events?from=1900-01-01&to=1900-12-31", method: .get) { response in
                let body = try Self.object(response.body)
                #expect(body["total"] as? Int == 0)
            }
            try await client.execute(uri: "/api/events?from=yesterday", method: .get) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try Self.object(response.body)["error"] as? [String: Any])
                #expect(error["status"] as? Int == 400)
            }
            try await client.execute(uri: "/api/events?limit=100000", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func eventAndArticleJSON() async throws {
        let store = try await Self.filledStore()
        let event = try #require(try await store.allEvents().first)
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/api/events/\(event.id)", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.object(response.body)
                let record = try #require(body["event"] as? [String: Any])
                #expect(record["id"] as? String == event.id)
                #expect((body["articles"] as? [Any])?.count == event.articleIds.count)
                let comparison = try #require(body["comparison"] as? [String: Any])
                #expect(comparison["eventId"] as? String == event.id)
            }
            try await client.execute(uri: "/api/articles/\(event.articleIds[0])", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.object(response.body)
                #expect((body["article"] as? [String: Any])?["id"] as? String == event.articleIds[0])
                #expect(body["extraction"] is [String: Any])
            }
            for uri in ["/api/events/nope", "/api/articles/nope", "/api/nothing-here"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
                }
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func eventPageShowsBothSidesOfAContradiction() async throws {
        let store = try await Self.filledStore()
        var found: (Event, EventComparison)?
        for event in try await store.allEvents() {
            if let comparison = try await store.comparison(eventId: event.id), !comparison.contradictions.isEmpty {
                found = (event, comparison)
                break
            }
        }
        let (event, comparison) = try #require(found, "the Examples corpus should hold a contradiction")
        let contradiction = comparison.contradictions[0]
        try #require(contradiction.sides.count >= 2)
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/events/\(event.id)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(
                    response.headers[.contentSecurityPolicy]?.contains(
                        "default-src 'none'; style-src 'self'; img-src 'self'") == true)
                let page = String(buffer: response.body)
                #expect(page.contains("class=\"side side-0\""))
                #expect(page.contains("class=\"side side-1\""))
                for side in contradiction.sides {
                    #expect(page.contains("<mark>" + Self.escaped(side.value) + "</mark>"), "side \(side.value)")
                }
                #expect(page.contains("id=\"coverage\""))
                #expect(page.contains("id=\"what-happened\""))
                #expect(page.contains(Self.escaped(event.title)))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("/events/\(event.id)"))
            }
            try await client.execute(uri: "/static/style.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/css") == true)
            }
            try await client.execute(uri: "/events/nope", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func search() async throws {
        let store = try await Self.filledStore()
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/api/search?q=bridge", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.object(response.body)
                #expect(body["query"] as? String == "bridge")
                let hits = try #require(body["hits"] as? [[String: Any]])
                #expect(!hits.isEmpty)
                let snippet = try #require(hits.first?["snippet"] as? String)
                let highlights = try #require(hits.first?["highlights"] as? [[String: Int]])
                let scalars = Array(snippet.unicodeScalars)
                let marked = highlights.map { String(String.UnicodeScalarView(scalars[$0["start"]!..<$0["end"]!])) }
                #expect(
                    !marked.isEmpty
                        && marked.allSatisfy { $0.lowercased().hasPrefix("bridge") && $0.allSatisfy(\.isLetter) },
                    "\(marked)")
            }
            try await client.execute(uri: "/api/search", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            let long = String(repeating: "a", count: 1000)
            try await client.execute(uri: "/api/search?q=\(long)", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/search?q=bridge+collapse", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("Search: bridge collapse"))
                #expect(page.contains("class=\"hits\""))
                #expect(page.contains("<mark>Bridge</mark>") || page.contains("<mark>bridge</mark>"))
                #expect(!page.contains("[<mark>") && !page.contains("</mark>]"))
            }
        }
    }

    static let article = """
        Kellan Bridge inquiry <script>alert(1)</script> opens
        20250320
        https://meridian.example/news/2025/03/20/kellan-bridge-inquiry
        The inquiry into the Kellan Bridge collapse in Portvale opened on Thursday <img src=x onerror=alert(1)>.
        Transport Minister Oskar Lindmere said the inquiry would examine lorry traffic from the Eastbank docks.
        "We owe the families answers <script>alert(1)</script>," Mayor Rafaela Quist said.
        """

    @Test(.timeLimit(.minutes(2)))
    func ingestNeedsTheToken() async throws {
        let store = try await Self.filledStore()
        let before = try await store.articleCount()
        try await Self.app(store).test(.router) { client in
            let body = ByteBuffer(string: Self.article)
            try await client.execute(uri: "/api/ingest", method: .post, body: body) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] != nil)
            }
            try await client.execute(
                uri: "/api/ingest", method: .post, headers: [.authorization: "Bearer wrong-token-0123456789"],
                body: body
            ) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(
                uri: "/api/ingest?name=inquiry.txt", method: .post, headers: [.authorization: "Bearer \(Self.token)"],
                body: body
            ) { response in
                #expect(response.status == .ok)
                let report = try Self.object(response.body)
                #expect((report["inserted"] as? [String])?.count == 1)
            }
        }
        #expect(try await store.articleCount() == before + 1)
    }

    @Test(.timeLimit(.minutes(2)))
    func ingestsAnHTMLPage() async throws {
        let store = MemoryStore()
        let page = """
            <!doctype html><html><head><title>Lenna floods: river crests again</title>
            <meta property="og:site_name" content="Meridian Broadcasting"></head><body><article>
            <h1>Lenna floods: river crests again</h1>
            <p>The Lenna river crested for a second time on Tuesday, and more than 1,100 people were evacuated from
            low-lying districts of the town, the regional emergency service said.</p>
            <p>Officials said the water had reached 6.2 metres at the Hollin gauge, the highest level since 1998.</p>
            </article></body></html>
            """
        try await Self.app(store).test(.router) { client in
            try await client.execute(
                uri: "/api/ingest", method: .post,
                headers: [.authorization: "Bearer \(Self.token)", .contentType: "text/html; charset=utf-8"],
                body: ByteBuffer(string: page)
            ) { response in
                #expect(response.status == .ok)
                let report = try Self.object(response.body)
                #expect((report["inserted"] as? [String])?.count == 1)
                #expect(report["events"] as? Int == 1)
            }
        }
        let article = try #require(try await store.allArticles().first)
        #expect(article.title == "Lenna floods: river crests again")
        #expect(article.text.contains("6.2 metres"))
    }

    @Test(.timeLimit(.minutes(2)))
    func bodyTooLargeIs413() async throws {
        let store = MemoryStore()
        try await Self.app(store, maxBodyBytes: 1024).test(.router) { client in
            let body = ByteBuffer(string: String(repeating: "Too long. ", count: 500))
            try await client.execute(
                uri: "/api/ingest", method: .post, headers: [.authorization: "Bearer \(Self.token)"], body: body
            ) { response in
                #expect(response.status == .contentTooLarge)
                let body = try Self.object(response.body)
                #expect(body["error"] != nil)
            }
        }
        #expect(try await store.articleCount() == 0)
    }

    @Test(.timeLimit(.minutes(2)))
    func articleMarkupIsNeverLive() async throws {
        let store = try await Self.filledStore()
        let report = try await Pipeline().ingest(bytes: Array(Self.article.utf8), name: "xss.txt", into: store)
        let id = try #require(report.inserted.first)
        let stored = try #require(try await store.article(id: id))
        try #require(stored.title?.contains("<script>") == true, "the fixture must reach the page unescaped")
        try #require(stored.text.contains("onerror="))
        let event = try #require(try await store.allEvents().first { $0.articleIds.contains(id) })
        try await Self.app(store).test(.router) { client in
            for uri in ["/events/\(event.id)", "/articles/\(id)", "/search?q=inquiry", "/?q=inquiry", "/"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let tags = Self.tags(in: String(buffer: response.body))
                    #expect(!tags.isEmpty, "\(uri)")
                    for tag in tags {
                        #expect(!tag.hasPrefix("script") && !tag.hasPrefix("img"), "\(uri): live <\(tag)>")
                        #expect(!tag.contains("onerror") && !tag.contains("alert("), "\(uri): live <\(tag)>")
                    }
                }
            }
            try await client.execute(uri: "/articles/\(id)", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
            }
        }
    }

    /// Outlet names, framing words and query parameters reach the templates of every page escaped.
    @Test(.timeLimit(.minutes(2)))
    func hostileOutletAndQueryValuesAreNeverLive() async throws {
        let store = try await Self.filledStore()
        let hostile = """
            Title: Kellan Bridge inquiry hears from <b onmouseover=alert(1)>families</b>
            Source: <img src=x onerror=alert(1)> Herald
            Date: 2025-03-21

            The inquiry into the Kellan Bridge collapse in Portvale heard on Friday from the families. \
            "<svg onload=alert(1)> we want answers," said Mayor Rafaela Quist.
            """
        let report = try await Pipeline().ingest(bytes: Array(hostile.utf8), name: "hostile.txt", into: store)
        let id = try #require(report.inserted.first)
        let stored = try #require(try await store.article(id: id))
        try #require(stored.outletName.contains("<img"), "the fixture's outlet must reach the pages unescaped")
        let event = try #require(try await store.allEvents().first { $0.articleIds.contains(id) })
        let query = "%3Cscript%3Ealert(1)%3C%2Fscript%3E"
        let uris = [
            "/events/\(event.id)", "/articles/\(id)", "/outlets", "/timeline",
            "/timeline?outlet=\(query)", "/?q=\(query)&entity=\(query)&outlet=\(query)", "/search?q=\(query)",
            "/search?q=inquiry&outlet=\(query)", "/no/such/\(query)",
        ]
        try await Self.app(store).test(.router) { client in
            var outletPages: [String] = []
            try await client.execute(uri: "/outlets", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains(Self.escaped(stored.outletName)))
                outletPages = page.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
                    .filter { $0.hasPrefix("/outlets/") }.map(String.init)
            }
            #expect(outletPages.count >= 2)
            for uri in uris + outletPages {
                try await client.execute(uri: uri, method: .get) { response in
                    let tags = Self.tags(in: String(buffer: response.body))
                    #expect(!tags.isEmpty, "\(uri)")
                    for tag in tags {
                        // Values may carry the escaped text inside quotes; what is outside quotes is markup.
                        let markup = tag.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                            .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: "\"\"")
                        #expect(
                            !markup.hasPrefix("script") && !markup.hasPrefix("img") && !markup.hasPrefix("b "),
                            "\(uri): live <\(tag)>")
                        #expect(
                            !markup.contains(" on") && !markup.contains("alert("), "\(uri): live <\(tag)>")
                    }
                }
            }
        }
    }

    /// The inside of every tag the page really has (`<` … `>`, lowercased): escaped text has no `<`.
    static func tags(in page: String) -> [String] {
        var tags: [String] = []
        var rest = Substring(page.lowercased())
        while let open = rest.firstIndex(of: "<") {
            let inner = rest[rest.index(after: open)...]
            guard let close = inner.firstIndex(of: ">") else { break }
            tags.append(String(inner[..<close]))
            rest = inner[inner.index(after: close)...]
        }
        return tags
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
