/// Routes requests by method and path pattern. Patterns are literal segments and `{name}` captures,
/// e.g. `/v1/articles/{id}`; captures are percent-decoded into `request.pathParameters`.
/// HEAD requests match GET routes.
public struct Router: Sendable {
    private var routes: [Route] = []

    private struct Route: Sendable {
        var method: HTTPMethod
        var segments: [Segment]
        var pattern: String
        var handler: HTTPHandler
    }

    private enum Segment: Sendable {
        case literal(String)
        case parameter(String)
    }

    public init() {}

    public mutating func add(_ method: HTTPMethod, _ pattern: String, _ handler: @escaping HTTPHandler) {
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            segment -> Segment in
            if segment.hasPrefix("{") && segment.hasSuffix("}") && segment.count > 2 {
                return .parameter(String(segment.dropFirst().dropLast()))
            }
            return .literal(String(segment))
        }
        routes.append(Route(method: method, segments: segments, pattern: pattern, handler: handler))
    }

    public func match(_ request: HTTPRequest) -> RouteMatch {
        let path = request.path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst()
        var allowed: Set<HTTPMethod> = []
        for route in routes {
            guard let parameters = Self.capture(route.segments, from: path) else { continue }
            if route.method == request.method || (route.method == .get && request.method == .head) {
                var request = request
                if !parameters.isEmpty { request.pathParameters = parameters }
                return .found(handler: route.handler, request: request, pattern: route.pattern)
            }
            allowed.insert(route.method)
            if route.method == .get { allowed.insert(.head) }
        }
        if allowed.isEmpty { return .notFound }
        return .methodNotAllowed(allow: HTTPMethod.allCases.filter(allowed.contains))
    }

    /// The captured parameters when the path fits the segments; nil otherwise.
    private static func capture(
        _ segments: [Segment], from path: ArraySlice<Substring.UTF8View>
    ) -> [String: String]? {
        guard segments.count == path.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, actual) in zip(segments, path) {
            switch segment {
            case .literal(let literal):
                guard literal.utf8.elementsEqual(actual) else { return nil }
            case .parameter(let name):
                guard !actual.isEmpty, let value = String(Substring(actual)).percentDecoded else { return nil }
                parameters[name] = value
            }
        }
        return parameters
    }

    /// A handler that dispatches to the routes, answers 405 with Allow itself, and passes unmatched requests
    /// to `fallback`.
    public func handler(fallback: @escaping HTTPHandler) -> HTTPHandler {
        let router = self
        return { request in
            switch router.match(request) {
            case .found(let handler, let request, _):
                return handler(request)
            case .methodNotAllowed(let allow):
                var response = HTTPResponse.problem(
                    .methodNotAllowed, detail: "\(request.method.rawValue) is not allowed on \(request.path).")
                response.headers.add("Allow", allow.map(\.rawValue).joined(separator: ", "))
                return response
            case .notFound:
                return fallback(request)
            }
        }
    }
}
