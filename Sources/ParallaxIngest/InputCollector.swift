import Foundation
import ParallaxModel

/// Expands the paths a user names into the files to read, reporting paths that cannot be read.
public enum InputCollector {
    /// Names of files in an input directory that are not articles: documentation, labels, registries.
    static func isAuxiliary(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix(".") || lower.hasPrefix("readme") || lower.hasPrefix("license")
            || lower == "outlets.json" || lower.hasSuffix(".tsv") || lower.hasSuffix(".csv") || lower.hasSuffix(".md")
    }

    /// The 16 bytes a SQLite 3 database file starts with.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// What SQLite names the files it keeps beside a database `X`: `X-wal`, `X-shm`, `X-journal`.
    static let sqliteCompanionSuffixes = ["-wal", "-shm", "-journal"]

    /// Whether the file at `path` is a SQLite database (by its first 16 bytes, whatever its name).
    static func isSQLiteDatabase(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: sqliteHeader.count) else { return false }
        return head.elementsEqual(sqliteHeader)
    }

    /// Whether `path` is a SQLite database, or a write-ahead log, shared-memory or rollback journal file beside
    /// one: a folder that holds its own store (`parallax ingest Examples --db Examples/parallax.sqlite`) is
    /// read without the store's files. A companion is known by its name and its database, since a log or an
    /// emptied journal has no header of its own to sniff.
    static func isDatabaseFile(_ path: String) -> Bool {
        for suffix in sqliteCompanionSuffixes where path.hasSuffix(suffix) {
            if isSQLiteDatabase(String(path.dropLast(suffix.count))) { return true }
        }
        return isSQLiteDatabase(path)
    }

    /// The regular files under `paths` (directories walked recursively, sorted), plus one diagnostic for each
    /// path that does not exist or directory that holds no article files. SQLite databases and their journals
    /// are left out: silently in a directory, with a warning when named.
    public static func files(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(path: path, message: "no such file or directory."))
                continue
            }
            guard isDirectory.boolValue else {
                if isDatabaseFile(path) {
                    diagnostics.append(
                        Diagnostic(
                            severity: .warning, path: path,
                            message:
                                "a SQLite database or one of its journals (a Parallax store?), not articles: skipped."
                        ))
                } else {
                    files.append(path)
                }
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                diagnostics.append(Diagnostic(path: path, message: "the directory cannot be read."))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                let full = (path as NSString).appendingPathComponent(relative)
                var childIsDirectory: ObjCBool = false
                guard manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue,
                    !isAuxiliary(name), !isDatabaseFile(full)
                else { continue }
                found.append(full)
            }
            if found.isEmpty {
                diagnostics.append(Diagnostic(path: path, message: "the directory holds no article files."))
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, diagnostics)
    }

    /// Outlet registries (`outlets.json`) found in the named directories or beside the named files, so a
    /// corpus can name its own outlets.
    public static func localRegistries(for paths: [String]) -> [Outlet] {
        var outlets: [Outlet] = []
        var seen: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            // Absolute first: `NSString.deletingLastPathComponent` of "." traps in swift-corelibs-foundation
            // (`parallax ingest .` crashed), and a relative file's directory would be "".
            let url = URL(fileURLWithPath: path).standardizedFileURL
            let directory = isDirectory.boolValue ? url : url.deletingLastPathComponent()
            for candidate in [directory, directory.deletingLastPathComponent()] {
                let file = candidate.appendingPathComponent("outlets.json")
                guard !seen.contains(file.path), FileManager.default.fileExists(atPath: file.path) else { continue }
                seen.insert(file.path)
                if let more = try? OutletRegistry.load(contentsOf: file) { outlets += more }
            }
        }
        return outlets
    }
}
