import Foundation
import Hummingbird

/// An error a client may see: a status and a sentence written for the client, never an internal message.
///
/// Under `/api/` the body is JSON (`{"error": {"status": 404, "message": "…"}}`); elsewhere it is a small HTML
/// page with the same sentence, escaped.
public struct APIError: HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A sentence for the client; never contains store or system error text.
    public var message: String
    /// Extra response headers (`WWW-Authenticate` on 401).
    public var headers: HTTPFields

    /// - Parameters:
    ///   - status: the HTTP status.
    ///   - message: a sentence for the client.
    public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    static func notFound(_ what: String) -> APIError { APIError(.notFound, "No \(what) with that id.") }
    static let internalError = APIError(.internalServerError, "Something went wrong on the server; it was logged.")

    private struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
        }

        var error: Detail
    }

    /// The JSON or HTML response for this error.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response(api: request.uri.path.hasPrefix("/api/") || request.uri.path == "/api")
    }

    func response(api: Bool) -> Response {
        var response: Response
        if api {
            let body = Body(error: .init(status: status.code, message: message))
            let data = (try? JSONEncoder().encode(body)) ?? Data("{\"error\":{}}".utf8)
            response = Response(
                status: status, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: data))
            )
        } else {
            let page = Pages.errorPage(status: status, message: message)
            response = Response(
                status: status, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: page))
            )
        }
        response.headers.append(contentsOf: headers)
        return response
    }
}
