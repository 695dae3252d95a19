import Testing

@testable import HTTPServer

@Suite struct CORSPolicyTests {
    @Test func allowedOriginGetsTheHeaders() throws {
        let cors = CORSPolicy(allowedOrigins: ["https://news.example"])
        try withServer(handler: cors.wrap(echoHandler)) { server in
            let client = try RawClient(port: server.port)
            client.send("GET /v1/x HTTP/1.1\r\nOrigin: https://news.example\r\n\r\n")
            let allowed = try #require(client.readResponse())
            #expect(allowed.status == 200)
            #expect(allowed.header("Access-Control-Allow-Origin") == "https://news.example")
            #expect(allowed.header("Vary") == "Origin")
            #expect(allowed.header("Access-Control-Expose-Headers")?.contains("Location") == true)

            client.send("GET /v1/x HTTP/1.1\r\nOrigin: https://evil.example\r\n\r\n")
            let other = try #require(client.readResponse())
            #expect(other.status == 200)
            #expect(other.header("Access-Control-Allow-Origin") == nil)
            #expect(other.header("Vary") == "Origin")
        }
    }

    @Test func preflightIsAnsweredBeforeAuthorization() throws {
        let authorization = APIKeyAuthorization(keys: ["k"], scope: .everything, realm: "r")
        let cors = CORSPolicy(allowedOrigins: ["https://news.example"])
        try withServer(handler: cors.wrap(authorization.wrap(echoHandler))) { server in
            let client = try RawClient(port: server.port)
            client.send(
                "OPTIONS /v1/articles HTTP/1.1\r\nOrigin: https://news.example\r\n"
                    + "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: authorization\r\n\r\n")
            let preflight = try #require(client.readResponse())
            #expect(preflight.status == 204)
            #expect(preflight.header("Access-Control-Allow-Origin") == "https://news.example")
            #expect(preflight.header("Access-Control-Allow-Methods")?.contains("POST") == true)
            #expect(preflight.header("Access-Control-Allow-Headers")?.contains("Authorization") == true)
            #expect(preflight.header("Access-Control-Max-Age") == "600")

            // The real request still needs its key, and the refusal is readable by the page.
            client.send("POST /v1/articles HTTP/1.1\r\nOrigin: https://news.example\r\nContent-Length: 0\r\n\r\n")
            let refused = try #require(client.readResponse())
            #expect(refused.status == 401)
            #expect(refused.header("Access-Control-Allow-Origin") == "https://news.example")

            // A preflight from an origin not allowed goes to the handler like any request.
            client.send(
                "OPTIONS /v1/articles HTTP/1.1\r\nOrigin: https://evil.example\r\n"
                    + "Access-Control-Request-Method: POST\r\n\r\n")
            #expect(client.readResponse()?.status == 401)
        }
    }

    @Test func anyOrigin() throws {
        let cors = CORSPolicy(allowedOrigins: ["*"])
        try withServer(handler: cors.wrap(echoHandler)) { server in
            let client = try RawClient(port: server.port)
            client.send("GET / HTTP/1.1\r\nOrigin: https://anywhere.example\r\n\r\n")
            #expect(client.readResponse()?.header("Access-Control-Allow-Origin") == "*")
            client.send("GET / HTTP/1.1\r\n\r\n")
            #expect(client.readResponse()?.header("Access-Control-Allow-Origin") == nil)
        }
    }
}
