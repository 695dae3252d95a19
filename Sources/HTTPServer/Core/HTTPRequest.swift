import Foundation

/// A parsed request, its body complete and decoded (chunked and gzip undone).
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// The request target as sent: path and query, percent-encoded.
    public var target: String
    /// The path, percent-encoded as sent, without the query.
    public var path: String
    /// The query string after `?`, without it; empty when there is none.
    public var query: String
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    public var minorVersion: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// Values captured by the router from `{name}` segments, percent-decoded.
    public var pathParameters: [String: String] = [:]

    public init(
        method: HTTPMethod, target: String, minorVersion: Int = 1, headers: HTTPHeaders = HTTPHeaders(),
        body: [UInt8] = []
    ) {
        self.method = method
        self.target = target
        if let q = target.firstIndex(of: "?") {
            path = String(target[..<q])
            query = String(target[target.index(after: q)...])
        } else {
            path = target
            query = ""
        }
        self.minorVersion = minorVersion
        self.headers = headers
        self.body = body
    }

    /// Query parameters, percent-decoded and `+` as space, in order.
    public var queryItems: [(name: String, value: String)] {
        guard !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).formDecoded
            let value = parts.count > 1 ? String(parts[1]).formDecoded : ""
            return (name, value)
        }
    }

    /// The first value of a query parameter.
    public func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// Whether the connection stays open after this request (HTTP/1.1 default, or HTTP/1.0 keep-alive).
    public var keepAlive: Bool {
        var close = false
        var keepAliveToken = false
        for field in headers where field.name.caseInsensitiveEquals("Connection") {
            for token in field.value.utf8.split(separator: UInt8(ascii: ",")) {
                let trimmed = token.trimmingWhitespace()
                if trimmed.asciiCaseInsensitiveEquals("close") { close = true }
                if trimmed.asciiCaseInsensitiveEquals("keep-alive") { keepAliveToken = true }
            }
        }
        if close { return false }
        return minorVersion >= 1 || keepAliveToken
    }
}

extension String {
    /// Percent-decoding; `nil` when an escape is malformed or the bytes are not UTF-8.
    public var percentDecoded: String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Decoding of `application/x-www-form-urlencoded` values: `+` is a space. Malformed escapes stay as sent.
    var formDecoded: String {
        let spaced = replacingOccurrences(of: "+", with: " ")
        return spaced.percentDecoded ?? spaced
    }
}

private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}
