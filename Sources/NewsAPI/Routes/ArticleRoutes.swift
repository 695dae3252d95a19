import Foundation
import HTTPServer
import NewsExtraction
import NewsIndex

extension Routes {
    /// POST /v1/articles: one article (JSON or text/plain), or many (application/x-ndjson).
    func postArticles(_ request: HTTPRequest) throws -> HTTPResponse {
        if try ArticleInput.mediaType(of: request) == .ndjson {
            return try postArticleLines(ArticleInput.lines(ndjson: request.body))
        }
        let unit = try QueryParameters(request).offsetUnit()
        let draft = try ArticleInput.draft(from: request)
        let (article, created) = try storeCall { try store.add(draft) }
        var response = HTTPResponse.json(status: created ? .created : .ok) { $0.article(article, unit: unit) }
        response.headers.set("Location", "/v1/articles/\(article.id)")
        return response
    }

    /// Many articles, one JSON object per line; one result line per input line, good lines all stored.
    private func postArticleLines(_ lines: [ArticleInput.Line]) throws -> HTTPResponse {
        var drafts: [ArticleDraft] = []
        for line in lines { if case .success(let draft) = line.result { drafts.append(draft) } }
        var stored = try storeCall { try store.addBatch(drafts) }.makeIterator()
        var body: [UInt8] = []
        for line in lines {
            var json = JSONWriter()
            switch line.result {
            case .failure(let problem):
                json.object { json in
                    json.field("line", line.number)
                    json.field("status", problem.status.code)
                    json.field("error", problem.detail)
                    if let field = problem.field { json.field("field", field) }
                }
            case .success:
                guard let result = stored.next() else { continue }
                json.object { json in
                    json.field("line", line.number)
                    json.field("status", result.created ? 201 : 200)
                    json.field("id", result.article.id)
                    json.field("result", result.created ? "stored" : "duplicate")
                }
            }
            body.append(contentsOf: json.bytes)
            body.append(UInt8(ascii: "\n"))
        }
        return HTTPResponse(status: .ok, contentType: "application/x-ndjson", body: body)
    }

    /// GET /v1/articles: search and list; `format=ndjson` streams every matching article in full.
    func listArticles(_ request: HTTPRequest) throws -> HTTPResponse {
        let parameters = QueryParameters(request)
        let query = ArticleQuery(
            q: try parameters.string("q"), entity: try parameters.string("entity"),
            country: try parameters.country("country"), from: try parameters.date("from"),
            to: try parameters.date("to"), limit: try parameters.limit(), cursor: try parameters.string("cursor"))
        let unit = try parameters.offsetUnit()
        if try parameters.choice("format", as: ListFormat.self) == .ndjson {
            return try exportArticles(query, unit: unit)
        }
        let body = try cache.body(for: request.target, generation: store.generation) {
            let page = try storeCall { try store.articles(query) }
            var json = JSONWriter(capacity: 512 * page.items.count + 64)
            json.page(page.items, nextCursor: page.nextCursor) { json, article in json.articleSummary(article) }
            return json.bytes
        }
        return .json(body)
    }

    /// Every article that matches, one full article per line, page by page: memory stays flat. The first page is
    /// read before the answer starts, so that a bad cursor is still a 400.
    private func exportArticles(_ query: ArticleQuery, unit: OffsetUnit) throws -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add("Content-Type", "application/x-ndjson")
        let store = store
        var paged = query
        paged.limit = 200
        let firstQuery = paged
        let first = try storeCall { try store.articles(firstQuery) }
        return HTTPResponse(status: .ok, headers: headers) { write in
            var query = firstQuery
            var page = first
            while true {
                for article in page.items {
                    var json = JSONWriter(capacity: article.text.utf8.count * 2)
                    json.article(article, unit: unit)
                    var line = json.bytes
                    line.append(UInt8(ascii: "\n"))
                    guard write(line[...]) else { return }
                }
                guard let cursor = page.nextCursor else { return }
                query.cursor = cursor
                guard let following = try? store.articles(query) else { return }
                page = following
            }
        }
    }

    func getArticle(_ request: HTTPRequest) throws -> HTTPResponse {
        let article = try requireArticle(request)
        let unit = try QueryParameters(request).offsetUnit()
        return .json { $0.article(article, unit: unit) }
    }

    func deleteArticle(_ request: HTTPRequest) throws -> HTTPResponse {
        let id = request.pathParameters["id"] ?? ""
        guard try storeCall({ try store.delete(id: id) }) else { throw Problem.notFound("no article with id \(id)") }
        return HTTPResponse(status: .noContent)
    }

    func getArticleEntities(_ request: HTTPRequest) throws -> HTTPResponse {
        try articlePart(request) { json, article, offsets in
            json.entities(article.extraction.entities, offsets: offsets)
        }
    }

    func getArticleRelations(_ request: HTTPRequest) throws -> HTTPResponse {
        try articlePart(request) { json, article, offsets in
            json.relations(article.extraction.relations, offsets: offsets)
        }
    }

    /// `{"articleId": ..., "items": [...]}` for one part of an article.
    private func articlePart(
        _ request: HTTPRequest, items: (inout JSONWriter, Article, OffsetConverter) -> Void
    ) throws -> HTTPResponse {
        let article = try requireArticle(request)
        let offsets = try QueryParameters(request).offsetUnit().converter(for: article.text)
        return .json { json in
            json.object { json in
                json.field("articleId", article.id)
                json.key("items")
                items(&json, article, offsets)
            }
        }
    }

    private func requireArticle(_ request: HTTPRequest) throws(Problem) -> Article {
        let id = request.pathParameters["id"] ?? ""
        guard let article = store.article(id: id) else { throw .notFound("no article with id \(id)") }
        return article
    }

    /// Runs a store call, turning its errors into problems.
    func storeCall<T>(_ body: () throws -> T) throws(Problem) -> T {
        do {
            return try body()
        } catch let error as NewsStoreError {
            switch error {
            case .emptyText: throw Problem(.unprocessableContent, "the article text is empty", field: "text")
            case .invalidCursor: throw .badRequest("the cursor is not one this server handed out", field: "cursor")
            case .journalUnavailable, .io, .journalDamaged:
                logger.error("store failed: \(error)")
                throw Problem(.serviceUnavailable, "the server cannot store articles right now")
            }
        } catch {
            logger.error("store failed: \(error)")
            throw Problem(.internalServerError, "the server could not complete the request")
        }
    }
}

/// What GET /v1/articles returns: a page of summaries (default) or every article as NDJSON.
enum ListFormat: String, CaseIterable {
    case json, ndjson
}
