import COpenSSL
import Glibc

/// TLS over a non-blocking TCP socket: OpenSSL reads and writes the socket itself, and its WANT_READ and
/// WANT_WRITE answers become `wouldBlock`, so the connection waits for readiness as it does in plain TCP.
/// The handshake happens inside the first reads.
final class TLSTransport: ConnectionTransport {
    let fileDescriptor: Int32
    private let ssl: OpaquePointer

    /// nil when OpenSSL cannot make a session (out of memory).
    init?(fileDescriptor: Int32, context: TLSContext) {
        guard let ssl = SSL_new(context.context) else { return nil }
        guard SSL_set_fd(ssl, fileDescriptor) == 1 else {
            SSL_free(ssl)
            return nil
        }
        SSL_set_accept_state(ssl)
        self.ssl = ssl
        self.fileDescriptor = fileDescriptor
    }

    func receive(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        // One call yields at most one record (16 KiB), so fill the buffer while whole records are there.
        var total = 0
        while total < buffer.count {
            let count = SSL_read(ssl, buffer.baseAddress! + total, Int32(clamping: buffer.count - total))
            if count > 0 {
                total += Int(count)
                continue
            }
            let result = outcome(of: count)
            return total > 0 ? .transferred(total) : result
        }
        return .transferred(total)
    }

    func send(_ bytes: UnsafeRawBufferPointer) -> TransportResult {
        let count = SSL_write(ssl, bytes.baseAddress, Int32(clamping: bytes.count))
        return count > 0 ? .transferred(Int(count)) : outcome(of: count)
    }

    func close() {
        // One non-blocking attempt at close_notify; the peer may be gone, which is fine.
        if SSL_is_init_finished(ssl) == 1 { _ = SSL_shutdown(ssl) }
        SSL_free(ssl)
        ERR_clear_error()
        _ = Glibc.close(fileDescriptor)
    }

    private func outcome(of returned: Int32) -> TransportResult {
        let error = SSL_get_error(ssl, returned)
        switch error {
        case SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE:
            return .wouldBlock
        case SSL_ERROR_SYSCALL where errno == EAGAIN || errno == EINTR:
            return .wouldBlock
        default:
            // A failed handshake, a protocol error or the peer's close_notify: the stream is over.
            ERR_clear_error()
            return .closed
        }
    }
}
