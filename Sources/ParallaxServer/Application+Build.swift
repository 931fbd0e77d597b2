import Foundation
import Hummingbird
import Logging
import Parallax
import ParallaxModel
import ParallaxReport
import ParallaxStore

/// The Parallax HTTP server: the JSON API under `/api/`, the pages, and the stylesheet, over `store`.
///
/// - Parameters:
///   - store: where articles and their analysis are read from and ingested into.
///   - configuration: address, ingestion token and limits.
///   - logger: the server's logger; Hummingbird makes one when nil.
/// - Returns: an application to run with `runService()` (graceful shutdown on SIGTERM and SIGINT) or to test
///   with HummingbirdTesting's `app.test(.router)`.
public func buildApplication(
    store: any ArticleStore, configuration: ServerConfiguration, logger: Logger? = nil
) -> some ApplicationProtocol {
    let router = Router()
    let metrics = RequestMetrics()
    router.addMiddleware {
        MetricsMiddleware<BasicRequestContext>(metrics: metrics)
        ServerMiddleware<BasicRequestContext>()
        // One line per request at info: method and path (no headers, so no token in the logs).
        LogRequestsMiddleware(.info)
    }
    let routes = Routes(
        store: store, configuration: configuration, pipeline: Pipeline(), queue: IngestQueue(), metrics: metrics,
        rendered: RenderedPages(store: store))
    routes.add(to: router)
    if configuration.warmPages { routes.startWarming() }
    // Searches rank through the store's in-memory index once it is built; until then the store answers alone.
    Task.detached(priority: .utility) {
        let start = ContinuousClock.now
        guard (try? await store.prepareForSearches()) != nil else { return }
        let elapsed = (ContinuousClock.now - start).components
        metrics.searchesPrepared(seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18)
    }
    return Application(
        responder: HeadResponder(base: router.buildResponder()),
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "Parallax"
        ),
        logger: logger
    )
}

/// The handlers; each reads the store and answers JSON or a page.
struct Routes: Sendable {
    let store: any ArticleStore
    let configuration: ServerConfiguration
    let pipeline: Pipeline
    let queue: IngestQueue
    let metrics: RequestMetrics
    /// Event pages and event JSON kept in the store, per analysis.
    let rendered: RenderedPages
    /// Rendered event pages and encoded event JSON, by kind and id; cleared by every ingest.
    let pages = ResponseCache<ByteBuffer>()
    /// The outlet list (the filter menus and `/api/outlets`); cleared by every ingest.
    let outlets = ResponseCache<[OutletSummary]>()
    /// Search hits by query and filters: ranking a common word scores every article that has it, so a
    /// popular query is ranked once per 30 s; cleared by every ingest.
    let searches = ResponseCache<[SearchHit]>(capacity: 4096)
    /// Outlet digests (50 decoded comparisons each), by outlet name; cleared by every ingest.
    let digests = ResponseCache<OutletDigest>(capacity: 512)

    /// Longest id accepted in a path; ids are short hashes, so anything longer is a 404 without a store read.
    static let maxIdLength = 128

    /// Every route: operations, the JSON API, ingest over HTTP, the HTML pages and the exploration pages.
    func add(to router: Router<BasicRequestContext>) {
        addOperations(to: router)
        addAPI(to: router)
        addIngest(to: router)
        addPages(to: router)
        addExploration(to: router)
    }

