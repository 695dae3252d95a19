import Foundation
import Glibc

/// A blocking HTTP/1.1 client over one keep-alive connection: what `import` and `export` need to
/// talk to a NewsGraph server, without pulling a networking library into the product.
final class SimpleHTTPClient {
    struct Response {
        var status: Int
        var body: [UInt8]
    }

    enum ClientError: Error, CustomStringConvertible {
        case badURL(String)
        case connect(String, Int32)
        case closed
        case malformed

        var description: String {
            switch self {
            case .badURL(let url): "not an http:// URL with a host: \(url)"
            case .connect(let host, let code): "cannot connect to \(host): \(String(cString: strerror(code)))"
            case .closed: "the server closed the connection"
            case .malformed: "the server's answer is not HTTP/1.1"
            }
        }
    }

    private let host: String
    private let port: Int
    private var fd: Int32 = -1
    private var buffer: [UInt8] = []

    init(url: String) throws {
        guard let components = URLComponents(string: url), components.scheme == "http", let host = components.host
        else { throw ClientError.badURL(url) }
        self.host = host
        self.port = components.port ?? 80
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Sends a request and reads the whole response; `onBody` (when given) receives the body as it arrives
    /// instead, so a large export streams in constant memory.
    @discardableResult
    func send(
        _ method: String, _ path: String, contentType: String? = nil, body: [UInt8] = [],
        onBody: (([UInt8]) -> Void)? = nil
    ) throws -> Response {
        if fd < 0 { try connect() }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nContent-Length: \(body.count)\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        try write(Array((head + "\r\n").utf8) + body)
        return try readResponse(onBody: onBody)
    }

    private func connect() throws {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let info = result else {
            throw ClientError.connect(host, EHOSTUNREACH)
        }
        defer { freeaddrinfo(result) }
        fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0, Glibc.connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            let code = errno
            if fd >= 0 { close(fd) }
            fd = -1
            throw ClientError.connect("\(host):\(port)", code)
        }
    }

    private func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw ClientError.closed }
            sent += n
        }
    }

    private func readResponse(onBody: (([UInt8]) -> Void)?) throws -> Response {
        let headEnd = try readUntil([13, 10, 13, 10])
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        let lines = head.components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw ClientError.malformed }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body: [UInt8] = []
        let deliver: ([UInt8]) -> Void = { chunk in if let onBody { onBody(chunk) } else { body += chunk } }
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            while true {
                let lineEnd = try readUntil([13, 10])
                let sizeText = String(decoding: buffer[..<lineEnd], as: UTF8.self).split(separator: ";")[0]
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                    throw ClientError.malformed
                }
                buffer.removeFirst(lineEnd + 2)
                try fill(size + 2)
                if size > 0 { deliver(Array(buffer[..<size])) }
                buffer.removeFirst(size + 2)
                if size == 0 { break }
            }
        } else {
            let length = headers["content-length"].flatMap { Int($0) } ?? 0
            try fill(length)
            deliver(Array(buffer[..<length]))
            buffer.removeFirst(length)
        }
        if headers["connection"]?.lowercased() == "close" {
            close(fd)
            fd = -1
        }
        return Response(status: status, body: body)
    }

    private func readUntil(_ marker: [UInt8]) throws -> Int {
        var searchFrom = 0
        while true {
            if buffer.count >= marker.count {
                for i in searchFrom...(buffer.count - marker.count)
                where buffer[i] == marker[0] && buffer[i..<i + marker.count].elementsEqual(marker) {
                    return i
                }
                searchFrom = buffer.count - marker.count + 1
            }
            try readMore()
        }
    }

    private func fill(_ count: Int) throws {
        while buffer.count < count { try readMore() }
    }

    private func readMore() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { throw ClientError.closed }
        buffer += chunk[..<n]
    }
}
