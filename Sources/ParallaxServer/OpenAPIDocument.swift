import Foundation
import Hummingbird

/// The OpenAPI 3.1 description of every endpoint, served at `/api/openapi.json`.
///
/// The document is `Resources/openapi.json` (also reachable as `docs/openapi.json`), bundled with this
/// module; the server tests validate real responses of every JSON endpoint against its schemas, so the
/// document cannot drift from the code unnoticed.
enum OpenAPIDocument {
    /// The document's bytes, read once.
    static let bytes: ByteBuffer = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else {
            return ByteBuffer(
                string: "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Parallax\",\"version\":\"unknown\"},\"paths\":{}}"
            )
        }
        return ByteBuffer(bytes: data)
    }()
}
