import COpenSSL
import Glibc

/// TLS over a non-blocking TCP socket: OpenSSL reads and writes the socket itself, and its WANT_READ and
/// WANT_WRITE answers become `wantsRead` and `wantsWrite`, whichever call made them: a read can need to
/// write (its handshake flight, a KeyUpdate answer) and a write can need to read, so the connection waits
/// for the readiness OpenSSL asked for, not the one the call suggests. The handshake happens inside the
/// first reads.
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
            let result = outcome(of: count, otherwise: .wantsRead)
            return total > 0 ? .transferred(total) : result
        }
        return .transferred(total)
    }

    func send(_ bytes: UnsafeRawBufferPointer) -> TransportResult {
        let count = SSL_write(ssl, bytes.baseAddress, Int32(clamping: bytes.count))
        return count > 0 ? .transferred(Int(count)) : outcome(of: count, otherwise: .wantsWrite)
    }

    func close() {
        // One non-blocking attempt at close_notify; the peer may be gone, which is fine.
        if SSL_is_init_finished(ssl) == 1 { _ = SSL_shutdown(ssl) }
        SSL_free(ssl)
        ERR_clear_error()
        _ = Glibc.close(fileDescriptor)
    }

    /// What a failed SSL_read or SSL_write means; `wait` is the call's own direction, for an interrupted call.
    private func outcome(of returned: Int32, otherwise wait: TransportResult) -> TransportResult {
        let error = SSL_get_error(ssl, returned)
        switch error {
        case SSL_ERROR_WANT_READ:
            return .wantsRead
        case SSL_ERROR_WANT_WRITE:
            return .wantsWrite
        case SSL_ERROR_SYSCALL where errno == EAGAIN || errno == EINTR:
            return wait
        default:
            // A failed handshake, a protocol error or the peer's close_notify: the stream is over.
            ERR_clear_error()
            return .closed
        }
    }
}
