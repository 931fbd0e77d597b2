#if PostgreSQL
    import Foundation
    import ParallaxModel
    import PostgresNIO

    /// A `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` URL as a client configuration.
    ///
    /// `?host=/run/postgresql` (a directory) connects through the server's Unix socket in that directory instead of
    /// TCP. TLS is not supported yet: `sslmode` may be absent, `disable` or `prefer` (which connects without TLS).
    enum PostgresURL {
        /// Whether `value` names a PostgreSQL database rather than a file.
        static func isPostgres(_ value: String) -> Bool {
            value.hasPrefix("postgres://") || value.hasPrefix("postgresql://")
        }

        /// The client configuration for `url`.
        /// - Throws: ``ParallaxError`` (`invalidInput`) saying what is wrong with the URL (never echoing a password).
        static func configuration(_ url: String) throws -> PostgresClient.Configuration {
            guard isPostgres(url), let components = URLComponents(string: url) else {
                throw ParallaxError(
                    .invalidInput, "The database URL is not of the form postgres://USER@HOST:PORT/DATABASE.")
            }
            let user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? "postgres"
            let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
            let parameters = Dictionary(
                (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
            if let mode = parameters["sslmode"], !["disable", "prefer", "allow"].contains(mode) {
                throw ParallaxError(
                    .invalidInput, "The database URL asks for sslmode=\(mode); this build connects without TLS only.")
            }
            let port = components.port ?? 5432
            var configuration: PostgresClient.Configuration
            if let socketDirectory = parameters["host"], socketDirectory.hasPrefix("/") {
                configuration = PostgresClient.Configuration(
                    unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: user,
                    password: components.password,
                    database: database.isEmpty ? nil : database)
            } else {
                guard let host = components.host, !host.isEmpty else {
                    throw ParallaxError(.invalidInput, "The database URL names no host.")
                }
                configuration = PostgresClient.Configuration(
                    host: host, port: port, username: user, password: components.password,
                    database: database.isEmpty ? nil : database, tls: .disable)
            }
            configuration.options.maximumConnections = 8
            return configuration
        }

        /// The URL without its password, for messages.
        static func redacted(_ url: String) -> String {
            guard var components = URLComponents(string: url) else { return "the database URL" }
            if components.password != nil { components.password = "***" }
            return components.string ?? "the database URL"
        }
    }
#endif
