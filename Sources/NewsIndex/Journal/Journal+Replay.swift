import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Journal {
    /// What replay found: the file's format, where its valid part ends, how many records it holds, and the chain
    /// of their checksums (what a snapshot of the index built from them records).
    struct Replayed {
        var format: JournalFormat
        var validEnd: Int
        var records: Int
        var chain: UInt32 = 0
        /// What the snapshot read at the start covered, if one was used.
        var snapshot: IndexSnapshot.Coverage?

        var coverage: IndexSnapshot.Coverage { .init(end: validEnd, records: records, chain: chain) }
    }

    /// Applies every whole record of the file, in order, as `ReplayDecoder` decodes them on other threads. With a
    /// snapshot beside the journal, the records it covers give only their articles, and the snapshot the rest.
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
        if format == .current,
            let snapshot = IndexSnapshot.read(besideJournal: path, extractorVersion: context.extractorVersion),
            snapshot.coverage.records > 0, snapshot.coverage.end <= size
        {
            if let replayed = try replay(
                bytes, format: format, path: path, context: context, snapshot: snapshot, into: &index, report: &report)
            {
                return replayed
            }
            context.log("journal \(path): the index snapshot does not match the journal; replaying it all")
            index = IndexState()
            report = OpenReport()
        }
        return try replay(
            bytes, format: format, path: path, context: context, snapshot: nil, into: &index, report: &report)!
    }

    /// Replays the records after the magic; `nil` when `snapshot` turns out not to describe this journal.
    private static func replay(
        _ bytes: UnsafeRawBufferPointer, format: JournalFormat, path: String, context: ReplayContext,
        snapshot: IndexSnapshot?, into index: inout IndexState, report: inout OpenReport
    ) throws -> Replayed? {
        var replayed = Replayed(format: format, validEnd: bytes.count, records: 0, snapshot: snapshot?.coverage)
        let decoder = ReplayDecoder(
            bytes: bytes, format: format, from: format.magic.count, context: context,
            factsFrom: snapshot?.coverage.end ?? 0)
        var failure: ReplayDecoder.Failure?
        var released = 0
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        var pending = snapshot
        while let batch = decoder.next() {
            if let snapshot = pending {
                let matches = applyCovered(batch, snapshot, into: &index, report: &report, replayed: &replayed)
                if matches && replayed.records == snapshot.coverage.records {
                    index.install(entities: snapshot.entities, graph: snapshot.graph)
                    report.fromSnapshot = replayed.records
                    pending = nil
                }
                guard matches, pending == nil || batch.withoutFacts == batch.records.count else {
                    decoder.cancel()
                    decoder.recycle(batch)
                    while let rest = decoder.next() { decoder.recycle(rest) }
                    return nil
                }
            }
            apply(batch, from: batch.withoutFacts, into: &index, report: &report, replayed: &replayed)
            failure = batch.failure
            // Drop applied pages, so replay does not hold the whole file in memory.
            if batch.end - released > 1 << 26 {
                let upTo = batch.end / pageSize * pageSize
                let start = UnsafeMutableRawPointer(mutating: bytes.baseAddress! + released)
                madvise(start, upTo - released, MADV_DONTNEED)
                released = upTo
            }
            decoder.recycle(batch)
        }
        // The file ended (or failed) inside the prefix the snapshot claims: it is not this journal's.
        guard pending == nil else { return nil }
        guard let failure else { return replayed }
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

    /// The batch's records inside the snapshot's prefix: articles with the snapshot's links and edges. False when
    /// they do not fit it (a serial past its end, an older extractor's record, a different chain or boundary).
    private static func applyCovered(
        _ batch: ReplayDecoder.Batch, _ snapshot: IndexSnapshot, into index: inout IndexState,
        report: inout OpenReport, replayed: inout Replayed
    ) -> Bool {
        for (record, checksum) in zip(batch.records, batch.checksums).prefix(batch.withoutFacts) {
            replayed.records += 1
            replayed.chain = IndexSnapshot.Coverage.chain(replayed.chain, checksum)
            switch record {
            case .article(let article):
                guard !article.rederived else { return false }
                guard index.serial(of: article.id) == nil else { continue }
                let serial = index.articles.count
                guard serial < snapshot.links.count else { return false }
                index.insertReplayed(
                    article.prepared, id: article.id, ingestedAt: article.ingestedAt, links: snapshot.links[serial],
                    edges: snapshot.edges[serial])
            case .deletion(let id):
                if let serial = index.serial(of: id) { index.removeReplayed(serial: serial) }
                report.deletions += 1
            }
        }
        guard replayed.records == snapshot.coverage.records else {
            // The prefix goes on in the next batch, unless this one already ran past it.
            return replayed.records < snapshot.coverage.records && batch.withoutFacts == batch.records.count
                && batch.failure == nil
        }
        return replayed.chain == snapshot.coverage.chain && batch.withoutFactsEnd == snapshot.coverage.end
            && index.articles.count == snapshot.links.count
    }

    private static func apply(
        _ batch: ReplayDecoder.Batch, from start: Int, into index: inout IndexState, report: inout OpenReport,
        replayed: inout Replayed
    ) {
        for (record, checksum) in zip(batch.records, batch.checksums).dropFirst(start) {
            replayed.records += 1
            replayed.chain = IndexSnapshot.Coverage.chain(replayed.chain, checksum)
            switch record {
            case .article(let article):
                guard index.serial(of: article.id) == nil else { continue }
                index.insert(article.prepared, id: article.id, ingestedAt: article.ingestedAt)
                if article.rederived { report.rederived += 1 }
            case .deletion(let id):
                if let serial = index.serial(of: id) { index.remove(serial: serial) }
                report.deletions += 1
            }
        }
    }
}
