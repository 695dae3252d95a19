import HTTPServer
import Synchronization

/// Encoded bodies of GET responses, valid while the store's generation is unchanged.
///
/// Reads dominate writes in a news index; answering a repeated query from bytes already encoded is
/// what makes the list routes fast.
final class ResponseCache: Sendable {
    private struct Entry {
        let generation: UInt64
        let bytes: [UInt8]
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The cached body for `key` at `generation`, or `make()`'s body, stored for next time.
    func body(for key: String, generation: UInt64, make: () throws -> [UInt8]) rethrows -> [UInt8] {
        if let entry = entries.withLock({ $0[key] }), entry.generation == generation { return entry.bytes }
        let bytes = try make()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(generation: generation, bytes: bytes)
        }
        return bytes
    }
}
