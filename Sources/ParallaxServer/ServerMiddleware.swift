import Hummingbird
import Logging

/// The outermost middleware: turns every error into a client-safe response and sets the security headers.
///
/// Errors that are not ``APIError`` are mapped here, so their text never reaches a client: Hummingbird's own
/// `HTTPError` keeps its status with a standard sentence; anything else (a store failure) is logged with the
/// request and answered with a 500.
struct ServerMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Applied to every response; the pages need nothing else (no scripts, no external resources).
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = error.response(api: Self.isAPI(request))
        } catch let error as HTTPError {
            response = APIError(error.status, Self.sentence(for: error.status), headers: error.headers)
                .response(api: Self.isAPI(request))
        } catch {
            context.logger.error(
                "request failed",
                metadata: [
                    "path": .string(request.uri.path), "error": .string(String(reflecting: error)),
                ])
            response = APIError.internalError.response(api: Self.isAPI(request))
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        // Names swift-http-types has no constant for.
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        return response
    }

    static func isAPI(_ request: Request) -> Bool {
        request.uri.path == "/api" || request.uri.path.hasPrefix("/api/")
    }

    static func sentence(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "Nothing is here."
        case .methodNotAllowed: "That method is not allowed here."
        case .contentTooLarge: "The request body is too large."
        case .badRequest: "The request is malformed."
        case .unauthorized: "A valid bearer token is required."
        default: status.code >= 500 ? "Something went wrong on the server; it was logged." : status.reasonPhrase
        }
    }
}
