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
    /// A record that fails its checks with no valid record after it is a torn tail: it is cut off and logged.
    /// Any other damage throws `journalDamaged` with the offset. When many records are dead, the extractor
    /// version changed, or the file is in an older format, the journal is rewritten with the live articles only.
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
        let replayed = try replay(fd: fd, size: size, path: path, context: context, into: &index, report: &report)
        if replayed.validEnd < size {
            guard ftruncate(fd, off_t(replayed.validEnd)) == 0 else {
                throw NewsStoreError.io(file: path, operation: "ftruncate", errno: errno)
            }
            try sync(fd, path: path)
            report.truncatedBytes = size - replayed.validEnd
            log(
                "journal \(path): cut off a torn last record of \(report.truncatedBytes) bytes at offset \(replayed.validEnd)"
            )
        }
        if replayed.validEnd < replayed.format.magic.count { try writeAll(replayed.format.magic, to: fd, path: path) }
        let dead = replayed.records - index.articleCount
        if report.rederived > 0 || replayed.format != .current || (dead > 0 && dead * 4 >= replayed.records) {
            IndexSnapshot.remove(besideJournal: path)
            try journal.compact(index, extractorVersion: extractorVersion)
            report.compacted = true
            log(
                "journal \(path): rewrote \(index.articleCount) live articles in format \(JournalFormat.current.version), "
                    + "dropped \(dead) dead records")
        }
        if !report.compacted { journal.resumeCoverage(records: replayed.records, chain: replayed.chain) }
        report.articles = index.articleCount
        report.seconds = Date().timeIntervalSince(started)
        if !report.compacted && replayed.records > 0 && replayed.snapshot != replayed.coverage {
            writeSnapshot(
                of: index, coverage: replayed.coverage, extractorVersion: extractorVersion, path: path, log: log)
        }
        return (journal, report)
    }

    /// Writes the snapshot of the index just replayed, in the background: the copies of the index's parts cost
    /// nothing until the store changes them, and the start does not wait for the file.
    private static func writeSnapshot(
        of index: IndexState, coverage: IndexSnapshot.Coverage, extractorVersion: Int, path: String,
        log: @escaping @Sendable (String) -> Void
    ) {
        let (articles, entities, graph) = (index.articles, index.entities, index.graph)
        DispatchQueue.global(qos: .utility).async {
            let snapshot = IndexSnapshot(
                extractorVersion: extractorVersion, coverage: coverage, articles: articles, entities: entities,
                graph: graph)
            do {
                try snapshot.write(besideJournal: path)
            } catch {
                log("journal \(path): could not write the index snapshot (the next start replays it all): \(error)")
            }
        }
    }
}
