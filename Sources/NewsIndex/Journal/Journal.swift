import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The append-only file of accepted articles and deletions.
///
/// A file starts with its format's magic, then the records framed as `JournalFormat` says. Writers queue
/// records in memory, in the order the store applied them, and wait: one of them writes everything queued
/// and syncs it for all (group commit).
final class Journal: @unchecked Sendable {
    static let fileName = "journal.ngj"

    let path: String
    // Everything below is guarded by `condition`.
    private var descriptor: Int32
    private let condition = NSCondition()
    private var pending: [UInt8] = []
    private var queued: UInt64 = 0
    private var durable: UInt64 = 0
    private var isSyncing = false
    private var failure: NewsStoreError?
    private var syncs = 0
    /// The records of the file and the chain of their checksums (what an index snapshot covers); `nil` when
    /// unknown, after the file was rewritten.
    private var coverageSoFar: (records: Int, chain: UInt32)?

    init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// How many times the journal has been synced: fewer than the writes when group commit works.
    var syncCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return syncs
    }

    /// Queues a record; call it in the order the changes are applied. Returns the ticket to wait for.
    func append(_ record: JournalRecord) throws -> UInt64 {
        let frame = JournalFormat.current.frame(record.payload)
        condition.lock()
        defer { condition.unlock() }
        if failure != nil { throw NewsStoreError.journalUnavailable }
        pending.append(contentsOf: frame)
        queued += 1
        if let (records, chain) = coverageSoFar {
            let checksum = JournalFormat.current.checksum(ofFrame: frame)
            coverageSoFar = (records + 1, IndexSnapshot.Coverage.chain(chain, checksum))
        }
        return queued
    }

    /// Starts counting records and chaining checksums after replay found these.
    func resumeCoverage(records: Int, chain: UInt32) {
        condition.lock()
        defer { condition.unlock() }
        coverageSoFar = (records, chain)
    }

    /// Writes out everything queued, then tells what the file holds: its size, its records and their chain;
    /// `nil` when that is unknown or the journal failed.
    func flushedCoverage() throws -> IndexSnapshot.Coverage? {
        try waitUntilDurable(lastTicket)
        condition.lock()
        defer { condition.unlock() }
        var status = stat()
        guard failure == nil, let (records, chain) = coverageSoFar, pending.isEmpty, fstat(descriptor, &status) == 0
        else { return nil }
        return IndexSnapshot.Coverage(end: Int(status.st_size), records: records, chain: chain)
    }

    /// The ticket of the last queued record: waiting for it covers everything queued so far.
    var lastTicket: UInt64 {
        condition.lock()
        defer { condition.unlock() }
        return queued
    }

    /// Returns once the record with this ticket, and every one before it, is on disk.
    func waitUntilDurable(_ ticket: UInt64) throws {
        condition.lock()
        defer { condition.unlock() }
        while durable < ticket {
            if let failure { throw failure }
            if isSyncing {
                condition.wait()
                continue
            }
            isSyncing = true
            let batch = pending
            pending = []
            let upTo = queued
            let fd = descriptor
            condition.unlock()
            let result = Result { try Self.writeAll(batch, to: fd, path: path) }
            condition.lock()
            isSyncing = false
            switch result {
            case .success:
                durable = upTo
                syncs += 1
            case .failure(let error):
                failure = error as? NewsStoreError ?? .journalUnavailable
            }
            condition.broadcast()
        }
    }

    /// Points the journal at a new file (after compaction); no writer may be waiting.
    func replaceDescriptor(with fd: Int32) {
        condition.lock()
        defer { condition.unlock() }
        close(descriptor)
        descriptor = fd
    }

    /// Writes all the bytes (the descriptor appends) and syncs them.
    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw NewsStoreError.io(file: path, operation: "write", errno: errno)
                }
                offset += written
            }
        }
        try sync(fd, path: path)
    }

    static func openFile(_ path: String, _ flags: Int32, _ mode: mode_t = 0o644) -> Int32 {
        #if canImport(Glibc)
            Glibc.open(path, flags, mode)
        #else
            Darwin.open(path, flags, mode)
        #endif
    }

    static func sync(_ fd: Int32, path: String) throws {
        #if canImport(Glibc)
            let result = fdatasync(fd)
        #else
            let result = fsync(fd)
        #endif
        if result != 0 { throw NewsStoreError.io(file: path, operation: "fsync", errno: errno) }
    }
}
