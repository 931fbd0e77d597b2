/// How a command renders its result.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    /// Readable in a terminal (the default).
    case text
    case markdown
    /// The documented, versioned JSON schema (see `docs/SCHEMA.md`).
    case json
}
