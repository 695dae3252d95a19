/// What a router found for a request.
public enum RouteMatch: Sendable {
    /// The handler, the request with `pathParameters` filled in, and the route's pattern (a metrics label).
    case found(handler: HTTPHandler, request: HTTPRequest, pattern: String)
    /// Some route has this path, but not for this method.
    case methodNotAllowed(allow: [HTTPMethod])
    case notFound
}
