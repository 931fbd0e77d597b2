/// A problem met while processing input that did not stop the batch.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Hashable {
        case warning
        case error
    }

    public var severity: Severity
    /// The file (or `file#record`) concerned.
    public var path: String
    /// A sentence that says what is wrong.
    public var message: String

    public init(severity: Severity = .error, path: String, message: String) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
