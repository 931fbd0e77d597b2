import Hummingbird

/// Times every request and records it in ``RequestMetrics`` under its matched route. Outermost, so it sees
/// the status ``ServerMiddleware`` chose for an error.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: RequestMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            metrics.record(
                method: request.method.rawValue, route: context.endpointPath ?? "NotFound", status: status,
                seconds: seconds)
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }
}
