import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads, checks and decodes the records of a mapped journal file on threads of their own, a batch at a time
/// and a little ahead of the thread that applies them in order. Decoding is pure work on the file, so it
/// overlaps with applying; the applied batches come back to be freed by the decoding threads.
final class ReplayDecoder: @unchecked Sendable {
    /// A record decoded off the applying thread.
    enum Record {
        case article(Article)
        case deletion(id: String)
    }

    /// A struct, not a tuple of associated values: those are copied by slow generic code.
    struct Article {
        var prepared: PreparedArticle
        var id: String
        var ingestedAt: Date
        /// Extracted again, by a newer extractor.
        var rederived: Bool
    }

    /// Where decoding stopped before the end of the file, and why.
    struct Failure {
        var offset: Int
        var reason: String
        /// The checksum matched, so this is no torn write: the record itself is wrong.
        var isVerified: Bool
    }

    /// Records in file order; a failure ends the last batch.
    struct Batch {
        var records: [Record] = []
        /// The checksum of each record's frame, for the chain a snapshot is checked against.
        var checksums: [UInt32] = []
        /// How many of the records (the first ones) lie inside a snapshot's prefix: decoded without facts.
        var withoutFacts = 0
        /// Where the last of those ends in the file.
        var withoutFactsEnd = 0
        var failure: Failure?
        /// Where the records end in the file.
        var end = 0
    }

    private static let batchSize = 512
    /// Two decoding threads even on two cores: decoding takes longer than applying, and the scheduler
    /// shares the cores among the three threads.
    private static let threads = max(2, ProcessInfo.processInfo.activeProcessorCount - 1)
    /// Batches framed ahead of the applying thread.
    private static let depth = threads + 2

    private let bytes: UnsafeRawBufferPointer
    private let format: JournalFormat
    private let context: Journal.ReplayContext
    /// Records that start before this offset are covered by a snapshot: their facts are not decoded.
    private let factsFrom: Int
    // Guarded by `condition`.
    private let condition = NSCondition()
    /// Where the next batch starts; `nil` once framing reached the end of the file or an unreadable header.
    private var framingOffset: Int?
    private var framed = 0
    private var delivered = 0
    /// The number of the last batch to deliver, once known.
    private var last: Int?
    private var ready: [Int: Batch] = [:]
    private var spent: [Batch] = []
    private var running = threads

    /// Starts decoding the records from `start` on. The bytes must stay mapped until `next()` returns `nil`.
    init(
        bytes: UnsafeRawBufferPointer, format: JournalFormat, from start: Int, context: Journal.ReplayContext,
        factsFrom: Int = 0
    ) {
        self.bytes = bytes
        self.format = format
        self.context = context
        self.factsFrom = factsFrom
        framingOffset = start
        for _ in 0..<Self.threads { Thread.detachNewThread { self.run() } }
    }

    /// The next batch in file order; `nil` after the last one, once no decoding thread touches the bytes.
    func next() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let last, delivered > last {
                while running > 0 { condition.wait() }
                return nil
            }
            if let batch = ready.removeValue(forKey: delivered) {
                delivered += 1
                condition.broadcast()
                return batch
            }
            condition.wait()
        }
    }

    /// Stops framing further batches; `next()` then returns those already framed, then `nil`.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        if framingOffset != nil {
            framingOffset = nil
            last = min(last ?? framed - 1, framed - 1)
        }
        condition.broadcast()
    }

    /// Hands an applied batch back, to be freed on a decoding thread.
    func recycle(_ batch: consuming Batch) {
        condition.lock()
        defer { condition.unlock() }
        spent.append(batch)
    }

    private func run() {
        var garbage: [Batch] = []
        condition.lock()
        while true {
            while framed - delivered >= Self.depth && framingOffset != nil { condition.wait() }
            guard var offset = framingOffset else { break }
            // Headers are read in order, under the lock; checksums and payloads outside it.
            var frames: [JournalFormat.Frame] = []
            var stop: Int?
            while offset < bytes.count && frames.count < Self.batchSize {
                guard let frame = format.frame(in: bytes, at: offset) else {
                    stop = offset
                    break
                }
                frames.append(frame)
                offset = frame.end
            }
            let number = framed
            framed += 1
            framingOffset = stop == nil && offset < bytes.count ? offset : nil
            if framingOffset == nil { last = number }
            swap(&garbage, &spent)
            condition.unlock()
            garbage.removeAll()
            var batch = decode(frames, stoppedAt: stop)
            batch.end = offset
            condition.lock()
            if batch.failure != nil {
                // Nothing after a failure is delivered.
                last = min(last ?? number, number)
                framingOffset = nil
            }
            ready[number] = batch
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Checks and decodes the records of `frames`, stopping at the first that fails.
    private func decode(_ frames: [JournalFormat.Frame], stoppedAt stop: Int?) -> Batch {
        var batch = Batch()
        batch.records.reserveCapacity(frames.count)
        batch.checksums.reserveCapacity(frames.count)
        for frame in frames {
            let decodesFacts = frame.offset >= factsFrom
            guard format.verifies(frame, in: bytes) else {
                batch.failure = Failure(
                    offset: frame.offset, reason: "CRC mismatch in a record of \(frame.payload.count) bytes",
                    isVerified: false)
                return batch
            }
            do {
                let record = try JournalRecord(payload: UnsafeRawBufferPointer(rebasing: bytes[frame.payload]))
                batch.records.append(try decoded(record, facts: decodesFacts))
                batch.checksums.append(frame.checksum)
                if !decodesFacts {
                    batch.withoutFacts += 1
                    batch.withoutFactsEnd = frame.end
                }
            } catch let error as JournalRecord.Undecodable {
                batch.failure = Failure(offset: frame.offset, reason: error.description, isVerified: true)
                return batch
            } catch {
                batch.failure = Failure(offset: frame.offset, reason: "undecodable extraction", isVerified: true)
                return batch
            }
        }
        if let stop {
            batch.failure = Failure(offset: stop, reason: "no whole record", isVerified: false)
        }
        return batch
    }

    private func decoded(_ record: JournalRecord, facts: Bool) throws -> Record {
        switch record {
        case .article(let fields):
            // Under a snapshot an older extractor's record is left as it is: the snapshot cannot be this journal's
            // (it was written after such records were extracted again), and replay starts over without it.
            guard fields.extractorVersion != context.extractorVersion && facts else {
                return .article(
                    Article(
                        prepared: try PreparedArticle(fields, facts: facts), id: fields.id,
                        ingestedAt: fields.ingestedAt, rederived: fields.extractorVersion != context.extractorVersion))
            }
            let draft = ArticleDraft(
                text: fields.text, title: fields.title, url: fields.url, source: fields.source,
                publishedAt: fields.publishedAt)
            var prepared = PreparedArticle(draft, extraction: context.extract(fields.text, fields.publishedAt))
            prepared.terms = nil
            return .article(Article(prepared: prepared, id: fields.id, ingestedAt: fields.ingestedAt, rederived: true))
        case .deletion(let id):
            return .deletion(id: id)
        }
    }
}
