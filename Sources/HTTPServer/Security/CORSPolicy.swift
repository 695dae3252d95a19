/// Cross-origin resource sharing for a handler: which web origins may call it from a browser.
///
/// Answers preflight requests itself (204, before any authorization, as browsers send no credentials
/// with them) and adds `Access-Control-Allow-Origin` to the answers of allowed origins.
public struct CORSPolicy: Sendable {
    /// Origins as browsers send them (`https://example.org`); `*` allows any.
    public let allowedOrigins: Set<String>
    public var allowedMethods: [HTTPMethod] = [.get, .head, .post, .delete, .options]
    public var allowedHeaders = ["Authorization", "Content-Type", "Content-Encoding"]
    /// Headers a page may read from an answer beyond the simple ones.
    public var exposedHeaders = ["Location", "WWW-Authenticate"]
    /// How long a browser may cache a preflight answer.
    public var maxAgeSeconds = 600

    public init(allowedOrigins: [String]) {
        self.allowedOrigins = Set(allowedOrigins)
    }

    private var allowsAnyOrigin: Bool { allowedOrigins.contains("*") }

    /// The handler with CORS answers and headers around it.
    public func wrap(_ handler: @escaping HTTPHandler) -> HTTPHandler {
        { [self] request in
            guard let origin = request.headers["Origin"], allows(origin) else {
                var response = handler(request)
                addVary(to: &response)
                return response
            }
            var response: HTTPResponse
            if request.method == .options, request.headers.contains("Access-Control-Request-Method") {
                response = HTTPResponse(status: .noContent)
                let methods = allowedMethods.map(\.rawValue).joined(separator: ", ")
                response.headers.set("Access-Control-Allow-Methods", methods)
                response.headers.set("Access-Control-Allow-Headers", allowedHeaders.joined(separator: ", "))
                response.headers.set("Access-Control-Max-Age", String(maxAgeSeconds))
            } else {
                response = handler(request)
                if !exposedHeaders.isEmpty {
                    response.headers.set("Access-Control-Expose-Headers", exposedHeaders.joined(separator: ", "))
                }
            }
            response.headers.set("Access-Control-Allow-Origin", allowsAnyOrigin ? "*" : origin)
            addVary(to: &response)
            return response
        }
    }

    func allows(_ origin: String) -> Bool {
        allowsAnyOrigin || allowedOrigins.contains(origin)
    }

    /// Caches must key the answer on Origin, as it differs by origin.
    private func addVary(to response: inout HTTPResponse) {
        response.headers.add("Vary", "Origin")
    }
}
