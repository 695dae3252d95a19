import Foundation
import Testing

@testable import HTTPServer

/// Every error status over a real socket: a problem document, then the connection closes.
@Suite struct HTTPServerErrorTests {
    static let cases: [(String, Int)] = [
        ("GET /\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nBad Header\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde", 400),
        ("BREW / HTTP/1.1\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: a\r\n\r\n", 411),
        ("POST / HTTP/1.1\r\nContent-Length: 2000\r\n\r\n", 413),
        ("GET /" + String(repeating: "a", count: 600) + " HTTP/1.1\r\n\r\n", 414),
        ("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "b", count: 1200) + "\r\n\r\n", 431),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: compress\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nContent-Encoding: br\r\nContent-Length: 1\r\n\r\nx", 415),
        ("GET / HTTP/2.0\r\n\r\n", 505),
    ]

    static var limited: HTTPServerConfiguration {
        var configuration = testConfiguration()
        configuration.maxBodyBytes = 1000
        configuration.maxHeaderBytes = 1024
        configuration.maxURIBytes = 512
        return configuration
    }

    @Test(arguments: cases)
    func answersProblemAndCloses(_ request: String, status: Int) throws {
        try withServer(Self.limited, handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send(request)
            let response = try #require(client.readResponse())
            #expect(response.status == status)
            #expect(response.header("Content-Type") == "application/problem+json")
            #expect(response.header("Connection") == "close")
            let problem = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            #expect(problem?["status"] as? Int == status)
            #expect(problem?["type"] as? String == "about:blank")
            #expect((problem?["title"] as? String)?.isEmpty == false)
            #expect((problem?["detail"] as? String)?.isEmpty == false)
            #expect(client.waitForClose())
        }
    }

    @Test func serverSurvivesGarbage() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) })
            #expect(client.readResponse()?.status == 400)
            let next = try RawClient(port: server.port)
            next.send("GET /ok HTTP/1.1\r\n\r\n")
            #expect(next.readResponse()?.status == 200)
        }
    }

    @Test func handlerTimeoutAnswers503() throws {
        var configuration = testConfiguration()
        configuration.handlerTimeout = .milliseconds(100)
        try withServer(configuration, handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send("GET /sleep HTTP/1.1\r\n\r\n")
            #expect(client.readResponse()?.status == 503)
            #expect(client.waitForClose())
        }
    }

    @Test func slowClientTimesOutAtTheHeaderTimeout() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            let started = Date()
            client.send("GET / HTTP/1.1\r\nHost: slow\r\n")
            let response = try #require(client.readResponse())
            #expect(response.status == 408)
            #expect(client.waitForClose())
            let elapsed = Date().timeIntervalSince(started)
            #expect(elapsed >= 0.45 && elapsed < 0.5 + TestTiming.seconds(1.5))
        }
    }

    @Test func idleKeepAliveConnectionIsClosed() throws {
        var configuration = testConfiguration()
        configuration.idleTimeout = .milliseconds(200)
        try withServer(configuration, handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send("GET / HTTP/1.1\r\n\r\n")
            #expect(client.readResponse()?.status == 200)
            #expect(client.waitForClose())
        }
    }

    @Test func refusesConnectionsBeyondTheLimit() throws {
        var configuration = testConfiguration()
        configuration.maxConnections = 2
        try withServer(configuration, handler: echoHandler) { server in
            let clients = try (0..<2).map { _ in try RawClient(port: server.port) }
            for client in clients { client.send("GET / HTTP/1.1\r\n\r\n") }
            for client in clients { #expect(client.readResponse()?.status == 200) }
            let third = try RawClient(port: server.port)
            #expect(third.waitForClose())
        }
    }
}
