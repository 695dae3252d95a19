import Foundation
import Testing

@testable import NewsAPI

@Suite struct SystemRoutesTests {
    @Test func healthMetricsAndOpenAPI() throws {
        let server = try TestServer()
        #expect(try server.request("GET", "/healthz").json["status"] as? String == "ok")
        _ = try server.postJSON("/v1/articles", ["text": "Metrics on Iceland."])
        let metrics = try server.request("GET", "/metrics")
        #expect(metrics.status == 200)
        #expect(
            metrics.text.contains(#"newsgraph_http_requests_total{method="POST",route="/v1/articles",status="201"} 1"#))
        #expect(metrics.text.contains("newsgraph_http_request_duration_seconds_bucket{le=\"+Inf\"}"))
        #expect(metrics.text.contains("newsgraph_articles 1"))
        let openAPI = try server.request("GET", "/openapi.json").json
        #expect((openAPI["openapi"] as? String)?.hasPrefix("3.1") == true)
    }

    @Test func extractStoresNothing() throws {
        let server = try TestServer()
        let response = try server.postJSON("/v1/extract", ["text": "Nothing stored about Fiji."])
        #expect(response.status == 200)
        #expect(response.json["entities"] is [Any])
        #expect(response.json["relations"] is [Any])
        #expect(server.store.stats.articles == 0)
    }

    /// A person acts for the state whose office they held on the article's publication date: Yeltsin spoke for
    /// Russia in 1996, for nobody in 2005. Stored articles are dated the same way as extractions.
    @Test func publicationDateDatesThePeopleWhoAct() throws {
        let server = try TestServer()
        let text = "Boris Yeltsin accused Japan of violating the agreement."
        func sources(_ date: String) throws -> [String] {
            let extraction = try server.postJSON("/v1/extract", ["text": text, "publishedAt": date]).json
            return (extraction["relations"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String }
        }
        #expect(try sources("1996-08-22T10:00:00Z").contains("RUS"))
        #expect(try sources("2005-08-22T10:00:00Z").isEmpty)
        let stored = try server.postJSON("/v1/articles", ["text": text, "publishedAt": "1996-08-22T10:00:00Z"]).json
        let relations = stored["relations"] as? [[String: Any]] ?? []
        #expect(relations.contains { $0["source"] as? String == "RUS" })
    }

    @Test func explainSaysWhyEachRelationWasFound() throws {
        let server = try TestServer()
        let text = "Iran has increased cooperation with the navies of China and Russia. Germany condemned Russia."
        let plain = try server.postJSON("/v1/extract", ["text": text]).json
        #expect((plain["relations"] as? [[String: Any]] ?? []).allSatisfy { $0["explanation"] == nil })
        let explained = try server.postJSON("/v1/extract?explain=true", ["text": text]).json
        let explanations = (explained["relations"] as? [[String: Any]] ?? []).compactMap {
            $0["explanation"] as? [String: Any]
        }
        #expect(explanations.count == (plain["relations"] as? [Any])?.count && !explanations.isEmpty)
        let tree = explanations.first { $0["reader"] as? String == "tree" }
        #expect((tree?["paths"] as? [String])?.contains("cooperation <obj< increased >nsubj> Iran") == true)
        #expect(explanations.contains { ($0["pattern"] as? String)?.contains("condemn") == true })
        let bad = try server.request("POST", "/v1/extract?explain=maybe", body: Array(#"{"text": "x"}"#.utf8))
        #expect(bad.status == 400)
        #expect(String(decoding: bad.body, as: UTF8.self).contains("explain"))
    }

    @Test func wrongMethodGets405WithAllow() throws {
        let server = try TestServer()
        let response = try server.request("PUT", "/v1/articles", body: Array("{}".utf8))
        #expect(response.status == 405)
        #expect(response.header("Allow")?.contains("GET") == true)
        #expect(response.header("Allow")?.contains("POST") == true)
        #expect(try server.request("DELETE", "/v1/entities").status == 405)
    }

    /// Every method HTTP defines is a 405 with Allow where a route does not take it (schemathesis sends TRACE and
    /// QUERY); 501 is left for methods HTTP does not define.
    @Test func definedMethodsGet405AndOthers501() throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0] + "/Public"
        let server = try TestServer(publicDirectory: root)
        for method in ["TRACE", "QUERY", "PATCH", "PUT", "OPTIONS"] {
            for path in ["/healthz", "/v1/articles/abc", "/", "/style.css"] {
                // PUT and PATCH carry content (without a length they are a 411 before any routing).
                let body = ["PUT", "PATCH"].contains(method) ? Array("{}".utf8) : []
                let response = try server.request(method, path, body: body)
                #expect(response.status == 405, "\(method) \(path)")
                #expect(response.header("Allow")?.contains("GET") == true, "\(method) \(path)")
                #expect(response.header("Content-Type") == "application/problem+json")
            }
        }
        #expect(try server.request("TRACE", "/no-such-file").status == 404)
        #expect(try server.request("BREW", "/healthz").status == 501)
    }

    @Test func servesThePublicFolder() throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0] + "/Public"
        let server = try TestServer(publicDirectory: root)
        let page = try server.request("GET", "/")
        #expect(page.status == 200)
        #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(page.text.contains("NewsGraph"))
        #expect(page.header("Content-Security-Policy")?.contains("default-src 'self'") == true)
        #expect(page.header("X-Content-Type-Options") == "nosniff")
        #expect(try server.request("GET", "/no-such-file.txt").status == 404)
    }
}
