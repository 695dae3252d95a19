import HTTPServer

/// An RFC 9457 problem: what went wrong with a request, and which field caused it.
public struct Problem: Error, Sendable {
    public var status: HTTPStatus
    public var detail: String
    /// The request field (body member, query parameter or path segment) at fault, when there is one.
    public var field: String?

    public init(_ status: HTTPStatus, _ detail: String, field: String? = nil) {
        self.status = status
        self.detail = detail
        self.field = field
    }

    public static func badRequest(_ detail: String, field: String? = nil) -> Problem {
        Problem(.badRequest, detail, field: field)
    }

    public static func notFound(_ detail: String) -> Problem {
        Problem(.notFound, detail)
    }

    /// The problem as an `application/problem+json` response.
    public var response: HTTPResponse {
        var json = JSONWriter()
        json.object { json in
            json.field("type", "about:blank")
            json.field("title", status.reason)
            json.field("status", status.code)
            json.field("detail", detail)
            if let field { json.field("field", field) }
        }
        return HTTPResponse(status: status, contentType: "application/problem+json", body: json.bytes)
    }
}
