import Dispatch
import Glibc
import Logging

/// A generic HTTP/1.1 server over non-blocking POSIX sockets and Dispatch.
///
/// Accepting, reading and writing happen on a few serial I/O queues (one per core); each connection
/// stays on one. Handlers run on a concurrent queue.
public final class HTTPServer: Sendable {
    public let configuration: HTTPServerConfiguration
    private let logger: Logger
    private let handler: HTTPHandler
    private let handlerQueue = DispatchQueue(label: "http.handlers", attributes: .concurrent)
    private let acceptQueue = DispatchQueue(label: "http.accept")
    private let ioQueues: [DispatchQueue]
    private let state = Locked(State())

    private struct State {
        var phase = Phase.idle
        var listener: Int32 = -1
        var port = 0
        var acceptSource: (any DispatchSourceRead)?
        var sweeper: (any DispatchSourceTimer)?
        var connections: [Int: HTTPConnection] = [:]
        var nextID = 0
        /// Signalled when the last connection closes during shutdown.
        var allClosed: DispatchSemaphore?
    }

    private enum Phase {
        case idle
        case running
        case stopping
        case stopped
    }

    public init(configuration: HTTPServerConfiguration, logger: Logger, handler: @escaping HTTPHandler) {
        self.configuration = configuration
        self.logger = logger
        self.handler = handler
        let count = max(1, min(8, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        ioQueues = (0..<count).map { DispatchQueue(label: "http.io.\($0)") }
    }

    /// The port the server listens on, once started (useful with port 0).
    public var port: Int { state.withLock { $0.port } }

    /// The number of open client connections.
    public var connectionCount: Int { state.withLock { $0.connections.count } }

    /// Binds and listens, then returns; connections are served in the background.
    public func start() throws {
        signal(SIGPIPE, SIG_IGN)
        let (listener, port) = try ListeningSocket.open(host: configuration.host, port: configuration.port)
        let acceptSource = DispatchSource.makeReadSource(fileDescriptor: listener, queue: acceptQueue)
        acceptSource.setEventHandler { [self] in acceptConnections(listener) }
        acceptSource.setCancelHandler { close(listener) }
        let sweeper = DispatchSource.makeTimerSource(queue: acceptQueue)
        let interval = sweepInterval
        sweeper.schedule(deadline: .now() + interval, repeating: interval)
        sweeper.setEventHandler { [self] in sweepTimeouts() }
        state.withLock { state in
            state.phase = .running
            state.listener = listener
            state.port = port
            state.acceptSource = acceptSource
            state.sweeper = sweeper
        }
        acceptSource.resume()
        sweeper.resume()
        logger.info("listening on \(configuration.host):\(port)")
    }

    /// A quarter of the shortest timeout, between 5 ms and 250 ms: timeouts fire at most that late.
    private var sweepInterval: DispatchTimeInterval {
        let shortest =
            [configuration.headerReadTimeout, configuration.idleTimeout, configuration.handlerTimeout]
            .map(\.nanoseconds).min() ?? 1_000_000_000
        return .nanoseconds(Int(min(max(shortest / 4, 5_000_000), 250_000_000)))
    }

    private func acceptConnections(_ listener: Int32) {
        while let descriptor = ListeningSocket.accept(listener) {
            let connection: HTTPConnection? = state.withLock { state in
                guard state.phase == .running, state.connections.count < configuration.maxConnections else {
                    return nil
                }
                guard let transport = makeTransport(descriptor) else { return nil }
                let id = state.nextID
                state.nextID += 1
                let connection = HTTPConnection(
                    id: id, transport: transport, queue: ioQueues[id % ioQueues.count], context: context)
                state.connections[id] = connection
                return connection
            }
            guard let connection else {
                close(descriptor)
                continue
            }
            connection.queue.async { connection.start() }
        }
    }

    private func makeTransport(_ descriptor: Int32) -> (any ConnectionTransport)? {
        guard let tls = configuration.tls else { return SocketTransport(fileDescriptor: descriptor) }
        return TLSTransport(fileDescriptor: descriptor, context: tls)
    }

    private var context: ConnectionContext {
        ConnectionContext(
            configuration: configuration, limits: configuration.parserLimits, handler: handler,
            handlerQueue: handlerQueue, logger: logger,
            didClose: { [self] id in connectionClosed(id) })
    }

    private func connectionClosed(_ id: Int) {
        state.withLock { state in
            state.connections[id] = nil
            if state.connections.isEmpty, let allClosed = state.allClosed {
                state.allClosed = nil
                allClosed.signal()
            }
        }
    }

    private func sweepTimeouts() {
        let now = uptimeNanoseconds()
        let connections = state.withLock { Array($0.connections.values) }
        for connection in connections {
            let due = connection.deadline.load(ordering: .relaxed)
            guard due != 0, due <= now else { continue }
            // Cleared so the sweeper does not queue the check twice; the connection re-arms it.
            connection.deadline.store(0, ordering: .relaxed)
            connection.queue.async { connection.checkTimeout(now: now) }
        }
    }

    /// Stops accepting, lets in-flight requests finish within the grace period, closes idle connections,
    /// and returns once every connection is closed. Call it from outside the server's queues.
    public func shutdown() {
        let stopping: (connections: [HTTPConnection], allClosed: DispatchSemaphore)? = state.withLock { state in
            guard state.phase == .running else { return nil }
            state.phase = .stopping
            state.acceptSource?.cancel()
            state.acceptSource = nil
            let allClosed = DispatchSemaphore(value: 0)
            if state.connections.isEmpty {
                allClosed.signal()
            } else {
                state.allClosed = allClosed
            }
            return (Array(state.connections.values), allClosed)
        }
        guard let stopping else { return }
        logger.info("shutting down: \(stopping.connections.count) open connections")
        for connection in stopping.connections {
            connection.queue.async { connection.drain() }
        }
        if stopping.allClosed.wait(timeout: .now() + .nanoseconds(Int(configuration.shutdownGracePeriod.nanoseconds)))
            == .timedOut
        {
            let remaining = state.withLock { Array($0.connections.values) }
            logger.warning("closing \(remaining.count) connections after the grace period")
            for connection in remaining {
                connection.queue.async { connection.close() }
            }
            _ = stopping.allClosed.wait(timeout: .now() + .seconds(1))
        }
        state.withLock { state in
            state.sweeper?.cancel()
            state.sweeper = nil
            state.phase = .stopped
        }
        logger.info("stopped")
    }
}
