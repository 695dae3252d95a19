import HTTPServer
import Logging
import NewsExtraction
import NewsIndex

/// The handlers of the v1 API and what they share. Each route family lives in its own extension.
struct Routes: Sendable {
    let store: NewsStore
    let extractor: Extractor
    let metrics: Metrics
    let cache: ResponseCache
    let logger: Logger

    /// Every route of DESIGN.md's table.
    func router() -> Router {
        var router = Router()
        add(&router, .post, "/v1/articles", postArticles)
        add(&router, .get, "/v1/articles", listArticles)
        add(&router, .get, "/v1/articles/{id}", getArticle)
        add(&router, .delete, "/v1/articles/{id}", deleteArticle)
        add(&router, .get, "/v1/articles/{id}/entities", getArticleEntities)
        add(&router, .get, "/v1/articles/{id}/relations", getArticleRelations)
        add(&router, .get, "/v1/entities", listEntities)
        add(&router, .get, "/v1/entities/{id}", getEntity)
        add(&router, .get, "/v1/relationships", listRelationships)
        add(&router, .get, "/v1/relationships/{a}/{b}", getRelationshipPair)
        add(&router, .get, "/v1/graph", getGraph)
        add(&router, .get, "/v1/events", listEvents)
        add(&router, .post, "/v1/extract", postExtract)
        add(&router, .get, "/healthz", health)
        add(&router, .get, "/metrics", getMetrics)
        add(&router, .get, "/openapi.json", openAPI)
        return router
    }

    /// Adds a handler that may throw a `Problem`; any other error is a logged 500.
    private func add(
        _ router: inout Router, _ method: HTTPMethod, _ pattern: String,
        _ handler: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse
    ) {
        let logger = logger
        router.add(method, pattern) { request in
            do {
                return try handler(request)
            } catch let problem as Problem {
                return problem.response
            } catch {
                logger.error("\(method.rawValue) \(request.path) failed: \(error)")
                return Problem(.internalServerError, "the server could not complete the request").response
            }
        }
    }
}

extension HTTPResponse {
    static func json(_ bytes: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "application/json; charset=utf-8", body: bytes)
    }

    static func json(status: HTTPStatus = .ok, _ body: (inout JSONWriter) -> Void) -> HTTPResponse {
        var writer = JSONWriter(capacity: 1024)
        body(&writer)
        return json(writer.bytes, status: status)
    }
}
