import Dispatch
import Logging

/// What every connection of one server shares.
struct ConnectionContext: Sendable {
    let configuration: HTTPServerConfiguration
    let limits: HTTPParser.Limits
    let handler: HTTPHandler
    /// Concurrent: handlers and stream producers run here, never on an I/O queue.
    let handlerQueue: DispatchQueue
    let logger: Logger
    /// Called on the connection's queue once it has closed.
    let didClose: @Sendable (_ id: Int) -> Void
}

/// Monotonic time in nanoseconds.
func uptimeNanoseconds() -> UInt64 {
    DispatchTime.now().uptimeNanoseconds
}
