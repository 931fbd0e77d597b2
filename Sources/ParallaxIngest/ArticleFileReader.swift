import Foundation
import ParallaxModel

/// Reads article files of any supported format, choosing the reader by content.
public struct ArticleFileReader: Sendable {
    /// Limits that protect against hostile input.
    public struct Limits: Sendable {
        /// Largest file read, in bytes (default 16 MiB; a news article is rarely over 100 KiB).
        public var maxFileBytes: Int = 16 << 20

        public init(maxFileBytes: Int = 16 << 20) {
            self.maxFileBytes = maxFileBytes
        }
    }

    /// What one file gave: its articles, and the problems met.
    public struct Result: Sendable {
        public var articles: [Article]
        public var diagnostics: [Diagnostic]
    }

    public var registry: OutletRegistry
    public var limits: Limits

    public init(registry: OutletRegistry = .bundled, limits: Limits = Limits()) {
        self.registry = registry
        self.limits = limits
    }

    /// Reads the file at `path`; never throws: problems become diagnostics naming the file.
    public func read(path: String) -> Result {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > limits.maxFileBytes {
                return failure(path, "the file is \(size) bytes, over the \(limits.maxFileBytes)-byte limit.")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return failure(path, "the file cannot be read (\(error.localizedDescription)).")
        }
        return read(bytes: [UInt8](data), path: path)
    }

    /// Reads an in-memory file named `path`.
    public func read(bytes: [UInt8], path: String) -> Result {
        do {
            let decoded = try TextDecoding.decode(bytes, path: path)
            let article = try PlainTextReader(registry: registry).read(decoded.text, path: path)
            let warnings = decoded.warning.map { [Diagnostic(severity: .warning, path: path, message: $0)] } ?? []
            return Result(articles: [article], diagnostics: warnings)
        } catch let error as ParallaxError {
            return Result(articles: [], diagnostics: [Diagnostic(path: path, message: Self.stripPath(error.message, path))])
        } catch {
            return failure(path, "\(error)")
        }
    }

    private func failure(_ path: String, _ message: String) -> Result {
        Result(articles: [], diagnostics: [Diagnostic(path: path, message: message)])
    }

    /// Messages carry their path; diagnostics keep it separately.
    static func stripPath(_ message: String, _ path: String) -> String {
        message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
    }
}
