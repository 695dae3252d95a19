import Foundation
import Testing

@testable import HTTPServer

@Suite struct HTTPServerConnectionTests {
    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send(
                "GET /sleep HTTP/1.1\r\n\r\nPOST /two HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /three HTTP/1.1\r\n\r\n"
            )
            #expect(client.readResponse()?.text == "GET /sleep ")
            #expect(client.readResponse()?.text == "POST /two abc")
            #expect(client.readResponse()?.text == "GET /three ")
        }
    }

    @Test func keepAliveReusesTheConnection() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            for index in 0..<5 {
                client.send("GET /\(index) HTTP/1.1\r\nHost: a\r\n\r\n")
                let response = try #require(client.readResponse())
                #expect(response.text == "GET /\(index) ")
                #expect(response.header("Connection") == nil)
                #expect(response.header("Date")?.hasSuffix("GMT") == true)
            }
            #expect(server.connectionCount == 1)
        }
    }

    @Test func connectionCloseAndHTTP10Close() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
            #expect(client.readResponse()?.header("Connection") == "close")
            #expect(client.waitForClose())
            let old = try RawClient(port: server.port)
            old.send("GET / HTTP/1.0\r\n\r\n")
            #expect(old.readResponse()?.status == 200)
            #expect(old.waitForClose())
            let oldKeepAlive = try RawClient(port: server.port)
            oldKeepAlive.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(oldKeepAlive.readResponse()?.header("Connection") == "keep-alive")
            oldKeepAlive.send("GET /again HTTP/1.0\r\n\r\n")
            #expect(oldKeepAlive.readResponse()?.text == "GET /again ")
        }
    }

    @Test func headSendsNoBody() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send("HEAD /x HTTP/1.1\r\n\r\nGET /y HTTP/1.1\r\n\r\n")
            let head = try #require(client.readResponse(head: true))
            #expect(head.header("Content-Length") == "8")
            // Were a body sent, it would be read as the next response's start.
            #expect(client.readResponse()?.text == "GET /y ")
        }
    }

    @Test func chunkedRequestBody() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n")
            #expect(client.readResponse()?.text == "POST /c Wikipedia")
        }
    }

    @Test func continueIsSentBeforeTheBody() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send("PUT /c HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
            #expect(client.readResponse()?.status == 100)
            client.send("hello")
            #expect(client.readResponse()?.text == "PUT /c hello")
            // A request that fails already gets its error instead of 100 Continue.
            let refused = try RawClient(port: server.port)
            refused.send("PUT /c HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 99999999\r\n\r\n")
            #expect(refused.readResponse()?.status == 413)
        }
    }

    @Test func halfClosedClientStillGetsItsAnswers() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            client.send("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n")
            client.finishSending()
            #expect(client.readResponse()?.text == "GET /a ")
            #expect(client.readResponse()?.text == "GET /b ")
            #expect(client.waitForClose())
        }
    }

    @Test func twoHundredConcurrentClients() throws {
        try withServer(handler: echoHandler) { server in
            let clients = try (0..<200).map { _ in try RawClient(port: server.port) }
            for (index, client) in clients.enumerated() {
                client.send("POST /n HTTP/1.1\r\nContent-Length: \(String(index).utf8.count)\r\n\r\n\(index)")
            }
            for (index, client) in clients.enumerated() {
                #expect(client.readResponse()?.text == "POST /n \(index)")
            }
        }
    }

    @Test func streamedBodyIsChunkedAndComplete() throws {
        let handler: HTTPHandler = { _ in
            HTTPResponse(headers: HTTPHeaders([("Content-Type", "text/plain")])) { write in
                for index in 0..<100 where !write(Array("line \(index)\n".utf8)[...]) { return }
            }
        }
        try withServer(handler: handler) { server in
            let client = try RawClient(port: server.port)
            client.send("GET /stream HTTP/1.1\r\n\r\nGET /stream HTTP/1.0\r\n\r\n")
            let expected = (0..<100).map { "line \($0)\n" }.joined()
            let chunked = try #require(client.readResponse())
            #expect(chunked.header("Transfer-Encoding") == "chunked")
            #expect(chunked.text == expected)
            let closeDelimited = try #require(client.readResponse())
            #expect(closeDelimited.header("Transfer-Encoding") == nil)
            #expect(closeDelimited.text == expected)
        }
    }

    @Test func slowReaderBlocksTheProducerAndAGoneClientStopsIt() throws {
        let finished = DispatchSemaphore(value: 0)
        let written = LockedCounter()
        let handler: HTTPHandler = { _ in
            HTTPResponse(headers: HTTPHeaders([("Content-Type", "application/octet-stream")])) { write in
                let piece = [UInt8](repeating: 65, count: 64 * 1024)[...]
                for _ in 0..<10_000 {
                    guard write(piece) else { break }
                    written.add(1)
                }
                finished.signal()
            }
        }
        try withServer(handler: handler) { server in
            let client = try RawClient(port: server.port)
            client.send("GET /big HTTP/1.1\r\n\r\n")
            usleep(300_000)
            // Socket buffers and the output bound hold a few MiB at most, not 640 MiB.
            #expect(written.value < 200)
            withExtendedLifetime(client) {}
        }
        #expect(finished.wait(timeout: .now() + TestTiming.seconds(5)) == .success)
    }

    @Test func shutdownLetsTheInFlightRequestFinish() throws {
        let started = DispatchSemaphore(value: 0)
        let handler: HTTPHandler = { request in
            started.signal()
            usleep(300_000)
            return HTTPResponse(contentType: "text/plain", body: Array("finished".utf8))
        }
        let server = HTTPServer(configuration: testConfiguration(), logger: quietLogger, handler: handler)
        try server.start()
        let idle = try RawClient(port: server.port)
        let busy = try RawClient(port: server.port)
        busy.send("GET /work HTTP/1.1\r\n\r\n")
        #expect(started.wait(timeout: .now() + TestTiming.seconds(5)) == .success)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            server.shutdown()
            done.signal()
        }
        let response = try #require(busy.readResponse())
        #expect(response.text == "finished")
        #expect(busy.waitForClose())
        #expect(idle.waitForClose())
        #expect(done.wait(timeout: .now() + TestTiming.seconds(5)) == .success)
        #expect(server.connectionCount == 0)
        #expect((try? RawClient(port: server.port)) == nil)
    }
}

/// A counter shared between a handler and a test.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ amount: Int) { lock.withLock { count += amount } }
    var value: Int { lock.withLock { count } }
}
