import Foundation
import HTTPServer
import NewsExtraction

extension Routes {
    /// POST /v1/extract: the extraction of one article; nothing is stored. `explain=true`: each relation says why.
    func postExtract(_ request: HTTPRequest) throws -> HTTPResponse {
        let query = QueryParameters(request)
        let unit = try query.offsetUnit()
        let explain = try query.bool("explain") ?? false
        let draft = try ArticleInput.draft(from: request)
        return .json(
            ExtractionJSON.encode(
                extractor.extract(draft.text, publishedAt: draft.publishedAt, explain: explain), text: draft.text,
                unit: unit))
    }

    func health(_ request: HTTPRequest) throws -> HTTPResponse {
        .json(Self.healthBody)
    }

    private static let healthBody = Array(#"{"status":"ok"}"#.utf8)

    /// GET /metrics: Prometheus text format.
    func getMetrics(_ request: HTTPRequest) throws -> HTTPResponse {
        let stats = store.stats
        let text = metrics.render(gauges: [
            ("newsgraph_articles", "Articles in the index.", stats.articles),
            ("newsgraph_entities", "Distinct entities in the index.", stats.entities),
            ("newsgraph_relations", "Relations extracted from the stored articles.", stats.relations),
            ("newsgraph_edges", "Aggregated country-to-country edges.", stats.edges),
        ])
        return HTTPResponse(contentType: "text/plain; version=0.0.4; charset=utf-8", body: Array(text.utf8))
    }

    /// GET /openapi.json: the OpenAPI 3.1 document of this API.
    func openAPI(_ request: HTTPRequest) throws -> HTTPResponse {
        .json(Self.openAPIDocument)
    }

    private static let openAPIDocument: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { return Array(#"{"openapi":"3.1.0","info":{"title":"NewsGraph","version":"1"},"paths":{}}"#.utf8) }
        return Array(data)
    }()
}
