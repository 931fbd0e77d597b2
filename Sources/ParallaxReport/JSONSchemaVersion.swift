/// The version of Parallax's JSON output. Added fields bump the minor version (1.1: contradictions carry a
/// `confidence`); a field that changes meaning or goes away bumps the major one. Documented in `docs/SCHEMA.md`.
public enum JSONSchemaVersion {
    public static let current = "1.1"
}
