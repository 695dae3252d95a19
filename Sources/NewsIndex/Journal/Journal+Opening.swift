import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Journal {
    /// What replay needs besides the file: the current extractor and where to report.
    struct ReplayContext {
        var extractorVersion: Int
        var extract: NewsStore.Extract
        var log: @Sendable (String) -> Void
    }

    /// Opens (or creates) the journal in `directory` and replays it into `index`.
    ///
    /// A torn last record is cut off and logged; any other damage throws `journalDamaged` with the offset.
    /// When many records are dead, or the extractor version changed, the journal is rewritten with the
    /// live articles only.
    static func open(
        directory: URL, extractorVersion: Int, extract: @escaping NewsStore.Extract, into index: inout IndexState,
        log: @escaping @Sendable (String) -> Void
    ) throws -> (journal: Journal, report: OpenReport) {
        let started = Date()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            let code = (error as? CocoaError)?.underlying.flatMap { ($0 as? POSIXError)?.code.rawValue } ?? EIO
            throw NewsStoreError.io(file: directory.path, operation: "create directory", errno: code)
        }
        let path = directory.appendingPathComponent(fileName).path
        unlink(path + compactionSuffix)
        let fd = openFile(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw NewsStoreError.io(file: path, operation: "open", errno: errno) }
        let journal = Journal(path: path, descriptor: fd)
        let context = ReplayContext(extractorVersion: extractorVersion, extract: extract, log: log)
        var report = OpenReport()
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw NewsStoreError.io(file: path, operation: "fstat", errno: errno) }
        let size = Int(status.st_size)
        var records = 0
        let validEnd = try replay(fd: fd, size: size, path: path, context: context, into: &index, report: &report) {
            records += 1
        }
        if validEnd < size {
            guard ftruncate(fd, off_t(validEnd)) == 0 else {
                throw NewsStoreError.io(file: path, operation: "ftruncate", errno: errno)
            }
            try sync(fd, path: path)
            report.truncatedBytes = size - validEnd
            log("journal \(path): cut off a torn last record of \(size - validEnd) bytes at offset \(validEnd)")
        }
        if validEnd < magic.count { try writeAll(magic, to: fd, path: path) }
        let dead = records - index.articleCount
        if report.rederived > 0 || (dead > 0 && dead * 4 >= records) {
            try journal.compact(index, extractorVersion: extractorVersion)
            report.compacted = true
            log("journal \(path): rewrote \(index.articleCount) live articles, dropped \(dead) dead records")
        }
        report.articles = index.articleCount
        report.seconds = Date().timeIntervalSince(started)
        return (journal, report)
    }

    /// Applies every whole record of the file; returns where the valid part of the file ends.
    private static func replay(
        fd: Int32, size: Int, path: String, context: ReplayContext, into index: inout IndexState,
        report: inout OpenReport, counted: () -> Void
    ) throws -> Int {
        guard size > 0 else { return 0 }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw NewsStoreError.io(file: path, operation: "mmap", errno: errno)
        }
        defer { munmap(base, size) }
        madvise(base, size, MADV_SEQUENTIAL)
        let bytes = UnsafeRawBufferPointer(start: base, count: size)
        func damaged(_ offset: Int, _ reason: String) -> NewsStoreError {
            .journalDamaged(file: path, offset: offset, reason: reason)
        }
        guard size >= magic.count else {
            if bytes.elementsEqual(magic[..<size]) { return 0 }
            throw damaged(0, "not a NewsGraph journal")
        }
        guard bytes[..<magic.count].elementsEqual(magic) else { throw damaged(0, "not a NewsGraph journal") }
        var offset = magic.count
        var released = 0
        while offset < size {
            let remaining = size - offset
            // A crash mid-append leaves a short, unfinished or zero-filled last record: a torn tail.
            func isZero(from start: Int) -> Bool { bytes[start...].allSatisfy { $0 == 0 } }
            guard remaining >= frameHeaderSize else { return offset }
            let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            let expected = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            let end = offset + frameHeaderSize + length
            if length == 0 {
                if isZero(from: offset) { return offset }
                throw damaged(offset, "record of length zero")
            }
            guard end <= size else { return offset }
            let payload = UnsafeRawBufferPointer(rebasing: bytes[offset + frameHeaderSize..<end])
            guard checksum(payload) == expected else {
                if end == size || isZero(from: offset + frameHeaderSize) { return offset }
                throw damaged(offset, "CRC mismatch in a record of \(length) bytes")
            }
            do {
                try apply(JournalRecord(payload: payload), context: context, into: &index, report: &report)
            } catch let error as JournalRecord.Undecodable {
                throw damaged(offset, error.description)
            } catch is ByteReader.OutOfBounds {
                throw damaged(offset, "undecodable extraction")
            }
            counted()
            offset = end
            // Drop replayed pages, so replay does not hold the whole file in memory.
            if offset - released > 1 << 26 {
                let page = Int(sysconf(Int32(_SC_PAGESIZE)))
                let upTo = offset / page * page
                madvise(base + released, upTo - released, MADV_DONTNEED)
                released = upTo
            }
        }
        return offset
    }

    private static func apply(
        _ record: JournalRecord, context: ReplayContext, into index: inout IndexState, report: inout OpenReport
    ) throws {
        switch record {
        case .article(let fields):
            guard index.serial(of: fields.id) == nil else { return }
            var prepared: PreparedArticle
            if fields.extractorVersion == context.extractorVersion {
                prepared = try PreparedArticle(fields)
            } else {
                let draft = ArticleDraft(
                    text: fields.text, title: fields.title, url: fields.url, source: fields.source,
                    publishedAt: fields.publishedAt)
                prepared = PreparedArticle(draft, extraction: context.extract(fields.text))
                prepared.terms = nil
                report.rederived += 1
            }
            index.insert(prepared, id: fields.id, ingestedAt: fields.ingestedAt)
        case .deletion(let id):
            if let serial = index.serial(of: id) { index.remove(serial: serial) }
            report.deletions += 1
        }
    }
}
