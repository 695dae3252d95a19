import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Journal {
    /// What replay found: the file's format, where its valid part ends, and how many records it holds.
    struct Replayed {
        var format: JournalFormat
        var validEnd: Int
        var records: Int
    }

    /// Applies every whole record of the file, in order, as `ReplayDecoder` decodes them on another thread.
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
        let decoder = ReplayDecoder(bytes: bytes, format: format, from: magicSize, context: context)
        var failure: ReplayDecoder.Failure?
        var released = 0
        while let batch = decoder.next() {
            apply(batch, into: &index, report: &report, records: &replayed.records)
            failure = batch.failure
            // Drop applied pages, so replay does not hold the whole file in memory.
            if batch.end - released > 1 << 26 {
                let upTo = batch.end / Int(sysconf(Int32(_SC_PAGESIZE))) * Int(sysconf(Int32(_SC_PAGESIZE)))
                madvise(base + released, upTo - released, MADV_DONTNEED)
                released = upTo
            }
            decoder.recycle(batch)
        }
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

    private static func apply(
        _ batch: ReplayDecoder.Batch, into index: inout IndexState, report: inout OpenReport, records: inout Int
    ) {
        for record in batch.records {
            records += 1
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
