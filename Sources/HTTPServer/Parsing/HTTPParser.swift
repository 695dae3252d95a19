/// An incremental HTTP/1.1 request parser over bytes, without sockets.
///
/// Feed it bytes as they arrive with `append`, then call `next()` until it returns nil (more bytes needed).
/// Requests come out whole: the body complete, chunked framing and gzip content coding undone.
/// After a failure the parser stays failed; the connection answers the failure and closes.
public struct HTTPParser: Sendable {
    public struct Limits: Sendable {
        public var maxHeaderBytes = 16 * 1024
        public var maxURIBytes = 8 * 1024
        public var maxBodyBytes = 4 * 1024 * 1024
        public var maxInflatedBodyBytes = 16 * 1024 * 1024

        public init() {}
    }

    public enum Event: Sendable {
        /// A complete request.
        case request(HTTPRequest)
        /// The head asked for `Expect: 100-continue` and passed every check; the body is yet to come.
        case continueExpected
        /// The request is malformed or over a limit.
        case failure(HTTPParseError)
    }

    /// Where the parser stands, for timeouts and graceful shutdown.
    public enum Phase: Sendable, Equatable {
        /// Between requests, with nothing buffered.
        case idle
        /// Part of a request head is buffered.
        case head
        /// The head is parsed; body bytes are awaited.
        case body
        case failed
    }

    public let limits: Limits
    private var buffer: [UInt8] = []
    /// The first byte not yet consumed.
    private var offset = 0
    /// Where the search for the end of the head resumes.
    private var scanned = 0
    private var state = State.head
    private var head: Head?
    private var body: [UInt8] = []

    private enum State {
        case head
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case trailers
        case failed
    }

