import HTTPServer
import NewsExtraction
import NewsIndex

extension Routes {
    /// GET /v1/relationships: aggregated country-to-country edges, most reported first.
    func listRelationships(_ request: HTTPRequest) throws -> HTTPResponse {
        let parameters = QueryParameters(request)
        let filter = try parameters.relationshipFilter()
        let limit = try parameters.limit(default: 50)
        let offset = try parameters.offsetCursor()
        let body = cache.body(for: request.target, generation: store.generation) {
            // One edge past the page tells whether another page follows.
            let edges = store.relationships(filter, limit: offset + limit + 1)
            let page = Array(edges.dropFirst(offset).prefix(limit))
            let next = offset + page.count < edges.count ? String(offset + page.count) : nil
            var json = JSONWriter(capacity: 512 * page.count + 64)
            json.page(page, nextCursor: next) { json, edge in json.edge(edge) }
            return json.bytes
        }
        return .json(body)
    }

    /// GET /v1/relationships/{a}/{b}: both directions between two countries, with a monthly timeline.
    func getRelationshipPair(_ request: HTTPRequest) throws -> HTTPResponse {
        let parameters = QueryParameters(request)
        let a = try pathCountry(request, "a")
        let b = try pathCountry(request, "b")
        let pair = store.pair(a, b, filter: try parameters.relationshipFilter())
        return .json { json in
            json.object { json in
                json.field("a", pair.a)
                json.field("b", pair.b)
                json.key("edges")
                json.array(pair.edges) { json, edge in json.edge(edge) }
                json.key("timeline")
                json.array(pair.timeline) { json, month in
                    json.object { json in
                        json.field("month", month.month)
                        json.key("counts")
                        json.array(month.counts) { json, count in
                            json.object { json in
                                json.field("source", count.source)
                                json.field("target", count.target)
                                json.field("type", count.type.rawValue)
                                json.field("count", count.count)
                            }
                        }
                    }
                }
            }
        }
    }

    /// GET /v1/graph: the country graph as JSON, GraphML or GEXF.
    func getGraph(_ request: HTTPRequest) throws -> HTTPResponse {
        let parameters = QueryParameters(request)
        let filter = try parameters.relationshipFilter()
        let format = try parameters.choice("format", as: GraphFormat.self) ?? .json
        let limit = try parameters.int("limit", in: 1...10_000) ?? 1_000
        let graph = store.graph(filter, evidenceLimit: format == .json ? 3 : 0, limit: limit)
        switch format {
        case .json:
            return .json { json in
                json.object { json in
                    json.key("nodes")
                    json.array(graph.nodes) { json, node in
                        json.object { json in
                            json.field("id", node.id)
                            json.field("name", node.name)
                            json.field("iso2", node.iso2)
                            json.field("articleCount", node.articleCount)
                            json.field("mentionCount", node.mentionCount)
                        }
                    }
                    json.key("edges")
                    json.array(graph.edges) { json, edge in json.edge(edge) }
                }
            }
        case .graphml:
            return HTTPResponse(contentType: "application/graphml+xml; charset=utf-8", body: GraphML.encode(graph))
        case .gexf:
            return HTTPResponse(contentType: "application/gexf+xml; charset=utf-8", body: GEXF.encode(graph))
        }
    }

    /// GET /v1/events: every relation as a row, GDELT-like, as CSV, TSV or NDJSON.
    func listEvents(_ request: HTTPRequest) throws -> HTTPResponse {
        let parameters = QueryParameters(request)
        let filter = try parameters.relationshipFilter()
        let format = try parameters.choice("format", as: EventTable.Format.self) ?? .csv
        let rows = store.events(filter)
        return HTTPResponse(contentType: format.contentType, body: EventTable.encode(rows, as: format))
    }

    private func pathCountry(_ request: HTTPRequest, _ name: String) throws(Problem) -> String {
        let text = request.pathParameters[name] ?? ""
        guard let code = CountryCode.resolve(text) else {
            throw .badRequest("'\(text)' is not an ISO 3166-1 country code such as RUS or RU", field: name)
        }
        return code
    }
}

enum GraphFormat: String, CaseIterable {
    case json, graphml, gexf
}

extension QueryParameters {
    /// The filters shared by relationships, graph and events.
    func relationshipFilter() throws(Problem) -> RelationshipFilter {
        RelationshipFilter(
            country: try country("country"), with: try country("with"),
            type: try choice("type", as: RelationType.self), quadClass: try int("quadClass", in: 1...4),
            from: try date("from"), to: try date("to"))
    }

    /// A cursor that is a position in a computed list: 1 to 9 decimal digits (the form the document gives).
    func offsetCursor() throws(Problem) -> Int {
        guard let text = try string("cursor") else { return 0 }
        guard (1...9).contains(text.utf8.count), text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let offset = Int(text)
        else {
            throw .badRequest("the cursor is not one this server handed out", field: "cursor")
        }
        return offset
    }
}
