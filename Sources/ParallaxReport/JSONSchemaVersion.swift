/// The version of Parallax's JSON output. An added (optional) field bumps the minor version (1.1: quotes carry
/// `reportedBy`, contradictions a `confidence`; 2.0: an article id names a publication, text and source, and the ingest report has `analysis`; 2.1: an
/// article's `revisions`, the ingest report's `revised` and `earlier`); a field that changes meaning or goes away bumps the major one.
/// Documented in `docs/SCHEMA.md`.
public enum JSONSchemaVersion {
    public static let current = "2.1"
}
