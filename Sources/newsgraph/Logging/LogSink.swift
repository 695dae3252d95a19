import Dispatch
import Foundation
import Synchronization

/// Collects log lines and writes them to standard error in batches: the access log at full request rate
/// costs one write every few milliseconds instead of one per request. Warnings and worse go out at once.
final class LogSink: Sendable {
    static let shared = LogSink()

    private let buffer = Mutex<[UInt8]>([])
    private let queue = DispatchQueue(label: "newsgraph.log")
    private static let flushThreshold = 64 * 1024
    private static let flushInterval = DispatchTimeInterval.milliseconds(200)

    private init() {
        scheduleFlush()
    }

    func write(_ line: String, urgent: Bool) {
        let full = buffer.withLock { bytes in
            bytes.append(contentsOf: line.utf8)
            return bytes.count >= Self.flushThreshold
        }
        if urgent || full { flush() }
    }

    func flush() {
        let pending = buffer.withLock { bytes in
            defer { bytes.removeAll(keepingCapacity: true) }
            return bytes
        }
        guard !pending.isEmpty else { return }
        FileHandle.standardError.write(Data(pending))
    }

    private func scheduleFlush() {
        queue.asyncAfter(deadline: .now() + Self.flushInterval) { [self] in
            flush()
            scheduleFlush()
        }
    }
}
