#if PostgreSQL
    import Foundation
    import Logging
    import PostgresNIO
    import Testing

    /// A throwaway database per test on the server `PARALLAX_TEST_POSTGRES_URL` names
    /// (`postgres://postgres@127.0.0.1:55432/postgres`; `.ci/run` starts one). Tests skip when it is unset.
    enum TestDatabase {
        static let baseURL: String? = {
            let value = ProcessInfo.processInfo.environment["PARALLAX_TEST_POSTGRES_URL"]
            return value?.isEmpty == false ? value : nil
        }()

        static let skipReason: Comment = "PARALLAX_TEST_POSTGRES_URL is unset: no PostgreSQL server to test against"

        static var isAvailable: Bool { baseURL != nil }

        static let logger = Logger(label: "parallax.tests", factory: { _ in SwiftLogNoOpLogHandler() })

        /// Creates an empty database, passes its URL to `body`, and drops it afterwards.
        static func withFresh<T>(_ body: (String) async throws -> T) async throws -> T {
            let base = try #require(baseURL)
            let components = try #require(URLComponents(string: base))
            let name = "parallax_test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
            try await admin(base, PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            var fresh = components
            fresh.path = "/" + name
            let url = try #require(fresh.string)
            do {
                let value = try await body(url)
                try? await admin(base, PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"))
                return value
            } catch {
                try? await admin(base, PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"))
                throw error
            }
        }

        /// Runs one statement on the database at `url` (creating and dropping databases; rewinding a store's
        /// rows to an older schema's state).
        static func admin(_ url: String, _ query: PostgresQuery) async throws {
            let components = try #require(URLComponents(string: url))
            let configuration = PostgresClient.Configuration(
                host: components.host ?? "127.0.0.1", port: components.port ?? 5432,
                username: components.user ?? "postgres",
                password: components.password,
                database: components.path.count > 1 ? String(components.path.dropFirst()) : nil, tls: .disable)
            let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await client.run() }
                try await client.query(query, logger: logger)
                group.cancelAll()
            }
        }
    }
#endif
