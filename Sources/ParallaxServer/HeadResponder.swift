import Hummingbird

/// Answers `HEAD` as `GET` without the body but with its `Content-Length` (RFC 9110 §9.3.2), for every route: Hummingbird's router picks a
/// route by method before any middleware runs, so this wraps the router's responder.
struct HeadResponder<Base: HTTPResponder>: HTTPResponder {
    typealias Context = Base.Context
    let base: Base

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .head else { return try await base.respond(to: request, context: context) }
        var head = request.head
        head.method = .get
        var response = try await base.respond(to: Request(head: head, body: request.body), context: context)
        // No bytes, but the length the GET body would have (RFC 9110 §8.6): the server derives
        // Content-Length from the body's declared length, and HTTP/1.1 sends no body for HEAD.
        response.body = ResponseBody(contentLength: response.body.contentLength) { writer in
            try await writer.finish(nil)
        }
        return response
    }
}
