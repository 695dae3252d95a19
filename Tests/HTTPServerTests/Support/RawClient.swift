import Foundation
import Glibc

/// A response as a raw-socket test sees it.
struct RawResponse {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A blocking TCP client for tests: sends raw bytes and reads responses, with a receive timeout so that a
/// misbehaving server fails the test instead of hanging it.
final class RawClient {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var sawEndOfStream = false

    init(port: Int, timeoutSeconds: Int = 5) throws {
        guard let descriptor = LoopbackSocket.connect(port: port, timeoutSeconds: timeoutSeconds) else {
            throw POSIXError(.ECONNREFUSED)
        }
        self.descriptor = descriptor
    }

    deinit { Glibc.close(descriptor) }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count <= 0 { return }
            sent += count
        }
    }

    /// Closes the sending side only: the server sees the end of the requests.
    func finishSending() {
        Glibc.shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Reads more bytes; false at end of stream or on timeout.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count <= 0 {
            if count == 0 { sawEndOfStream = true }
            return false
        }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }

    /// The next response, or nil when the connection ended (or timed out) first.
    /// `head` says the request was HEAD (a Content-Length without a body).
    func readResponse(head: Bool = false) -> RawResponse? {
        var headEnd: Int?
        while true {
            headEnd = buffer.indices.dropLast(3).first {
                buffer[$0] == 13 && buffer[$0 + 1] == 10 && buffer[$0 + 2] == 13 && buffer[$0 + 3] == 10
            }
            if headEnd != nil { break }
            guard fill() else { return nil }
        }
        let lines = String(decoding: buffer[..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        buffer.removeFirst(headEnd! + 4)
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        let headers = lines.dropFirst().map { line in
            let colon = line.firstIndex(of: ":")!
            return (
                name: String(line[..<colon]),
                value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            )
        }
        var response = RawResponse(status: status, headers: headers, body: [])
        if head || status < 200 || status == 204 || status == 304 { return response }
        if let length = response.header("Content-Length").flatMap(Int.init) {
            while buffer.count < length { guard fill() else { return nil } }
            response.body = Array(buffer[..<length])
            buffer.removeFirst(length)
        } else if response.header("Transfer-Encoding") == "chunked" {
            guard let body = readChunkedBody() else { return nil }
            response.body = body
        } else {
            while fill() {}
            response.body = buffer
            buffer = []
        }
        return response
    }

    private func readChunkedBody() -> [UInt8]? {
        var body: [UInt8] = []
        while true {
            guard let line = readLine(), let size = Int(line, radix: 16) else { return nil }
            if size == 0 {
                _ = readLine()
                return body
            }
            while buffer.count < size + 2 { guard fill() else { return nil } }
            body.append(contentsOf: buffer[..<size])
            buffer.removeFirst(size + 2)
        }
    }

    private func readLine() -> String? {
        while true {
            if let end = buffer.indices.dropLast().first(where: { buffer[$0] == 13 && buffer[$0 + 1] == 10 }) {
                let line = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeFirst(end + 2)
                return line
            }
            guard fill() else { return nil }
        }
    }

    /// Whether the server closes the connection (rather than the read timing out) with nothing more sent.
    func waitForClose() -> Bool {
        while fill() {}
        return sawEndOfStream
    }
}
