/// The version of Parallax's JSON output. Added fields keep the version; a field that changes meaning or goes
/// away bumps it. Documented in `docs/SCHEMA.md`.
public enum JSONSchemaVersion {
    public static let current = "1.0"
}
