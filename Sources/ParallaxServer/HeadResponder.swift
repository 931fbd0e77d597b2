import Hummingbird

/// Answers `HEAD` as `GET` without the body (RFC 9110 §9.3.2), for every route: Hummingbird's router picks a
/// route by method before any middleware runs, so this wraps the router's responder.
struct HeadResponder<Base: HTTPResponder>: HTTPResponder {
    typealias Context = Base.Context
    let base: Base

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .head else { return try await base.respond(to: request, context: context) }
        var head = request.head
        head.method = .get
        var response = try await base.respond(to: Request(head: head, body: request.body), context: context)
        response.body = ResponseBody()
        return response
    }
}
