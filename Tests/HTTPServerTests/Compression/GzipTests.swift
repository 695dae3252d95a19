import Foundation
import Testing

@testable import HTTPServer

@Suite struct GzipTests {
    static let text = Array(String(repeating: "Moscow and Kyiv; Pyongyang and Seoul. ", count: 200).utf8)

    @Test func roundTrips() throws {
        let compressed = Gzip.compress(Self.text)
        #expect(compressed.count < Self.text.count / 10)
        #expect(compressed.prefix(2) == [0x1F, 0x8B])
        #expect(try Gzip.decompress(compressed, limit: 1 << 20) == Self.text)
    }

    @Test func refusesCorruptAndOversizedInput() {
        #expect(throws: Gzip.InflateError.corrupt) { try Gzip.decompress(Array("not gzip".utf8), limit: 100) }
        let compressed = Gzip.compress(Self.text)
        #expect(throws: Gzip.InflateError.corrupt) {
            try Gzip.decompress(Array(compressed.dropLast(20)), limit: 1 << 20)
        }
        #expect(throws: Gzip.InflateError.tooLarge) { try Gzip.decompress(compressed, limit: 1000) }
    }

    @Test(arguments: [
        (["gzip"], true), (["gzip;q=0"], false), (["br, gzip;q=0.5"], true), (["GZIP ; q=0.000"], false),
        (["*"], true), (["*;q=0"], false), (["*, gzip;q=0"], false), (["identity"], false), ([], false),
        (["deflate", "x-gzip"], true),
    ])
    func acceptEncoding(_ values: [String], accepted: Bool) {
        #expect(ContentNegotiation.acceptsGzip(values) == accepted)
    }

    @Test func compressesLargeTextResponsesForClientsThatAcceptGzip() throws {
        let handler: HTTPHandler = { request in
            let type = request.path == "/png" ? "image/png" : "application/json"
            return HTTPResponse(contentType: type, body: request.path == "/small" ? Array("{}".utf8) : Self.text)
        }
        try withServer(handler: handler) { server in
            let client = try RawClient(port: server.port)
            client.send("GET /json HTTP/1.1\r\nAccept-Encoding: gzip, br\r\n\r\n")
            let gzipped = try #require(client.readResponse())
            #expect(gzipped.header("Content-Encoding") == "gzip")
            #expect(gzipped.header("Vary") == "Accept-Encoding")
            #expect(try Gzip.decompress(gzipped.body, limit: 1 << 20) == Self.text)
            client.send("GET /json HTTP/1.1\r\nAccept-Encoding: gzip;q=0\r\n\r\n")
            let refused = try #require(client.readResponse())
            #expect(refused.header("Content-Encoding") == nil)
            #expect(refused.header("Vary") == "Accept-Encoding")
            #expect(refused.body == Self.text)
            client.send("GET /png HTTP/1.1\r\nAccept-Encoding: gzip\r\n\r\n")
            #expect(client.readResponse()?.header("Content-Encoding") == nil)
            client.send("GET /small HTTP/1.1\r\nAccept-Encoding: gzip\r\n\r\n")
            #expect(client.readResponse()?.header("Content-Encoding") == nil)
        }
    }

    @Test func inflatesGzipRequestBodiesWithinTheLimit() throws {
        var configuration = testConfiguration()
        configuration.maxInflatedBodyBytes = 5000
        try withServer(configuration, handler: echoHandler) { server in
            let small = Gzip.compress(Array("hello, compressed world".utf8))
            let client = try RawClient(port: server.port)
            client.send(
                Array("POST /in HTTP/1.1\r\nContent-Encoding: gzip\r\nContent-Length: \(small.count)\r\n\r\n".utf8)
                    + small)
            #expect(client.readResponse()?.text == "POST /in hello, compressed world")
            let bomb = Gzip.compress([UInt8](repeating: 0, count: 100_000))
            client.send(
                Array("POST /in HTTP/1.1\r\nContent-Encoding: gzip\r\nContent-Length: \(bomb.count)\r\n\r\n".utf8)
                    + bomb)
            #expect(client.readResponse()?.status == 413)
        }
    }
}
