/// How `parallax serve` runs: where it listens, who may write, and the limits that protect it.
public struct ServerConfiguration: Sendable {
    /// Address to bind (default loopback only).
    public var host: String
    /// Port to bind.
    public var port: Int
    /// The bearer token `POST /api/ingest` requires; `nil` or empty disables ingestion (every write is 401).
    public var token: String?
    /// Largest request body accepted, in bytes (default 8 MiB: a large HTML page or a sizeable JSON Lines batch).
    public var maxBodyBytes: Int
    /// Longest accepted query string value (`q`, `outlet`), in UTF-8 bytes (default 256): longer is a 400.
    public var maxQueryLength: Int
    /// Default page size of `GET /api/events` and the event list page.
    public var defaultPageSize: Int
    /// Largest page size a client may ask for.
    public var maxPageSize: Int
    /// Render every event's page and JSON into the store in the background, at start and after each ingest
    /// (stores that keep rendered pages only; see `RenderedPages`).
    public var warmPages: Bool

    /// - Parameters:
    ///   - token: the ingestion bearer token; `nil` disables ingestion.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 8 << 20,
        maxQueryLength: Int = 256, defaultPageSize: Int = 50, maxPageSize: Int = 200, warmPages: Bool = false
    ) {
        self.warmPages = warmPages
        self.host = host
        self.port = port
        self.token = token
        self.maxBodyBytes = maxBodyBytes
        self.maxQueryLength = maxQueryLength
        self.defaultPageSize = defaultPageSize
        self.maxPageSize = maxPageSize
    }
}
