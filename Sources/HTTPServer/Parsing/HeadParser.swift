/// Parses one request head (request line and header fields, without the final empty line) and decides
/// how its body is framed. Works on borrowed bytes so the hot path copies only the strings it keeps.
struct HeadParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let limits: HTTPParser.Limits

    enum Framing: Equatable {
        case none
        case length(Int)
        case chunked
    }

    struct Result {
        var head: HTTPParser.Head
        var framing: Framing
        var expectsContinue: Bool
    }

    func parse(_ range: Range<Int>) -> Swift.Result<Result, HTTPParseError> {
        if range.count + 4 > limits.maxHeaderBytes {
            // A long request line is the more precise complaint.
            let lineEnd = lineEnd(from: range.lowerBound, before: range.upperBound)
            if lineEnd - range.lowerBound > limits.maxURIBytes + 32 {
                return .failure(
                    HTTPParseError(.uriTooLong, "The request target is longer than \(limits.maxURIBytes) bytes."))
            }
            return .failure(
                HTTPParseError(.requestHeaderFieldsTooLarge, "The request head exceeds \(limits.maxHeaderBytes) bytes.")
            )
        }
        let lineEnd = lineEnd(from: range.lowerBound, before: range.upperBound)
        let requestLine: (method: HTTPMethod, target: String, minor: Int)
        switch parseRequestLine(range.lowerBound..<lineEnd) {
        case .success(let line): requestLine = line
        case .failure(let error): return .failure(error)
        }
        var headers = HTTPHeaders()
        var framing = FramingFields()
        var start = lineEnd + 2
        while start < range.upperBound {
            let end = self.lineEnd(from: start, before: range.upperBound)
            guard let (name, value) = Self.parseField(bytes, start..<end) else {
                return .failure(HTTPParseError(.badRequest, "A header field is malformed."))
            }
            framing.note(name: bytes[name], value: bytes[value])
            headers.add(string(name), string(value))
            start = end + 2
        }
        return framing.resolve(method: requestLine.method, minorVersion: requestLine.minor, limits: limits).map {
            Result(
                head: HTTPParser.Head(
                    method: requestLine.method, target: requestLine.target, minorVersion: requestLine.minor,
                    headers: headers, gzipEncoded: $0.gzip
                ),
                framing: $0.framing, expectsContinue: $0.expectsContinue
            )
        }
    }

    /// The index of the CR ending the line that starts at `start`, or `limit`.
    private func lineEnd(from start: Int, before limit: Int) -> Int {
        var i = start
        while i + 1 < limit {
            if bytes[i] == .cr && bytes[i + 1] == .lf { return i }
            i += 1
        }
        return limit
    }

    private func parseRequestLine(_ line: Range<Int>) -> Swift.Result<(HTTPMethod, String, Int), HTTPParseError> {
        let malformed = HTTPParseError(.badRequest, "The request line is malformed.")
        guard let firstSpace = bytes[line].firstIndex(of: .space),
            let secondSpace = bytes[(firstSpace + 1)..<line.upperBound].firstIndex(of: .space)
        else { return .failure(malformed) }
        let method = line.lowerBound..<firstSpace
        let target = (firstSpace + 1)..<secondSpace
        let version = (secondSpace + 1)..<line.upperBound
        guard !method.isEmpty, bytes[method].allSatisfy(\.isTokenCharacter), !target.isEmpty,
            bytes[target].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { return .failure(malformed) }
        // "HTTP/" DIGIT "." DIGIT
        guard version.count == 8, bytes[version.lowerBound..<version.lowerBound + 5].elementsEqual("HTTP/".utf8),
            case let major = bytes[version.lowerBound + 5], case let minor = bytes[version.lowerBound + 7],
            bytes[version.lowerBound + 6] == UInt8(ascii: "."), (0x30...0x39).contains(major),
            (0x30...0x39).contains(minor)
        else { return .failure(malformed) }
        if target.count > limits.maxURIBytes {
            return .failure(
                HTTPParseError(.uriTooLong, "The request target is longer than \(limits.maxURIBytes) bytes."))
        }
        guard major == UInt8(ascii: "1"), minor <= UInt8(ascii: "1") else {
            return .failure(HTTPParseError(.httpVersionNotSupported, "Only HTTP/1.0 and HTTP/1.1 are supported."))
        }
        let methodName = string(method)
        guard let parsedMethod = HTTPMethod(rawValue: methodName) else {
            return .failure(HTTPParseError(.notImplemented, "The method \(methodName) is not implemented."))
        }
        let targetBytes = bytes[target]
        guard targetBytes.first == UInt8(ascii: "/") || (parsedMethod == .options && targetBytes.elementsEqual([42]))
        else { return .failure(HTTPParseError(.badRequest, "The request target must be an absolute path.")) }
        return .success((parsedMethod, string(target), Int(minor - 0x30)))
    }

    /// A header field's name and value ranges (value without surrounding whitespace); nil when malformed.
    static func parseField(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (Range<Int>, Range<Int>)? {
        guard let colon = bytes[line].firstIndex(of: .colon), colon > line.lowerBound else { return nil }
        let name = line.lowerBound..<colon
        guard bytes[name].allSatisfy(\.isTokenCharacter) else { return nil }
        var valueStart = colon + 1
        var valueEnd = line.upperBound
        while valueStart < valueEnd, bytes[valueStart] == .space || bytes[valueStart] == .tab { valueStart += 1 }
        while valueEnd > valueStart, bytes[valueEnd - 1] == .space || bytes[valueEnd - 1] == .tab { valueEnd -= 1 }
        // Field values are visible characters, spaces and tabs, and obs-text; never CR, LF or NUL.
        for byte in bytes[valueStart..<valueEnd] where byte < 0x20 && byte != .tab || byte == 0x7F {
            return nil
        }
        return (name, valueStart..<valueEnd)
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
