import Foundation

/// A value behind a pthread-backed lock. Preferred here to Synchronization.Mutex, whose futex-based
/// implementation on Linux ThreadSanitizer cannot see, so that TSan runs stay free of false reports.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