    /// Health, metrics, the stylesheet and the OpenAPI document.
    func addOperations(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in
            try Self.json(APIModels.Health(status: "ok", articles: try await store.articleCount()))
        }
        router.get("/static/style.css") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css))
            )
        }

        router.get("/metrics") { _, _ in
            let text = metrics.exposition(
                articles: try await store.articleCount(), events: try await store.eventCount())
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.get("/api/openapi.json") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: OpenAPIDocument.bytes))
        }
    }

    /// The JSON API's reads: events, an event, an article, search.
    func addAPI(to router: Router<BasicRequestContext>) {
        router.get("/api/events") { request, _ in
            let query = try EventQuery(request.queryParameters, configuration: configuration)
            let page = try await store.events(matching: query.filter, limit: query.limit, offset: query.offset)
            return try Self.json(
                APIModels.EventList(
                    total: page.total, limit: query.limit, offset: query.offset,
                    events: page.events.map(APIModels.EventSummary.init)
                ))
        }
        router.get("/api/events/:id") { _, context in
            let id = try Self.id(context)
            let body = try await pages.value(for: "json:" + id) {
                try await rendered.body(for: "json:" + id) { try await eventJSON(id) }
            }
            return Self.json(buffer: body)
        }
        router.get("/api/articles/:id") { _, context in
            let id = try Self.id(context)
            guard let article = try await store.article(id: id) else { throw APIError.notFound("article") }
            return try Self.json(
                APIModels.ArticleDetail(
                    article: JSONReport.ArticleRecord(article), extraction: try await store.extraction(articleId: id),
                    revisions: try await store.revisions(articleId: id).map(JSONReport.Revision.init)))
        }
        router.get("/api/search") { request, _ in
            let query = try searchQuery(request.queryParameters, defaultLimit: 20)
            guard !query.text.isEmpty else { throw APIError(.badRequest, "`q` is required: the words to search for.") }
            return try Self.json(
                APIModels.SearchResults(
                    query: query.text, outlet: query.outlet, from: query.from, to: query.to, limit: query.limit,
                    offset: query.offset, hits: try await search(query)))
        }
    }

    /// `POST /api/ingest`: one upload ingested, then every cache that listed the old analysis dropped.
    func addIngest(to router: Router<BasicRequestContext>) {
        router.post("/api/ingest") { request, _ in
            try authorize(request)
            let bytes = try await body(of: request)
            let name = Self.uploadName(request.queryParameters["name"], contentType: request.headers[.contentType])
            let report = try await queue.run { [pipeline, store] in
                try await pipeline.ingest(bytes: bytes, name: name, into: store)
            }
            pages.removeAll()
            outlets.removeAll()
            searches.removeAll()
            digests.removeAll()
            if configuration.warmPages { startWarming() }
            return try Self.json(report)
        }
    }

    /// The HTML pages: the event list, an event, an article, search.
    func addPages(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            let query = try EventQuery(request.queryParameters, configuration: configuration)
            let page = try await store.events(matching: query.filter, limit: query.limit, offset: query.offset)
            let names = try await outletSummaries().map(\.name)
            return Self.html(Pages.eventList(page: page.events, total: page.total, query: query, outlets: names))
        }
        router.get("/events/:id") { _, context in
            let id = try Self.id(context)
            let body = try await pages.value(for: "html:" + id) {
                try await rendered.body(for: RenderedPages.htmlKey(id)) { try await eventPage(id) }
            }
            return Self.html(buffer: body)
        }
        router.get("/articles/:id") { _, context in
            guard let article = try await store.article(id: try Self.id(context)) else {
                throw APIError.notFound("article")
            }
            return Self.html(
                Pages.article(
                    article, event: try await store.event(containingArticle: article.id),
                    revisions: try await store.revisions(articleId: article.id)))
        }
        router.get("/search") { request, _ in
            let query = try searchQuery(request.queryParameters, defaultLimit: 50)
            let hits = query.text.isEmpty ? [] : try await search(query)
            let names = try await outletSummaries().map(\.name)
            return Self.html(Pages.search(query: query, hits: hits, outlets: names))
        }
    }

    // MARK: Helpers

    /// The event page of `id`, rendered from the store.
    func eventPage(_ id: String) async throws -> ByteBuffer {
        let (event, comparison, articles) = try await eventDetail(id)
        return Self.eventPage(event, comparison, articles)
    }

    /// The event JSON of `id`, encoded from the store.
    func eventJSON(_ id: String) async throws -> ByteBuffer {
        let (event, comparison, articles) = try await eventDetail(id)
        return try Self.eventJSON(event, comparison, articles)
    }

    /// Both bodies of `id` from one read of the store (for warming).
    func eventBodies(_ id: String) async throws -> (html: ByteBuffer, json: ByteBuffer) {
        let (event, comparison, articles) = try await eventDetail(id)
        return (Self.eventPage(event, comparison, articles), try Self.eventJSON(event, comparison, articles))
    }

    private static func eventPage(_ event: Event, _ comparison: EventComparison?, _ articles: [Article]) -> ByteBuffer {
        ByteBuffer(string: Pages.event(event, comparison: comparison, articles: articles))
    }

    private static func eventJSON(_ event: Event, _ comparison: EventComparison?, _ articles: [Article]) throws
        -> ByteBuffer
    {
        try encode(
            APIModels.EventDetail(
                event: JSONReport.EventRecord(event), articles: articles.map(APIModels.ArticleSummary.init),
                comparison: comparison
            ))
    }

    private func eventDetail(_ id: String) async throws -> (Event, EventComparison?, [Article]) {
        guard let event = try await store.event(id: id) else { throw APIError.notFound("event") }
        let articles = try await store.articles(ids: event.articleIds)
        return (event, try await store.comparison(eventId: event.id), articles)
    }

    /// The hits of `query`, cached.
    func search(_ query: SearchQuery) async throws -> [SearchHit] {
        let key = [
            query.text.lowercased(), query.outlet?.lowercased() ?? "", query.from?.description ?? "",
            query.to?.description ?? "", String(query.limit), String(query.offset),
        ].joined(separator: "\u{1F}")
        return try await searches.value(for: key) { try await store.search(query) }
    }

    /// The stored outlets, cached (they change only with an ingest).
    func outletSummaries() async throws -> [OutletSummary] {
        try await outlets.value(for: "all") { try await store.outletSummaries() }
    }

    /// `q`, `outlet`, `from`, `to`, `limit` (1…100) and `offset` (0…1,000) of a search; `q` may be empty.
    func searchQuery(_ parameters: [String: String], defaultLimit: Int) throws -> SearchQuery {
        let events = try EventQuery(
            parameters.filter { ["from", "to", "outlet", "q"].contains($0.key) }, configuration: configuration)
        return SearchQuery(
            text: events.text ?? "", outlet: events.outlet, from: events.from, to: events.to,
            limit: try Self.limit(parameters["limit"], default: defaultLimit, max: 100),
            offset: try Self.integer(parameters["offset"], name: "offset", range: 0...1_000) ?? 0)
    }

    /// Checks `Authorization: Bearer <token>` against the configured token, in constant time.
    private func authorize(_ request: Request) throws {
        let challenge: HTTPFields = [.wwwAuthenticate: "Bearer realm=\"parallax\""]
        guard let expected = configuration.token, !expected.isEmpty else {
            throw APIError(
                .unauthorized, "Ingestion is disabled: the server was started without a token.", headers: challenge)
        }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError(.unauthorized, "A bearer token is required.", headers: challenge)
        }
        let given = Array(header.utf8.dropFirst(7))
        let wanted = Array(expected.utf8)
        var difference = UInt8(given.count == wanted.count ? 0 : 1)
        for i in 0..<wanted.count { difference |= wanted[i] ^ (i < given.count ? given[i] : 0) }
        guard difference == 0 else {
            throw APIError(.unauthorized, "The bearer token is not valid.", headers: challenge)
        }
    }

    /// The request body, refused with 413 as soon as it passes `maxBodyBytes` (before reading it when
    /// `Content-Length` says so).
    private func body(of request: Request) async throws -> [UInt8] {
        let limit = configuration.maxBodyBytes
        let tooLarge = APIError(.contentTooLarge, "The body is over the \(limit)-byte limit.")
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw tooLarge }
        var bytes: [UInt8] = []
        for try await buffer in request.body {
            guard bytes.count + buffer.readableBytes <= limit else { throw tooLarge }
            bytes += buffer.readableBytesView
        }
        guard !bytes.isEmpty else { throw APIError(.badRequest, "The body is empty: send the file's bytes.") }
        return bytes
    }

    /// The `name` an upload is known by in diagnostics and whose extension helps sniff the format: the
    /// `name` query parameter (printable ASCII, at most 100 bytes), else `upload` with an extension from the
    /// content type.
    static func uploadName(_ value: String?, contentType: String? = nil) -> String {
        let cleaned = String(
            String.UnicodeScalarView(
                (value ?? "").unicodeScalars.filter {
                    $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F
                }
            ).prefix(100))
        if !cleaned.isEmpty { return cleaned }
        let type = (contentType ?? "").lowercased()
        if type.contains("html") { return "upload.html" }
        if type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq") { return "upload.jsonl" }
        if type.contains("json") { return "upload.json" }
        if type.contains("xml") || type.contains("rss") || type.contains("atom") { return "upload.xml" }
        if type.hasPrefix("text/plain") { return "upload.txt" }
        return "upload"
    }

    static func id(_ context: BasicRequestContext) throws -> String {
        let id = try context.parameters.require("id")
        guard !id.isEmpty, id.utf8.count <= maxIdLength else { throw APIError(.notFound, "Nothing is here.") }
        return id
    }

    static func integer(_ text: String?, name: String, range: ClosedRange<Int>) throws -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw APIError(
                .badRequest, "`\(name)` must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    static func limit(_ text: String?, default value: Int, max: Int) throws -> Int {
        guard let text, !text.isEmpty else { return value }
        guard let number = Int(text), (1...max).contains(number) else {
            throw APIError(.badRequest, "`limit` must be a whole number from 1 to \(max).")
        }
        return number
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        json(buffer: try encode(value), status: status)
    }

    static func encode<T: Encodable>(_ value: T) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ByteBuffer(bytes: try encoder.encode(value))
    }

    static func json(buffer: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: buffer))
    }

    static func html(buffer: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: buffer))
    }

    static func html(_ page: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page))
        )
    }
}
