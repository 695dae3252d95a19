/// A response turned into bytes, ready for the I/O queue: head and whole body in one buffer, or the head
/// and a producer for a streamed body.
struct SerializedResponse: Sendable {
    var bytes: [UInt8]
    var stream: (@Sendable (_ write: (ArraySlice<UInt8>) -> Bool) -> Void)?
    /// Whether streamed pieces are framed as chunks (HTTP/1.1) or delimited by closing (HTTP/1.0).
    var chunked: Bool
    var keepAlive: Bool
    var statusCode: Int
    var bodyByteCount: Int
}

/// Serializes responses off the I/O queue: framing headers, Date, Connection, and gzip when it pays.
enum ResponseSerializer {
    /// What the serializer needs to know of the request.
    struct RequestFacts: Sendable {
        var method: HTTPMethod
        var minorVersion: Int
        var acceptEncoding: [String]
        var keepAlive: Bool
    }

    /// Headers the server writes itself; a handler's values for them are dropped.
    private static func isFramingHeader(_ name: String) -> Bool {
        name.caseInsensitiveEquals("Content-Length") || name.caseInsensitiveEquals("Transfer-Encoding")
            || name.caseInsensitiveEquals("Connection") || name.caseInsensitiveEquals("Date")
    }

    static func serialize(_ response: HTTPResponse, for request: RequestFacts, gzipMinimumBytes: Int)
        -> SerializedResponse
    {
        var headers = response.headers
        let code = response.status.code
        let bodyAllowed = code >= 200 && code != 204 && code != 304
        var bytes: [UInt8] = []
        switch response.body {
        case .bytes(var body):
            if bodyAllowed {
                body = compressIfWorthwhile(body, headers: &headers, request: request, minimum: gzipMinimumBytes)
            } else {
                body = []
            }
            let sendsBody = request.method != .head && !body.isEmpty
            bytes.reserveCapacity(256 + (sendsBody ? body.count : 0))
            appendHead(response.status, headers, request: request, keepAlive: request.keepAlive, to: &bytes)
            if bodyAllowed {
                bytes.append(contentsOf: "Content-Length: ".utf8)
                bytes.appendDecimal(body.count)
                bytes.append(contentsOf: "\r\n".utf8)
            }
            bytes.append(contentsOf: "\r\n".utf8)
            if sendsBody { bytes.append(contentsOf: body) }
            return SerializedResponse(
                bytes: bytes, stream: nil, chunked: false, keepAlive: request.keepAlive, statusCode: code,
                bodyByteCount: sendsBody ? body.count : 0)
        case .stream(let producer):
            // HTTP/1.0 has no chunked coding: the body ends when the connection closes.
            let chunked = request.minorVersion >= 1
            let keepAlive = request.keepAlive && chunked
            appendHead(response.status, headers, request: request, keepAlive: keepAlive, to: &bytes)
            if chunked && bodyAllowed { bytes.append(contentsOf: "Transfer-Encoding: chunked\r\n".utf8) }
            bytes.append(contentsOf: "\r\n".utf8)
            let streams = bodyAllowed && request.method != .head
            return SerializedResponse(
                bytes: bytes, stream: streams ? producer : nil, chunked: chunked, keepAlive: keepAlive,
                statusCode: code, bodyByteCount: 0)
        }
    }

    private static func appendHead(
        _ status: HTTPStatus, _ headers: HTTPHeaders, request: RequestFacts, keepAlive: Bool, to bytes: inout [UInt8]
    ) {
        bytes.append(contentsOf: "HTTP/1.1 ".utf8)
        bytes.appendDecimal(status.code)
        bytes.append(.space)
        bytes.append(contentsOf: status.reason.utf8)
        bytes.append(contentsOf: "\r\n".utf8)
        for field in headers where !isFramingHeader(field.name) {
            bytes.append(contentsOf: field.name.utf8)
            bytes.append(contentsOf: ": ".utf8)
            bytes.append(contentsOf: field.value.utf8)
            bytes.append(contentsOf: "\r\n".utf8)
        }
        bytes.append(contentsOf: DateHeader.line)
        if !keepAlive {
            bytes.append(contentsOf: "Connection: close\r\n".utf8)
        } else if request.minorVersion == 0 {
            bytes.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
    }

    private static func compressIfWorthwhile(
        _ body: [UInt8], headers: inout HTTPHeaders, request: RequestFacts, minimum: Int
    ) -> [UInt8] {
        guard body.count >= minimum, !headers.contains("Content-Encoding"),
            let contentType = headers["Content-Type"], ContentNegotiation.isCompressible(contentType: contentType)
        else { return body }
        headers.add("Vary", "Accept-Encoding")
        guard ContentNegotiation.acceptsGzip(request.acceptEncoding) else { return body }
        headers.add("Content-Encoding", "gzip")
        return Gzip.compress(body)
    }
}

extension [UInt8] {
    mutating func appendDecimal(_ value: Int) {
        guard value >= 10 else {
            append(UInt8(truncatingIfNeeded: value) &+ 0x30)
            return
        }
        appendDecimal(value / 10)
        append(UInt8(truncatingIfNeeded: value % 10) &+ 0x30)
    }
}
