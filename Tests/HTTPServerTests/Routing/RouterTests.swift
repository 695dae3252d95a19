import Foundation
import Testing

@testable import HTTPServer

@Suite struct RouterTests {
    static func named(_ name: String) -> HTTPHandler {
        { request in
            let parameters = request.pathParameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return HTTPResponse(contentType: "text/plain", body: Array("\(name) \(parameters)".utf8))
        }
    }

    static var router: Router {
        var router = Router()
        router.add(.get, "/v1/articles", named("list"))
        router.add(.post, "/v1/articles", named("create"))
        router.add(.get, "/v1/articles/{id}", named("show"))
        router.add(.delete, "/v1/articles/{id}", named("delete"))
        router.add(.get, "/v1/entities/{kind}/{id}", named("entity"))
        router.add(.get, "/", named("root"))
        return router
    }

    private func text(_ match: RouteMatch) -> String? {
        guard case .found(let handler, let request, _) = match, case .bytes(let body) = handler(request).body else {
            return nil
        }
        return String(decoding: body, as: UTF8.self)
    }

    @Test func matchesLiteralsAndCaptures() {
        let router = Self.router
        #expect(text(router.match(HTTPRequest(method: .get, target: "/v1/articles?limit=3"))) == "list []")
        #expect(text(router.match(HTTPRequest(method: .post, target: "/v1/articles"))) == "create []")
        #expect(text(router.match(HTTPRequest(method: .get, target: "/v1/articles/a%20b"))) == "show [\"id=a b\"]")
        #expect(
            text(router.match(HTTPRequest(method: .get, target: "/v1/entities/country/RUS")))
                == "entity [\"id=RUS\", \"kind=country\"]")
        #expect(text(router.match(HTTPRequest(method: .get, target: "/"))) == "root []")
    }

    @Test func reportsThePattern() {
        guard case .found(_, _, let pattern) = Self.router.match(HTTPRequest(method: .delete, target: "/v1/articles/9"))
        else {
            Issue.record("no match")
            return
        }
        #expect(pattern == "/v1/articles/{id}")
    }

    @Test func headMatchesGet() {
        #expect(text(Self.router.match(HTTPRequest(method: .head, target: "/v1/articles/7"))) == "show [\"id=7\"]")
    }

    @Test func notFoundAndMethodNotAllowed() {
        let router = Self.router
        for target in ["/v1/articles/", "/v1/nothing", "/v1/articles/1/2", "/v1/articles/%zz"] {
            guard case .notFound = router.match(HTTPRequest(method: .get, target: target)) else {
                Issue.record("\(target) matched")
                continue
            }
        }
        guard case .methodNotAllowed(let allow) = router.match(HTTPRequest(method: .put, target: "/v1/articles/1"))
        else {
            Issue.record("expected 405")
            return
        }
        #expect(allow == [.get, .head, .delete])
    }

    @Test func handlerAnswers405WithAllowOverHTTP() throws {
        let handler = Self.router.handler { _ in .problem(.notFound, detail: "nothing here") }
        try withServer(handler: handler) { server in
            let client = try RawClient(port: server.port)
            client.send("PATCH /v1/articles HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
            let response = try #require(client.readResponse())
            #expect(response.status == 405)
            #expect(response.header("Allow") == "GET, HEAD, POST")
            #expect(response.header("Content-Type") == "application/problem+json")
            client.send("GET /missing HTTP/1.1\r\n\r\n")
            #expect(client.readResponse()?.status == 404)
            client.send("GET /v1/articles/42 HTTP/1.1\r\n\r\n")
            #expect(client.readResponse()?.text == "show [\"id=42\"]")
        }
    }
}
