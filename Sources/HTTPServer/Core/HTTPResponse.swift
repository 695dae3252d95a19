/// A response the handler returns; the server adds Date, Content-Length or chunking, and Connection.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: Body

    public enum Body: Sendable {
        /// The whole body at once.
        case bytes([UInt8])
        /// A body written piece by piece (sent chunked). `write` blocks while the client is slow to read,
        /// so memory stays bounded; it returns false once the client is gone, and the producer should stop.
        case stream(@Sendable (_ write: (ArraySlice<UInt8>) -> Bool) -> Void)
    }

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = .bytes(body)
    }

    public init(
        status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(),
        stream: @escaping @Sendable (_ write: (ArraySlice<UInt8>) -> Bool) -> Void
    ) {
        self.status = status
        self.headers = headers
        self.body = .stream(stream)
    }

    /// A response with a body of the given content type.
    public init(status: HTTPStatus = .ok, contentType: String, body: [UInt8]) {
        var headers = HTTPHeaders()
        headers.add("Content-Type", contentType)
        self.init(status: status, headers: headers, body: body)
    }
}
