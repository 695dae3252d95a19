import Testing

@testable import HTTPServer

/// Every event of the parser for the bytes, fed in the given pieces.
private func parse(_ pieces: [ArraySlice<UInt8>], limits: HTTPParser.Limits = .init()) -> [HTTPParser.Event] {
    var parser = HTTPParser(limits: limits)
    var events: [HTTPParser.Event] = []
    for piece in pieces {
        parser.append(piece)
        while let event = parser.next() { events.append(event) }
    }
    return events
}

private func parse(_ text: String, limits: HTTPParser.Limits = .init()) -> [HTTPParser.Event] {
    parse([ArraySlice(Array(text.utf8))], limits: limits)
}

private func requests(_ events: [HTTPParser.Event]) -> [HTTPRequest] {
    events.compactMap {
        if case .request(let request) = $0 { return request }
        return nil
    }
}

/// A comparable rendering of events, so that differently split feeds can be compared.
private func describe(_ events: [HTTPParser.Event]) -> [String] {
    events.map { event in
        switch event {
        case .request(let r):
            let headers = r.headers.fields.map { "\($0.name)=\($0.value)" }.joined(separator: "|")
            return "\(r.method.rawValue) \(r.target) 1.\(r.minorVersion) [\(headers)] \(r.body)"
        case .continueExpected: return "continue"
        case .failure(let error): return "failure \(error.status.code)"
        }
    }
}

private func failureCode(_ text: String, limits: HTTPParser.Limits = .init()) -> Int? {
    for event in parse(text, limits: limits) {
        if case .failure(let error) = event { return error.status.code }
    }
    return nil
}

@Suite struct HTTPParserTests {
    @Test func parsesRequestLineHeadersAndQuery() throws {
        let request = try #require(requests(parse([ArraySlice(try Fixtures.bytes("get-simple.http"))])).first)
        #expect(request.method == .get)
        #expect(request.path == "/v1/articles")
        #expect(request.query == "limit=2&cursor=a%20b")
        #expect(request.queryValue("cursor") == "a b")
        #expect(request.minorVersion == 1)
        #expect(request.headers["ACCEPT"] == "application/json")
        #expect(request.headers.values("x-tag") == ["one", "two"])
        #expect(request.headers["user-agent"] == "spaced value")
        #expect(request.keepAlive)
        #expect(request.body.isEmpty)
    }

