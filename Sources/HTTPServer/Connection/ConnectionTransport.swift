import Glibc

/// What one attempt to move bytes did.
enum TransportResult {
    case transferred(Int)
    /// Nothing can move until the descriptor is readable. For TLS this can answer a send: OpenSSL may
    /// need the peer's handshake data first.
    case wantsRead
    /// Nothing can move until the descriptor is writable. For TLS this can answer a receive: OpenSSL may
    /// have handshake data of its own to send first.
    case wantsWrite
    /// The peer is gone (end of stream or an error).
    case closed
}

/// The byte stream under a connection: plain TCP here; a TLS transport can take its place later.
/// Used only on the connection's I/O queue.
protocol ConnectionTransport: AnyObject {
    /// The descriptor whose readiness drives the connection's dispatch sources.
    var fileDescriptor: Int32 { get }
    func receive(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult
    func send(_ bytes: UnsafeRawBufferPointer) -> TransportResult
    func close()
}

/// A non-blocking TCP socket.
final class SocketTransport: ConnectionTransport {
    let fileDescriptor: Int32

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    func receive(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        let count = recv(fileDescriptor, buffer.baseAddress, buffer.count, 0)
        if count > 0 { return .transferred(count) }
        if count == 0 { return .closed }
        return Self.isTransient(errno) ? .wantsRead : .closed
    }

    func send(_ bytes: UnsafeRawBufferPointer) -> TransportResult {
        // MSG_NOSIGNAL: a peer that went away yields EPIPE instead of SIGPIPE.
        let count = Glibc.send(fileDescriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
        if count >= 0 { return .transferred(count) }
        return Self.isTransient(errno) ? .wantsWrite : .closed
    }

    func close() {
        _ = Glibc.close(fileDescriptor)
    }

    private static func isTransient(_ error: Int32) -> Bool {
        error == EAGAIN || error == EWOULDBLOCK || error == EINTR
    }
}
