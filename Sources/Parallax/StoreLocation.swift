import Foundation
import ParallaxModel
import ParallaxSQLite
import ParallaxStore

#if PostgreSQL
    import Logging
    import ParallaxPostgres
#endif

/// Opens the store a `--db` value names: a `postgres://` or `postgresql://` URL, else a SQLite file path.
public enum StoreLocation {
    public static func isPostgres(_ value: String) -> Bool {
        value.hasPrefix("postgres://") || value.hasPrefix("postgresql://")
    }

    /// `value` fit to print: a URL's password replaced by `***`.
    public static func redacted(_ value: String) -> String {
        guard isPostgres(value), var components = URLComponents(string: value) else { return value }
        if components.password != nil { components.password = "***" }
        return components.string ?? "the database URL"
    }

    /// The store at `value`.
    /// - Parameters:
    ///   - value: a `--db` value: a PostgreSQL URL or a SQLite file path.
    ///   - creatingIfMissing: whether a missing SQLite file is created (`ingest`, `serve`); the commands that
    ///     only read a store pass false, so a mistyped path creates nothing.
    /// - Throws: ``ParallaxError`` with code `notFound` when the SQLite file is missing and may not be created;
    ///   ``ParallaxError`` naming the file or URL (without its password) when it cannot be opened.
    public static func open(_ value: String, creatingIfMissing: Bool) async throws -> any ArticleStore {
        if isPostgres(value) { return try await openQueue(value) }
        if !creatingIfMissing, let missing = missingStore(value) { throw missing }
        return try SQLiteStore(path: value)
    }

    /// The error a command that only reads meets when `value` names no SQLite file; nil for an existing file
    /// and for a PostgreSQL URL (its server answers for itself).
    public static func missingStore(_ value: String) -> ParallaxError? {
        guard !isPostgres(value), !FileManager.default.fileExists(atPath: value) else { return nil }
        return ParallaxError(
            .notFound, "\(value): no Parallax store here; run `parallax ingest … --db \(value)` first.")
    }

    /// The job queue at `value`, which must be a PostgreSQL URL.
    public static func openQueue(_ value: String) async throws -> any JobQueue {
        guard isPostgres(value) else {
            throw ParallaxError(
                .invalidInput,
                "\(value): the job queue needs a PostgreSQL database (--db postgres://USER@HOST:PORT/DATABASE).")
        }
        #if PostgreSQL
            var logger = Logger(label: "parallax.postgres")
            logger.logLevel = .error
            return try await PostgresStore.connect(url: value, logger: logger)
        #else
            throw ParallaxError(
                .invalidInput,
                "This parallax was built without PostgreSQL support; build it with `swift build --traits PostgreSQL`.")
        #endif
    }
}
