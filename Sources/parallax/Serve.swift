import ArgumentParser
import Foundation
import Hummingbird
import Logging
import ParallaxServer

/// `parallax serve`: the JSON API and the web pages over a store, until SIGTERM or SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the JSON API and the web pages over the store.",
        discussion: """
            Pages at /, /events/ID, /articles/ID and /search; the API under /api/. POST /api/ingest takes a \
            file's bytes and needs `Authorization: Bearer TOKEN`; without a token ingestion is off. Stops \
            gracefully on SIGTERM or SIGINT.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on.")
    var port: Int = 8080

    @Option(name: .long, help: "Bearer token for POST /api/ingest (default: $PARALLAX_TOKEN; none disables ingestion).")
    var token: String?

    @Option(name: .long, help: "Largest request body accepted, in bytes.")
    var maxBody: Int = 8 << 20

    @Option(name: .long, help: "Log level: trace, debug, info (one line per request), notice, warning, error.")
    var logLevel: String = "info"

    @Flag(
        name: .long,
        help:
            "Render every event page and event JSON into the store in the background, at start and after each ingest (SQLite; otherwise each is rendered on its first request and kept)."
    )
    var warmPages = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
        guard maxBody > 0 else { throw ValidationError("--max-body must be positive.") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be trace, debug, info, notice, warning, error or critical.")
        }
    }

    func run() async throws {
        let database = try await store.open()
        let token = (token ?? ProcessInfo.processInfo.environment["PARALLAX_TOKEN"]).flatMap { $0.isEmpty ? nil : $0 }
        var logger = Logger(label: "parallax.serve")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        if token == nil { logger.notice("no --token or PARALLAX_TOKEN: POST /api/ingest is disabled") }
        let app = buildApplication(
            store: database,
            configuration: ServerConfiguration(
                host: host, port: port, token: token, maxBodyBytes: maxBody, warmPages: warmPages),
            logger: logger
        )
        try await app.runService()
    }
}