    struct Head {
        var method: HTTPMethod
        var target: String
        var minorVersion: Int
        var headers: HTTPHeaders
        var gzipEncoded: Bool
    }

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
    }

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Bytes received and not yet consumed by a complete request.
    public var bufferedByteCount: Int { buffer.count - offset }

    public var phase: Phase {
        switch state {
        case .head: offset == buffer.count ? .idle : .head
        case .failed: .failed
        default: .body
        }
    }

    /// The next event, or nil when more bytes are needed.
    public mutating func next() -> Event? {
        switch state {
        case .failed:
            return nil
        case .head:
            return parseHead()
        case .fixedBody, .chunkSize, .chunkData, .trailers:
            return parseBody()
        }
    }

    // MARK: Head

    private mutating func parseHead() -> Event? {
        skipLeadingEmptyLines()
        guard let end = findEndOfHead() else {
            let pending = buffer.count - offset
            if !methodCanStillBeValid() { return fail(.badRequest, "The request line is malformed.") }
            if firstLineEnd() == nil, pending > limits.maxURIBytes + 32 {
                return fail(.uriTooLong, "The request target is longer than \(limits.maxURIBytes) bytes.")
            }
            if pending > limits.maxHeaderBytes {
                return fail(.requestHeaderFieldsTooLarge, "The request head exceeds \(limits.maxHeaderBytes) bytes.")
            }
            return nil
        }
        let parsed = buffer.withUnsafeBufferPointer { HeadParser(bytes: $0, limits: limits).parse(offset..<end) }
        offset = end + 4
        scanned = offset
        switch parsed {
        case .failure(let error):
            state = .failed
            return .failure(error)
        case .success(let result):
            head = result.head
            body = []
            switch result.framing {
            case .none:
                return complete()
            case .length(let length):
                state = .fixedBody(remaining: length)
            case .chunked:
                state = .chunkSize
            }
            if result.expectsContinue {
                return .continueExpected
            }
            return parseBody()
        }
    }

    private mutating func skipLeadingEmptyLines() {
        while buffer.count - offset >= 2, buffer[offset] == .cr, buffer[offset + 1] == .lf {
            offset += 2
        }
        scanned = max(scanned, offset)
    }

    /// The index of the CR of the CRLFCRLF that ends the head.
    private mutating func findEndOfHead() -> Int? {
        let count = buffer.count
        let found: Int? = buffer.withUnsafeBufferPointer { bytes in
            var i = max(scanned, offset)
            while i + 3 < count {
                if bytes[i + 3] != .lf {
                    i += bytes[i + 3] == .cr ? 1 : 4
                    continue
                }
                if bytes[i] == .cr, bytes[i + 1] == .lf, bytes[i + 2] == .cr { return i }
                i += 1
            }
            return nil
        }
        if found == nil { scanned = max(offset, count - 3) }
        return found
    }

    /// Whether the bytes so far could begin a method: garbage is refused without waiting for a line end.
    private func methodCanStillBeValid() -> Bool {
        for byte in buffer[offset..<min(buffer.count, offset + 32)] {
            if byte == .space { return true }
            if !byte.isTokenCharacter { return false }
        }
        return true
    }

    private func firstLineEnd() -> Int? {
        buffer[offset...].firstIndex(of: .lf)
    }

    // MARK: Body

    private mutating func parseBody() -> Event? {
        while true {
            switch state {
            case .fixedBody(let remaining):
                guard buffer.count - offset >= remaining else { return nil }
                body = Array(buffer[offset..<offset + remaining])
                offset += remaining
                return complete()
            case .chunkSize:
                guard let lineEnd = buffer[offset...].firstIndex(of: .lf) else {
                    if buffer.count - offset > 1024 { return fail(.badRequest, "A chunk-size line is too long.") }
                    return nil
                }
                guard let size = parseChunkSize(offset..<lineEnd) else {
                    return fail(.badRequest, "A chunk size is malformed.")
                }
                offset = lineEnd + 1
                if size > limits.maxBodyBytes - body.count {
                    return fail(.contentTooLarge, "The body exceeds \(limits.maxBodyBytes) bytes.")
                }
                state = size == 0 ? .trailers : .chunkData(remaining: size)
            case .chunkData(let remaining):
                guard buffer.count - offset >= remaining + 2 else { return nil }
                guard buffer[offset + remaining] == .cr, buffer[offset + remaining + 1] == .lf else {
                    return fail(.badRequest, "A chunk does not end with CRLF.")
                }
                body.append(contentsOf: buffer[offset..<offset + remaining])
                offset += remaining + 2
                state = .chunkSize
            case .trailers:
                guard let lineEnd = buffer[offset...].firstIndex(of: .lf) else {
                    if buffer.count - offset > limits.maxHeaderBytes {
                        return fail(.requestHeaderFieldsTooLarge, "The trailer section is too large.")
                    }
                    return nil
                }
                guard lineEnd > offset, buffer[lineEnd - 1] == .cr else {
                    return fail(.badRequest, "A trailer line does not end with CRLF.")
                }
                let line = offset..<lineEnd - 1
                offset = lineEnd + 1
                if line.isEmpty { return complete() }
                // Trailer fields are checked for syntax and then dropped: nothing here depends on them.
                let valid = buffer.withUnsafeBufferPointer { HeadParser.parseField($0, line) != nil }
                if !valid { return fail(.badRequest, "A trailer field is malformed.") }
            case .head, .failed:
                return nil
            }
        }
    }

    private func parseChunkSize(_ line: Range<Int>) -> Int? {
        guard line.upperBound > line.lowerBound, buffer[line.upperBound - 1] == .cr else { return nil }
        var size = 0
        var digits = 0
        for i in line.lowerBound..<line.upperBound - 1 {
            let byte = buffer[i]
            guard let value = byte.hexDigitValue else {
                // Chunk extensions after `;` are allowed and ignored.
                guard digits > 0, byte == UInt8(ascii: ";") || byte == .space || byte == .tab else { return nil }
                break
            }
            digits += 1
            guard digits <= 15 else { return nil }
            size = size << 4 | Int(value)
        }
        return digits > 0 ? size : nil
    }

    // MARK: Completion

    private mutating func complete() -> Event {
        guard var head else { return fail(.badRequest, "No request head.") }
        self.head = nil
        state = .head
        var requestBody = body
        body = []
        if head.gzipEncoded {
            do {
                requestBody = try Gzip.decompress(requestBody, limit: limits.maxInflatedBodyBytes)
            } catch .tooLarge {
                return fail(.contentTooLarge, "The inflated body exceeds \(limits.maxInflatedBodyBytes) bytes.")
            } catch {
                return fail(.badRequest, "The gzip-encoded body is corrupt.")
            }
            head.headers.remove("Content-Encoding")
        }
        compact()
        return .request(
            HTTPRequest(
                method: head.method, target: head.target, minorVersion: head.minorVersion, headers: head.headers,
                body: requestBody
            )
        )
    }

    private mutating func compact() {
        if offset == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 64 * 1024)
            offset = 0
            scanned = 0
        } else if offset > 16 * 1024 && offset > buffer.count / 2 {
            buffer.removeFirst(offset)
            scanned -= offset
            offset = 0
        }
    }

    private mutating func fail(_ status: HTTPStatus, _ detail: String) -> Event {
        state = .failed
        return .failure(HTTPParseError(status, detail))
    }
}

extension UInt8 {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")

    var hexDigitValue: UInt8? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): self - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): self - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): self - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// RFC 9110 `tchar`: the characters of methods and header names.
    var isTokenCharacter: Bool {
        switch self {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default: false
        }
    }
}
