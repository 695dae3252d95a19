import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Journal {
    static let compactionSuffix = ".compact"

    /// Rewrites the journal with one record per live article, in ingestion order, and swaps it in
    /// atomically: the new file is synced, renamed over the old one, and the directory synced.
    func compact(_ index: IndexState, extractorVersion: Int) throws {
        let temporary = path + Self.compactionSuffix
        let fd = Self.openFile(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw NewsStoreError.io(file: temporary, operation: "open", errno: errno) }
        do {
            let format = JournalFormat.current
            var buffer = format.magic
            for case let stored? in index.articles {
                let record = JournalRecord.article(
                    .init(
                        extractorVersion: extractorVersion, id: stored.id, ingestedAt: stored.ingestedAt,
                        publishedAt: stored.publishedAt, title: stored.title, url: stored.url, source: stored.source,
                        text: stored.text, packedExtraction: stored.packedExtraction))
                buffer.append(contentsOf: format.frame(record.payload))
                if buffer.count > 1 << 22 {
                    try Self.writeAll(buffer, to: fd, path: temporary)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try Self.writeAll(buffer, to: fd, path: temporary)
            guard rename(temporary, path) == 0 else {
                throw NewsStoreError.io(file: temporary, operation: "rename", errno: errno)
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        try Self.syncDirectory(of: path)
        let reopened = Self.openFile(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard reopened >= 0 else { throw NewsStoreError.io(file: path, operation: "open", errno: errno) }
        replaceDescriptor(with: reopened)
    }

    static func syncDirectory(of path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let fd = openFile(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw NewsStoreError.io(file: directory, operation: "open", errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw NewsStoreError.io(file: directory, operation: "fsync", errno: errno) }
    }
}
