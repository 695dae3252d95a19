import Dispatch
import Foundation
import HTTPServer
import Logging
import NewsExtraction
import NewsIndex

/// The v1 HTTP API: binds the routes of DESIGN.md to the store, and serves the web page.
public final class NewsAPI: Sendable {
    private let routes: Routes
    private let router: Router
    private let staticFiles: StaticFiles?

    /// - Parameter publicDirectory: the folder of the web page; `nil` serves no static files.
    public init(store: NewsStore, extractor: Extractor = Extractor(), publicDirectory: String?, logger: Logger) {
        routes = Routes(store: store, extractor: extractor, metrics: Metrics(), cache: ResponseCache(), logger: logger)
        router = routes.router()
        staticFiles = publicDirectory.map { StaticFiles(root: $0) }
    }

    /// The web page runs only its own files: no inline script or style, no framing by other sites.
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

    /// The function the HTTP server calls for every request.
    public var handler: HTTPHandler {
        { [self] request in respond(to: request) }
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let started = DispatchTime.now().uptimeNanoseconds
        var route = "static"
        var response: HTTPResponse
        switch router.match(request) {
        case .found(let handler, let matched, let pattern):
            route = pattern
            response = handler(matched)
        case .methodNotAllowed(let allow):
            route = "unmatched"
            response =
                Problem(.methodNotAllowed, "\(request.method.rawValue) is not allowed on \(request.path)")
                .response
            response.headers.set("Allow", allow.map(\.rawValue).joined(separator: ", "))
        case .notFound:
            if let file = staticFiles?.respond(to: request) {
                response = file
                response.headers.set("Content-Security-Policy", Self.contentSecurityPolicy)
                response.headers.set("Referrer-Policy", "no-referrer")
            } else if servesFile(at: request) {
                // A page exists there, only not for this method: 405, as for the API's routes.
                response =
                    Problem(.methodNotAllowed, "\(request.method.rawValue) is not allowed on \(request.path)")
                    .response
                response.headers.set("Allow", "GET, HEAD")
            } else {
                route = "unmatched"
                response = Problem.notFound("nothing at \(request.path)").response
            }
        }
        response.headers.set("X-Content-Type-Options", "nosniff")
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        routes.metrics.record(
            method: request.method.rawValue, route: route, status: response.status.code, seconds: seconds)
        return response
    }

    /// Whether a GET of the request's path would find a static file (asked only for other methods).
    private func servesFile(at request: HTTPRequest) -> Bool {
        guard let staticFiles, request.method != .get, request.method != .head else { return false }
        var get = request
        get.method = .get
        get.headers = HTTPHeaders()
        return staticFiles.respond(to: get) != nil
    }
}
