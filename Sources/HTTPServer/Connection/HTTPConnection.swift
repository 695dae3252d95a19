import Dispatch
import Synchronization

/// One client connection: reads requests, hands them to the handler one at a time (pipelined requests wait
/// their turn, so responses leave in order), and writes responses back.
///
/// Every mutable property is confined to `queue`, a serial I/O queue; handlers run on the context's
/// concurrent queue and hop back with their result.
final class HTTPConnection: @unchecked Sendable {
    let id: Int
    let queue: DispatchQueue
    /// Uptime nanoseconds after which the connection has timed out, 0 for never. The server's sweeper
    /// reads it from its own queue; the connection re-checks on its queue before acting.
    let deadline = Atomic<UInt64>(0)

    /// Reading stops and pipelined requests wait while this much output is queued.
    private static let outputHighWater = 256 * 1024
    private static let readChunkBytes = 64 * 1024
    private static let continueBytes = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private let transport: any ConnectionTransport
    private let context: ConnectionContext
    private var parser: HTTPParser
    private let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: readChunkBytes, alignment: 16)
    private var readSource: (any DispatchSourceRead)?
    private var writeSource: (any DispatchSourceWrite)?
    private var readSuspended = false
    private var writeSourceRunning = false
    /// TLS turned the directions round: the last receive must be retried once the socket is writable,
    /// or the last send once it is readable.
    private var receiveWaitsForWritable = false
    private var sendWaitsForReadable = false
    private var liveSources = 0
    private var output: [UInt8] = []
    private var outputOffset = 0
    private var inFlight: InFlight?
    /// Bumped whenever an in-flight request is abandoned, so a late handler result is dropped.
    private var generation = 0
    private var closeWhenFlushed = false
    private var peerFinishedSending = false
    private var draining = false
    private var closed = false
    private var lastActivity: UInt64 = 0
    private var headStartedAt: UInt64 = 0
    /// A stream producer blocked until the output drains.
    private var drainWaiter: DispatchSemaphore?

    private struct InFlight {
        var method: HTTPMethod
        var path: String
        var startedAt: UInt64
        var streaming = false
        var statusCode = 0
        var bodyBytes = 0
    }

    init(id: Int, transport: any ConnectionTransport, queue: DispatchQueue, context: ConnectionContext) {
        self.id = id
        self.transport = transport
        self.queue = queue
        self.context = context
        self.parser = HTTPParser(limits: context.limits)
    }

    deinit {
        readBuffer.deallocate()
    }

    private var pendingOutput: Int { output.count - outputOffset }

    // MARK: Lifecycle (on queue)

    func start() {
        lastActivity = uptimeNanoseconds()
        let source = DispatchSource.makeReadSource(fileDescriptor: transport.fileDescriptor, queue: queue)
        source.setEventHandler { self.readAvailable() }
        source.setCancelHandler { self.sourceCancelled() }
        readSource = source
        liveSources += 1
        source.resume()
        refreshDeadline()
    }

    /// Graceful shutdown: finish the request in progress, then close.
    func drain() {
        guard !closed else { return }
        draining = true
        if inFlight == nil && pendingOutput == 0 && parser.phase == .idle {
            close()
        } else if inFlight != nil || pendingOutput > 0 {
            closeWhenFlushed = true
        }
    }

    func close() {
        guard !closed else { return }
        closed = true
        generation += 1
        inFlight = nil
        deadline.store(0, ordering: .relaxed)
        if let readSource {
            if readSuspended { readSource.resume() }
            readSource.cancel()
        }
        if let writeSource {
            if !writeSourceRunning { writeSource.resume() }
            writeSource.cancel()
        }
        drainWaiter?.signal()
        drainWaiter = nil
        context.didClose(id)
    }

    /// The descriptor closes once no dispatch source watches it any more.
    private func sourceCancelled() {
        liveSources -= 1
        if liveSources == 0 {
            readSource = nil
            writeSource = nil
            transport.close()
        }
    }

    // MARK: Reading

    private func readAvailable() {
        guard !closed else { return }
        if sendWaitsForReadable {
            sendWaitsForReadable = false
            flush()
            guard !closed else { return }
            updateReadInterest()
        }
        switch transport.receive(into: readBuffer) {
        case .transferred(let count):
            lastActivity = uptimeNanoseconds()
            if parser.phase == .idle { headStartedAt = lastActivity }
            parser.append(UnsafeRawBufferPointer(rebasing: readBuffer[..<count]))
            processInput()
        case .wantsRead:
            return
        case .wantsWrite:
            receiveWaitsForWritable = true
            armWriteSource()
            updateReadInterest()
        case .closed:
            // The client may have half-closed after its last request: answer what is buffered, then close.
            peerFinishedSending = true
            processInput()
        }
    }

    /// Parses and dispatches buffered requests while nothing is in flight and the output has room.
    private func processInput() {
        while !closed && inFlight == nil && !closeWhenFlushed && pendingOutput < Self.outputHighWater {
            guard let event = parser.next() else {
                if peerFinishedSending {
                    closeWhenFlushed = true
                    if pendingOutput == 0 { close() }
                }
                break
            }
            switch event {
            case .continueExpected:
                output.append(contentsOf: Self.continueBytes)
                flush()
            case .failure(let error):
                respondAndClose(error.status, detail: error.detail)
            case .request(let request):
                dispatch(request)
            }
        }
        guard !closed else { return }
        updateReadInterest()
        refreshDeadline()
    }

    private func updateReadInterest() {
        guard let readSource else { return }
        let buffered =
            inFlight != nil && parser.bufferedByteCount >= context.limits.maxHeaderBytes + Self.readChunkBytes
        let waitsForOutput = pendingOutput >= Self.outputHighWater || receiveWaitsForWritable
        let shouldSuspend =
            !sendWaitsForReadable && (peerFinishedSending || closeWhenFlushed || waitsForOutput || buffered)
        if shouldSuspend != readSuspended {
            readSuspended = shouldSuspend
            if shouldSuspend { readSource.suspend() } else { readSource.resume() }
        }
    }

    // MARK: Handling

    private func dispatch(_ request: HTTPRequest) {
        generation += 1
        let generation = generation
        let now = uptimeNanoseconds()
        inFlight = InFlight(method: request.method, path: request.path, startedAt: now)
        let facts = ResponseSerializer.RequestFacts(
            method: request.method, minorVersion: request.minorVersion,
            requestHeaders: request.headers, keepAlive: request.keepAlive && !draining)
        let context = context
        context.handlerQueue.async {
            let response = context.handler(request)
            let serialized = ResponseSerializer.serialize(
                response, for: facts, gzipMinimumBytes: context.configuration.gzipMinimumBytes)
            self.queue.async { self.handlerFinished(serialized, generation: generation) }
        }
    }

    private func handlerFinished(_ response: SerializedResponse, generation: Int) {
        guard !closed, generation == self.generation, var inFlight else { return }
        output.append(contentsOf: response.bytes)
        if !response.keepAlive { closeWhenFlushed = true }
        inFlight.statusCode = response.statusCode
        inFlight.bodyBytes = response.bodyByteCount
        if let stream = response.stream {
            inFlight.streaming = true
            self.inFlight = inFlight
            flush()
            startStream(stream, chunked: response.chunked, generation: generation)
        } else {
            log(inFlight)
            self.inFlight = nil
            flush()
            processInput()
        }
    }

    // MARK: Streaming

    private func startStream(
        _ stream: @escaping @Sendable (_ write: (ArraySlice<UInt8>) -> Bool) -> Void, chunked: Bool, generation: Int
    ) {
        refreshDeadline()
        context.handlerQueue.async {
            stream { piece in self.streamWrite(piece, chunked: chunked) }
            self.queue.async { self.streamFinished(chunked: chunked, generation: generation) }
        }
    }

    /// Called on a handler thread: queues a piece and blocks while the client is slow to read.
    private func streamWrite(_ piece: ArraySlice<UInt8>, chunked: Bool) -> Bool {
        let (alive, waiter): (Bool, DispatchSemaphore?) = queue.sync {
            guard !closed else { return (false, nil) }
            guard !piece.isEmpty else { return (true, nil) }
            if chunked {
                output.append(contentsOf: String(piece.count, radix: 16).utf8)
                output.append(contentsOf: "\r\n".utf8)
            }
            output.append(contentsOf: piece)
            if chunked { output.append(contentsOf: "\r\n".utf8) }
            inFlight?.bodyBytes += piece.count
            flush()
            guard !closed else { return (false, nil) }
            guard pendingOutput >= Self.outputHighWater else { return (true, nil) }
            let waiter = DispatchSemaphore(value: 0)
            drainWaiter = waiter
            return (true, waiter)
        }
        guard let waiter else { return alive }
        waiter.wait()
        return queue.sync { !closed }
    }

    private func streamFinished(chunked: Bool, generation: Int) {
        guard !closed, generation == self.generation, let inFlight else { return }
        if chunked { output.append(contentsOf: "0\r\n\r\n".utf8) }
        log(inFlight)
        self.inFlight = nil
        flush()
        processInput()
    }

    // MARK: Writing

    private func flush() {
        while outputOffset < output.count {
            let result = output.withUnsafeBytes {
                transport.send(UnsafeRawBufferPointer(rebasing: $0[outputOffset...]))
            }
            switch result {
            case .transferred(let count):
                outputOffset += count
            case .wantsWrite:
                armWriteSource()
                if pendingOutput < Self.outputHighWater { releaseDrainWaiter() }
                refreshDeadline()
                return
            case .wantsRead:
                sendWaitsForReadable = true
                suspendWriteSource()
                updateReadInterest()
                refreshDeadline()
                return
            case .closed:
                close()
                return
            }
        }
        output.removeAll(keepingCapacity: output.capacity <= Self.readChunkBytes)
        outputOffset = 0
        if !receiveWaitsForWritable { suspendWriteSource() }
        releaseDrainWaiter()
        if closeWhenFlushed && inFlight == nil { close() }
    }

    private func releaseDrainWaiter() {
        drainWaiter?.signal()
        drainWaiter = nil
    }

    private func armWriteSource() {
        if writeSource == nil {
            let source = DispatchSource.makeWriteSource(fileDescriptor: transport.fileDescriptor, queue: queue)
            source.setEventHandler { self.writable() }
            source.setCancelHandler { self.sourceCancelled() }
            writeSource = source
            liveSources += 1
            writeSourceRunning = false
        }
        if !writeSourceRunning, let writeSource {
            writeSourceRunning = true
            writeSource.resume()
        }
    }

    private func suspendWriteSource() {
        if writeSourceRunning, let writeSource {
            writeSourceRunning = false
            writeSource.suspend()
        }
    }

    private func writable() {
        guard !closed else { return }
        lastActivity = uptimeNanoseconds()
        if receiveWaitsForWritable {
            receiveWaitsForWritable = false
            updateReadInterest()
            readAvailable()
            guard !closed else { return }
        }
        flush()
        if !closed && pendingOutput == 0 { processInput() }
    }

    // MARK: Errors and timeouts

    private func respondAndClose(_ status: HTTPStatus, detail: String) {
        let facts = ResponseSerializer.RequestFacts(
            method: .get, minorVersion: 1, requestHeaders: HTTPHeaders(), keepAlive: false)
        let response = ResponseSerializer.serialize(
            .problem(status, detail: detail), for: facts, gzipMinimumBytes: Int.max)
        context.logger.info("\(status.code) \(detail)")
        output.append(contentsOf: response.bytes)
        closeWhenFlushed = true
        flush()
    }

    /// When the current state times out; 0 for never.
    private func currentDeadline() -> UInt64 {
        let configuration = context.configuration
        if closed { return 0 }
        if pendingOutput > 0 { return lastActivity + configuration.idleTimeout.nanoseconds }
        if let inFlight {
            return inFlight.streaming ? 0 : inFlight.startedAt + configuration.handlerTimeout.nanoseconds
        }
        switch parser.phase {
        case .idle: return lastActivity + configuration.idleTimeout.nanoseconds
        case .head: return headStartedAt + configuration.headerReadTimeout.nanoseconds
        case .body: return lastActivity + configuration.idleTimeout.nanoseconds
        case .failed: return lastActivity + configuration.idleTimeout.nanoseconds
        }
    }

    private func refreshDeadline() {
        deadline.store(currentDeadline(), ordering: .relaxed)
    }

    /// Called by the server's sweeper (on this queue) once `deadline` has passed.
    func checkTimeout(now: UInt64) {
        guard !closed else { return }
        let due = currentDeadline()
        guard due != 0, due <= now else {
            deadline.store(due, ordering: .relaxed)
            return
        }
        if pendingOutput > 0 {
            close()
        } else if let inFlight, !inFlight.streaming {
            generation += 1
            self.inFlight = nil
            respondAndClose(.serviceUnavailable, detail: "The handler did not answer in time.")
            // A client that does not read the answer must not keep the connection.
            if !closed { close() }
        } else {
            switch parser.phase {
            case .head, .body:
                respondAndClose(.requestTimeout, detail: "The request did not arrive in time.")
                if !closed { close() }
            case .idle, .failed:
                close()
            }
        }
    }

    private func log(_ request: InFlight) {
        let milliseconds = Double(uptimeNanoseconds() - request.startedAt) / 1_000_000
        context.logger.info(
            "\(request.method.rawValue) \(request.path) \(request.statusCode) \(request.bodyBytes) \(milliseconds)ms")
    }
}