    @Test func parsesContentLengthBody() throws {
        let request = try #require(requests(parse([ArraySlice(try Fixtures.bytes("post-content-length.http"))])).first)
        #expect(request.method == .post)
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"text":"Hello from Kyiv"}"#)
    }

    @Test func parsesChunkedBodyWithExtensionsAndTrailers() throws {
        let events = parse([ArraySlice(try Fixtures.bytes("post-chunked-trailers.http"))])
        let request = try #require(requests(events).first)
        #expect(String(decoding: request.body, as: UTF8.self) == "Hello, world!")
        #expect(events.count == 1)
    }

    @Test func parsesPipelinedRequestsInOrder() throws {
        let all = requests(parse([ArraySlice(try Fixtures.bytes("pipelined.http"))]))
        #expect(all.map(\.path) == ["/one", "/two", "/three"])
        #expect(all.map(\.method) == [.get, .post, .delete])
        #expect(all[1].body == Array("abc".utf8))
        #expect(all[0].keepAlive && all[1].keepAlive && !all[2].keepAlive)
    }

    @Test func http10KeepAliveAndHead() throws {
        let request = try #require(requests(parse([ArraySlice(try Fixtures.bytes("http10-keep-alive.http"))])).first)
        #expect(request.method == .head)
        #expect(request.minorVersion == 0)
        #expect(request.keepAlive)
        let plain = try #require(requests(parse("GET / HTTP/1.0\r\n\r\n")).first)
        #expect(!plain.keepAlive)
    }

    @Test func announcesContinueBeforeTheBody() throws {
        let bytes = try Fixtures.bytes("expect-continue.http")
        let headEnd = bytes.count - 4
        var parser = HTTPParser()
        parser.append(bytes[..<headEnd])
        let announced = parser.next()
        #expect(describe(announced.map { [$0] } ?? []) == ["continue"])
        #expect(parser.next() == nil)
        parser.append(bytes[headEnd...])
        let completed = parser.next()
        let request = try #require(requests(completed.map { [$0] } ?? []).first)
        #expect(request.body == Array("body".utf8))
    }

    @Test(arguments: [
        "get-simple.http", "post-content-length.http", "post-chunked-trailers.http", "pipelined.http",
        "http10-keep-alive.http", "expect-continue.http",
    ])
    func sameResultWhenSplitAtEveryByte(fixture: String) throws {
        let bytes = try Fixtures.bytes(fixture)
        let whole = describe(parse([bytes[...]]))
        #expect(!whole.isEmpty)
        for split in 0...bytes.count {
            #expect(describe(parse([bytes[..<split], bytes[split...]])) == whole, "split at \(split)")
        }
    }

    @Test func sameResultFedByteByByte() throws {
        let bytes = try Fixtures.bytes("pipelined.http")
        #expect(describe(parse(bytes.map { [$0][...] })) == describe(parse([bytes[...]])))
    }

    @Test func waitsForMoreBytes() {
        var parser = HTTPParser()
        parser.append(Array("GET / HTTP/1.1\r\nHost: a\r\n".utf8))
        #expect(parser.next() == nil)
        #expect(parser.phase == .head)
    }

    @Test func skipsEmptyLinesBeforeARequest() {
        #expect(requests(parse("\r\n\r\nGET / HTTP/1.1\r\n\r\n")).count == 1)
    }

    @Test(arguments: [
        ("GET /\r\n\r\n", 400),
        ("GET  / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1 extra\r\n\r\n", 400),
        ("GET / HTTX/1.1\r\n\r\n", 400),
        ("GET relative HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nNo colon here\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n: empty\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400),
        ("POST / HTTP/1.1\r\nContent-Length: 3, 4\r\n\r\nabcd", 400),
        ("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", 400),
        ("BREW / HTTP/1.1\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\n\r\n", 411),
        ("PUT / HTTP/1.1\r\n\r\n", 411),
        ("PATCH / HTTP/1.1\r\n\r\n", 411),
        ("POST / HTTP/1.1\r\nContent-Encoding: br\r\nContent-Length: 1\r\n\r\nx", 415),
        ("POST / HTTP/1.1\r\nExpect: something\r\nContent-Length: 1\r\n\r\nx", 417),
        ("GET / HTTP/2.0\r\n\r\n", 505),
        ("GET / HTTP/0.9\r\n\r\n", 505),
    ])
    func rejects(_ text: String, status: Int) {
        #expect(failureCode(text) == status)
    }

    @Test func rejectsOversizedBodiesHeadersAndTargets() {
        var limits = HTTPParser.Limits()
        limits.maxBodyBytes = 10
        limits.maxHeaderBytes = 200
        limits.maxURIBytes = 50
        #expect(failureCode("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n", limits: limits) == 413)
        let chunks = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n12345678\r\n0\r\n\r\n"
        #expect(failureCode(chunks, limits: limits) == 413)
        let longHeader = "GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 300) + "\r\n\r\n"
        #expect(failureCode(longHeader, limits: limits) == 431)
        // Without the end of the head in sight, the limit still applies.
        #expect(failureCode(String(longHeader.dropLast(4)), limits: limits) == 431)
        let longTarget = "GET /" + String(repeating: "a", count: 60) + " HTTP/1.1\r\n\r\n"
        #expect(failureCode(longTarget, limits: limits) == 414)
        #expect(failureCode("GET /" + String(repeating: "a", count: 120), limits: limits) == 414)
    }

    @Test func staysFailedAfterAFailure() {
        var parser = HTTPParser()
        parser.append(Array("BREW / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n".utf8))
        #expect(parser.next() != nil)
        #expect(parser.next() == nil)
        #expect(parser.phase == .failed)
    }
}
