import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replay runs as a two-stage pipeline: while this thread applies one batch of records to the index, in
/// order, another thread checks and decodes the next batch (which is pure work on the mapped file).
extension Journal {
    /// What replay found: the file's format, where its valid part ends, and how many records it holds.
    struct Replayed {
        var format: JournalFormat
        var validEnd: Int
        var records: Int
    }

    /// A record decoded off the applying thread.
    private enum DecodedRecord {
        case article(PreparedArticle, id: String, ingestedAt: Date, rederived: Bool)
        case deletion(id: String)
    }

    /// Where a batch stopped early, and why.
    private struct Failure {
        var offset: Int
        var reason: String
        /// The checksum matched, so this is no torn write: the record itself is wrong.
        var isVerified: Bool
    }

    private struct DecodedBatch {
        var records: [DecodedRecord] = []
        var failure: Failure?
    }

    private static let batchSize = 512

    /// Applies every whole record of the file.
    static func replay(
        fd: Int32, size: Int, path: String, context: ReplayContext, into index: inout IndexState,
        report: inout OpenReport
    ) throws -> Replayed {
        guard size > 0 else { return Replayed(format: .current, validEnd: 0, records: 0) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw NewsStoreError.io(file: path, operation: "mmap", errno: errno)
        }
        defer { munmap(base, size) }
        madvise(base, size, MADV_SEQUENTIAL)
        let bytes = UnsafeRawBufferPointer(start: base, count: size)
        let magicSize = JournalFormat.current.magic.count
        guard size >= magicSize else {
            // A crash while the file was created.
            if JournalFormat.known.contains(where: { bytes.elementsEqual($0.magic[..<size]) }) {
                return Replayed(format: .current, validEnd: 0, records: 0)
            }
            throw NewsStoreError.journalDamaged(file: path, offset: 0, reason: "not a NewsGraph journal")
        }
        guard let format = JournalFormat.known.first(where: { bytes[..<magicSize].elementsEqual($0.magic) }) else {
            throw NewsStoreError.journalDamaged(file: path, offset: 0, reason: "not a NewsGraph journal")
        }
        var replayed = Replayed(format: format, validEnd: size, records: 0)
        var offset = magicSize
        var released = 0
        var pending: DecodedBatch?
        // Freeing an applied batch is a fair part of the work: the decoding thread does it, in the next round.
        var spent: [DecodedRecord] = []
        while true {
            // Headers are read here, in order; checksums and payloads on the other thread.
            var frames: [JournalFormat.Frame] = []
            var stop: Int?
            if pending?.failure == nil {
                while offset < size && frames.count < batchSize {
                    guard let frame = format.frame(in: bytes, at: offset) else {
                        stop = offset
                        break
                    }
                    frames.append(frame)
                    offset = frame.end
                }
            }
            var decoded: DecodedBatch?
            inParallel {
                if let pending { apply(pending, into: &index, report: &report, records: &replayed.records) }
            } and: {
                spent.removeAll()
                if !frames.isEmpty || stop != nil {
                    decoded = decode(frames, stoppedAt: stop, bytes: bytes, format: format, context: context)
                }
            }
            if let failure = pending?.failure {
                if failure.isVerified {
                    throw NewsStoreError.journalDamaged(file: path, offset: failure.offset, reason: failure.reason)
                }
                // A record that fails its checks is a torn tail only if no valid record follows it.
                if let next = format.nextRecord(in: bytes, after: failure.offset) {
                    throw NewsStoreError.journalDamaged(
                        file: path, offset: failure.offset,
                        reason: "\(failure.reason), and a valid record follows at offset \(next)")
                }
                replayed.validEnd = failure.offset
                return replayed
            }
            guard let decoded else { return replayed }
            spent = pending?.records ?? []
            pending = decoded
            // Drop decoded pages, so replay does not hold the whole file in memory.
            if offset - released > 1 << 26 {
                let page = Int(sysconf(Int32(_SC_PAGESIZE)))
                let upTo = offset / page * page
                madvise(base + released, upTo - released, MADV_DONTNEED)
                released = upTo
            }
        }
    }

    /// Checks and decodes the records of `frames`, stopping at the first that fails.
    private static func decode(
        _ frames: [JournalFormat.Frame], stoppedAt stop: Int?, bytes: UnsafeRawBufferPointer, format: JournalFormat,
        context: ReplayContext
    ) -> DecodedBatch {
        var batch = DecodedBatch()
        batch.records.reserveCapacity(frames.count)
        for frame in frames {
            guard format.verifies(frame, in: bytes) else {
                batch.failure = Failure(
                    offset: frame.offset, reason: "CRC mismatch in a record of \(frame.payload.count) bytes",
                    isVerified: false)
                return batch
            }
            do {
                let record = try JournalRecord(payload: UnsafeRawBufferPointer(rebasing: bytes[frame.payload]))
                batch.records.append(try decoded(record, context: context))
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

    private static func decoded(_ record: JournalRecord, context: ReplayContext) throws -> DecodedRecord {
        switch record {
        case .article(let fields):
            guard fields.extractorVersion != context.extractorVersion else {
                return .article(
                    try PreparedArticle(fields), id: fields.id, ingestedAt: fields.ingestedAt, rederived: false)
            }
            let draft = ArticleDraft(
                text: fields.text, title: fields.title, url: fields.url, source: fields.source,
                publishedAt: fields.publishedAt)
            var prepared = PreparedArticle(draft, extraction: context.extract(fields.text))
            prepared.terms = nil
            return .article(prepared, id: fields.id, ingestedAt: fields.ingestedAt, rederived: true)
        case .deletion(let id):
            return .deletion(id: id)
        }
    }

    private static func apply(
        _ batch: DecodedBatch, into index: inout IndexState, report: inout OpenReport, records: inout Int
    ) {
        for record in batch.records {
            records += 1
            switch record {
            case .article(let prepared, let id, let ingestedAt, let rederived):
                guard index.serial(of: id) == nil else { continue }
                index.insert(prepared, id: id, ingestedAt: ingestedAt)
                if rederived { report.rederived += 1 }
            case .deletion(let id):
                if let serial = index.serial(of: id) { index.remove(serial: serial) }
                report.deletions += 1
            }
        }
    }
}
