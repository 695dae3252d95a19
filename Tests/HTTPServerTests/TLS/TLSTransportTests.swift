import COpenSSL
import Foundation
import Glibc
import Testing

@testable import HTTPServer

/// HTTPS end to end: a self-signed certificate made with the openssl command, the server's TLS transport,
/// and OpenSSL as the client over a blocking socket.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
struct TLSTransportTests {
    @Test func handshakeAndKeepAliveRequests() throws {
        let files = try SelfSignedCertificate()
        defer { files.remove() }
        var configuration = testConfiguration()
        configuration.tls = try TLSContext(certificateChainFile: files.certificate, privateKeyFile: files.key)
        try withServer(configuration, handler: echoHandler) { server in
            let client = try #require(TLSTestClient(port: server.port))
            defer { client.close() }
            #expect(client.protocolVersion >= TLS1_2_VERSION)
            for index in 0..<3 {
                let body = String(repeating: "x", count: 40_000 * index)
                let response = client.exchange(
                    "POST /tls/\(index) HTTP/1.1\r\nHost: localhost\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
                )
                #expect(response.hasPrefix("HTTP/1.1 200"))
                #expect(response.hasSuffix("POST /tls/\(index) \(body)"))
            }
        }
    }

    /// A handshake flight larger than every socket buffer on the way: the server's first SSL_read has to
    /// write and gets WANT_WRITE, so the connection must wait until the socket is writable, not readable,
    /// or the handshake stalls while the client waits for the rest of the flight.
    @Test func handshakeLargerThanTheSocketBuffersCompletes() throws {
        // A 6 MiB comment in the certificate: more than the largest TCP send buffer Linux allows by default.
        let files = try SelfSignedCertificate(commentBytes: 6 << 20)
        defer { files.remove() }
        var configuration = testConfiguration()
        configuration.tls = try TLSContext(certificateChainFile: files.certificate, privateKeyFile: files.key)
        try withServer(configuration, handler: echoHandler) { server in
            let client = try #require(TLSTestClient(port: server.port, pausingAfterHello: 300_000))
            defer { client.close() }
            #expect(client.exchange("GET /big HTTP/1.1\r\nHost: localhost\r\n\r\n").hasSuffix("GET /big "))
        }
    }

    @Test func badKeyFilesAreReported() throws {
        let files = try SelfSignedCertificate()
        defer { files.remove() }
        #expect(throws: TLSError.self) {
            try TLSContext(certificateChainFile: files.certificate, privateKeyFile: "/nonexistent/key.pem")
        }
        #expect(throws: TLSError.self) {
            try TLSContext(certificateChainFile: files.key, privateKeyFile: files.key)
        }
    }
}

/// A throwaway RSA certificate for localhost, made by the openssl command.
private struct SelfSignedCertificate {
    let directory: String
    var certificate: String { directory + "/cert.pem" }
    var key: String { directory + "/key.pem" }

    /// `commentBytes`, when not 0, makes the certificate that much larger with a Netscape comment extension.
    init(commentBytes: Int = 0) throws {
        directory = NSTemporaryDirectory() + "tls-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-keyout", directory + "/key.pem", "-out", directory + "/cert.pem",
        ]
        if commentBytes > 0 {
            let configuration = directory + "/req.cnf"
            let text = "[req]\ndistinguished_name = dn\nx509_extensions = padding\n[dn]\n[padding]\nnsComment = "
            try Data((text + String(repeating: "x", count: commentBytes) + "\n").utf8)
                .write(to: URL(fileURLWithPath: configuration))
            process.arguments! += ["-config", configuration]
        }
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw POSIXError(.EIO) }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}

/// A blocking TLS client that trusts any certificate (the test checks the transport, not the chain).
private final class TLSTestClient {
    private let descriptor: Int32
    private let context: OpaquePointer
    private let ssl: OpaquePointer

    /// With `pausingAfterHello` (microseconds), the client sends its hello, then reads nothing for that long.
    init?(port: Int, pausingAfterHello pause: useconds_t = 0) {
        guard let descriptor = LoopbackSocket.connect(port: port) else { return nil }
        self.descriptor = descriptor
        context = SSL_CTX_new(TLS_client_method())!
        SSL_CTX_ctrl(context, SSL_CTRL_SET_MAX_CERT_LIST, 16 << 20, nil)
        ssl = SSL_new(context)!
        guard SSL_set_fd(ssl, descriptor) == 1 else {
            close()
            return nil
        }
        if pause > 0 {
            let flags = fcntl(descriptor, F_GETFL)
            _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
            _ = SSL_connect(ssl)
            usleep(pause)
            _ = fcntl(descriptor, F_SETFL, flags)
        }
        guard SSL_connect(ssl) == 1 else {
            close()
            return nil
        }
    }

    var protocolVersion: Int32 { SSL_version(ssl) }

    /// Sends a request and reads until the Content-Length of the answer's body has arrived.
    func exchange(_ request: String) -> String {
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { SSL_write(ssl, $0.baseAddress! + sent, Int32(bytes.count - sent)) }
            guard count > 0 else { return "" }
            sent += Int(count)
        }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16384)
        while !Self.isComplete(received) {
            let count = SSL_read(ssl, &chunk, Int32(chunk.count))
            guard count > 0 else { break }
            received += chunk[..<Int(count)]
        }
        return String(decoding: received, as: UTF8.self)
    }

    private static func isComplete(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return false }
        let head = text[..<headEnd.lowerBound].lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
            let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        else { return true }
        return text.utf8.count - text[..<headEnd.upperBound].utf8.count >= length
    }

    func close() {
        SSL_free(ssl)
        SSL_CTX_free(context)
        Glibc.close(descriptor)
    }
}
