import Foundation
import Testing

@testable import HTTPServer

@Suite struct APIKeyAuthorizationTests {
    private let keys = ["first-key-0123456789", "second-key-abcdef"]

    @Test func writesNeedAKeyAndReadsStayOpen() throws {
        let authorization = APIKeyAuthorization(keys: keys, realm: "newsgraph")
        try withServer(handler: authorization.wrap(echoHandler)) { server in
            let client = try RawClient(port: server.port)
            client.send("GET /v1/things HTTP/1.1\r\n\r\n")
            #expect(client.readResponse()?.status == 200)
            client.send("HEAD /v1/things HTTP/1.1\r\n\r\n")
            #expect(client.readResponse(head: true)?.status == 200)

            client.send("POST /v1/things HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi")
            let missing = try #require(client.readResponse())
            #expect(missing.status == 401)
            #expect(missing.header("WWW-Authenticate") == #"Bearer realm="newsgraph""#)
            #expect(missing.header("Content-Type") == "application/problem+json")
            #expect(missing.text.contains(#""status":401"#))

            client.send("DELETE /v1/things/1 HTTP/1.1\r\nAuthorization: Bearer wrong\r\n\r\n")
            let wrong = try #require(client.readResponse())
            #expect(wrong.status == 401)
            #expect(wrong.header("WWW-Authenticate")?.contains(#"error="invalid_token""#) == true)

            for key in keys {
                client.send("POST /v1/things HTTP/1.1\r\nAuthorization: Bearer \(key)\r\nContent-Length: 2\r\n\r\nhi")
                #expect(client.readResponse()?.text == "POST /v1/things hi")
            }
            client.send("DELETE /v1/things/1 HTTP/1.1\r\nauthorization: bearer \(keys[1])\r\n\r\n")
            #expect(client.readResponse()?.status == 200)
        }
    }

    @Test func privateModeGuardsReadsButNotOpenPaths() throws {
        let authorization = APIKeyAuthorization(
            keys: keys, scope: .everything, openPaths: ["/healthz"], realm: "newsgraph")
        try withServer(handler: authorization.wrap(echoHandler)) { server in
            let client = try RawClient(port: server.port)
            client.send("GET /v1/things HTTP/1.1\r\n\r\n")
            #expect(client.readResponse()?.status == 401)
            client.send("GET /healthz HTTP/1.1\r\n\r\n")
            #expect(client.readResponse()?.status == 200)
            client.send("GET /v1/things HTTP/1.1\r\nAuthorization: Bearer \(keys[0])\r\n\r\n")
            #expect(client.readResponse()?.status == 200)
        }
    }

    @Test func keysMustMatchWhole() {
        let authorization = APIKeyAuthorization(keys: keys, realm: "r")
        #expect(authorization.accepts(Array(keys[0].utf8)))
        #expect(!authorization.accepts(Array(keys[0].dropLast().utf8)))
        #expect(!authorization.accepts(Array((keys[0] + "x").utf8)))
        #expect(!authorization.accepts([]))
        #expect(!APIKeyAuthorization(keys: [], realm: "r").accepts([]))
    }

    @Test func malformedAuthorizationHeaders() throws {
        let authorization = APIKeyAuthorization(keys: keys, realm: "newsgraph")
        try withServer(handler: authorization.wrap(echoHandler)) { server in
            let client = try RawClient(port: server.port)
            for value in ["Basic \(keys[0])", "Bearer", "Bearer ", "Bearer\(keys[0])", keys[0]] {
                client.send("POST /x HTTP/1.1\r\nAuthorization: \(value)\r\nContent-Length: 0\r\n\r\n")
                #expect(client.readResponse()?.status == 401, "\(value)")
            }
        }
    }

    @Test func keysFileSkipsCommentsAndBlankLines() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)").path
        try "# deploy keys\nfirst-key-0123456789\n\n  second-key-abcdef  \n# old: retired\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try APIKeyAuthorization.keys(fromFile: path) == keys)
    }
}
