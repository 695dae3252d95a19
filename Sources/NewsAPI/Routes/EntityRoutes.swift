import HTTPServer
import NewsExtraction
import NewsIndex

extension Routes {
    /// GET /v1/entities: corpus-wide entities by type and name prefix.
    func listEntities(_ request: HTTPRequest) throws -> HTTPResponse {
        let parameters = QueryParameters(request)
        let query = EntityQuery(
            type: try parameters.choice("type", as: EntityType.self), q: try parameters.string("q"),
            sort: try parameters.choice("sort", as: EntityQuery.Sort.self) ?? .mentions, limit: try parameters.limit(),
            cursor: try parameters.string("cursor"))
        let body = try cache.body(for: request.target, generation: store.generation) {
            let page = try storeCall { try store.entities(query) }
            var json = JSONWriter(capacity: 256 * page.items.count + 64)
            json.page(page.items, nextCursor: page.nextCursor) { json, entity in json.entitySummary(entity) }
            return json.bytes
        }
        return .json(body)
    }

    /// GET /v1/entities/{id}: one entity, the articles that name it, and what it appears with.
    func getEntity(_ request: HTTPRequest) throws -> HTTPResponse {
        let id = request.pathParameters["id"] ?? ""
        let limit = try QueryParameters(request).limit()
        guard let detail = store.entity(id: id, articleLimit: limit) else {
            throw Problem.notFound("no entity with id \(id)")
        }
        let articles = detail.articleIDs.compactMap { store.article(id: $0) }
        return .json { json in
            json.object { json in
                json.entitySummaryFields(detail.summary)
                json.key("articles")
                json.array(articles) { json, article in json.articleSummary(article) }
                json.key("cooccurring")
                json.array(detail.cooccurring) { json, other in
                    json.object { json in
                        json.entitySummaryFields(other.entity)
                        json.field("sharedArticles", other.articleCount)
                    }
                }
            }
        }
    }
}
