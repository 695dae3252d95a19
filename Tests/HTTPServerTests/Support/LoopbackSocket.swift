import Foundation
import Glibc

/// A blocking TCP connection to 127.0.0.1, as the socket-level test clients open it.
enum LoopbackSocket {
    /// The connected descriptor, with reads timing out after `timeoutSeconds` (stretched by `TestTiming`);
    /// nil when the connect fails.
    static func connect(port: Int, timeoutSeconds: Int = 5) -> Int32? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: Int(TestTiming.seconds(Double(timeoutSeconds))), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else {
            Glibc.close(descriptor)
            return nil
        }
        return descriptor
    }
}
