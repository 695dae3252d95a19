import Foundation
import NewsExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What replaying a prefix of the journal built besides the articles themselves: the entity index, the relation
/// graph, and each serial's entity links and edges. Kept in `index.ngs` beside the journal, so that a restart
/// replays that prefix reading only the articles' own fields (no extraction facts decoded, no entity or edge
/// looked up), and the rest of the journal as usual.
///
/// The journal stays the only truth. A snapshot names the prefix it covers (its end offset, its record count,
/// and a CRC32 chained over the checksums of its records); replay checks all three against the journal as it
/// goes, and on any difference starts again without the snapshot. A snapshot is written to a temporary file,
/// synced and renamed into place, so a crash leaves the old one or the new one, never half of one.
struct IndexSnapshot: Sendable {
    static let fileName = "index.ngs"
    static let temporarySuffix = ".tmp"
    private static let magic = Array("NGSNAP1\n".utf8)

    /// The prefix of the journal it covers.
    struct Coverage: Sendable, Equatable {
        var end: Int
        var records: Int
        var chain: UInt32

        /// The chain after one more record with this checksum.
        static func chain(_ chain: UInt32, _ checksum: UInt32) -> UInt32 {
            withUnsafeBytes(of: checksum.littleEndian) { JournalFormat.checksum($0, continuing: chain) }
        }
    }

    var extractorVersion: Int
    var coverage: Coverage
    /// By serial, as replay of the prefix assigns them; empty for serials deleted within the prefix.
    var links: [[EntityIndex.Link]]
    var edges: [[UInt32]]
    var entities: EntityIndex
    var graph: RelationGraph

    init(
        extractorVersion: Int, coverage: Coverage, articles: [StoredArticle?], entities: EntityIndex,
        graph: RelationGraph
    ) {
        self.extractorVersion = extractorVersion
        self.coverage = coverage
        links = articles.map { $0?.entityLinks ?? [] }
        edges = articles.map { $0?.edges ?? [] }
        self.entities = entities
        self.graph = graph
    }

    // MARK: Writing

    /// The records covered by the last snapshot this process wrote for each journal, and the lock that orders
    /// the writes: the one after a start (in the background) and the one at shutdown must not write the same file
    /// at once, nor the older replace the newer. An NSLock, which ThreadSanitizer understands (a Mutex locks with
    /// futex calls it cannot see; see scripts/tsan-suppressions.txt).
    private final class Written: @unchecked Sendable {
        let lock = NSLock()
        var records: [String: Int] = [:]
    }

    private static let written = Written()

    /// Writes the snapshot beside the journal at `journalPath`, replacing any other, unless this process already
    /// wrote one that covers more.
    func write(besideJournal journalPath: String) throws {
        let written = Self.written
        written.lock.lock()
        defer { written.lock.unlock() }
        guard written.records[journalPath].map({ $0 <= coverage.records }) ?? true else { return }
        try writeFile(besideJournal: journalPath)
        written.records[journalPath] = coverage.records
    }

    private func writeFile(besideJournal journalPath: String) throws {
        let path = Self.path(besideJournal: journalPath)
        let temporary = path + Self.temporarySuffix
        let bytes = encoded()
        let fd = Journal.openFile(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw NewsStoreError.io(file: temporary, operation: "open", errno: errno) }
        do {
            try Journal.writeAll(bytes, to: fd, path: temporary)
            try Journal.sync(fd, path: temporary)
            guard rename(temporary, path) == 0 else {
                throw NewsStoreError.io(file: temporary, operation: "rename", errno: errno)
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        try Journal.syncDirectory(of: path)
    }

    static func path(besideJournal journalPath: String) -> String {
        (journalPath as NSString).deletingLastPathComponent + "/" + fileName
    }

    /// Takes away the snapshot beside the journal (before the journal is rewritten: it would no longer match).
    static func remove(besideJournal journalPath: String) {
        written.lock.lock()
        defer { written.lock.unlock() }
        let path = path(besideJournal: journalPath)
        unlink(path)
        unlink(path + temporarySuffix)
        written.records[journalPath] = nil
    }

    func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: 1 << 20)
        writer.bytes.append(contentsOf: Self.magic)
        writer.varint(extractorVersion)
        writer.varint(coverage.end)
        writer.varint(coverage.records)
        writer.fixed32(coverage.chain)
        writer.varint(links.count)
        for (links, edges) in zip(links, edges) {
            writer.varint(links.count)
            for link in links {
                writer.varint(UInt64(link.entity))
                writer.varint(UInt64(link.mentions))
            }
            writer.varint(edges.count)
            for edge in edges { writer.varint(UInt64(edge)) }
        }
        writer.varint(entities.records.count)
        for record in entities.records {
            writer.string(record.id)
            writer.byte(UInt8(EntityType.allCases.firstIndex(of: record.type)!))
            writer.string(record.name)
            writer.optionalCodes(record.codes)
            writer.optionalString(record.country)
            writer.varint(record.mentionCount)
            writer.double(record.firstSeen)
            writer.double(record.lastSeen)
            writer.varint(record.articles.count)
            var previous: UInt32 = 0
            for serial in record.articles {  // ascending: the gaps are small
                writer.varint(UInt64(serial - previous))
                previous = serial
            }
        }
        writer.fixed64(graph.version)
        writer.varint(graph.records.count)
        for record in graph.records {
            writer.string(record.key.source)
            writer.string(record.key.target)
            writer.byte(UInt8(RelationType.allCases.firstIndex(of: record.key.type)!))
            writer.fixed64(record.version)
            writer.varint(record.reports.count)
            for report in record.reports {
                writer.varint(UInt64(report.serial))
                writer.varint(UInt64(report.relation))
                writer.double(report.confidence)
                writer.double(report.seen)
                writer.fixed64(report.sentenceKey)
            }
        }
        let checksum = writer.bytes.withUnsafeBytes { JournalFormat.checksum($0) }
        writer.fixed32(checksum)
        return writer.bytes
    }

    // MARK: Reading

    /// The snapshot beside the journal when there is one that this extractor wrote and that reads whole;
    /// `nil` otherwise (a missing, old or damaged snapshot only means a slower start).
    static func read(besideJournal journalPath: String, extractorVersion: Int) -> IndexSnapshot? {
        // A temporary file a crash left behind is not looked at; the next write truncates it.
        let path = path(besideJournal: journalPath)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { bytes in
            guard bytes.count > magic.count + 4, bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 4)])
            let stored = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self))
            guard JournalFormat.checksum(body) == stored else { return nil }
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: body[magic.count...]))
            guard let snapshot = try? IndexSnapshot(reading: &reader), reader.isAtEnd,
                snapshot.extractorVersion == extractorVersion
            else { return nil }
            return snapshot
        }
    }

    private init(reading reader: inout ByteReader) throws {
        extractorVersion = try reader.int()
        coverage = Coverage(end: try reader.int(), records: try reader.int(), chain: try reader.fixed32())
        let serials = try reader.int()
        links = []
        edges = []
        links.reserveCapacity(serials)
        edges.reserveCapacity(serials)
        for _ in 0..<serials {
            let linkCount = try reader.int()
            var links: [EntityIndex.Link] = []
            links.reserveCapacity(linkCount)
            for _ in 0..<linkCount {
                links.append(EntityIndex.Link(entity: try Self.uint32(&reader), mentions: try Self.uint32(&reader)))
            }
            let edgeCount = try reader.int()
            var edges: [UInt32] = []
            edges.reserveCapacity(edgeCount)
            for _ in 0..<edgeCount { edges.append(try Self.uint32(&reader)) }
            self.links.append(links)
            self.edges.append(edges)
        }
        var entityRecords: [EntityIndex.Record] = []
        for _ in 0..<(try reader.int()) {
            let id = try reader.string()
            let type = try Self.element(EntityType.allCases, try reader.byte())
            let name = try reader.string()
            var record = EntityIndex.Record(id: id, type: type, name: name, lowercasedName: name.lowercased())
            record.codes = try reader.optionalCodes()
            record.country = try reader.optionalString()
            record.mentionCount = try reader.int()
            record.firstSeen = try reader.double()
            record.lastSeen = try reader.double()
            let count = try reader.int()
            record.articles.reserveCapacity(count)
            var serial: UInt32 = 0
            for _ in 0..<count {
                serial &+= try Self.uint32(&reader)
                record.articles.append(serial)
            }
            entityRecords.append(record)
        }
        entities = EntityIndex(restoring: entityRecords)
        let graphVersion = try reader.fixed64()
        var graphRecords: [RelationGraph.Record] = []
        for _ in 0..<(try reader.int()) {
            let key = RelationGraph.Key(
                source: try reader.string(), target: try reader.string(),
                type: try Self.element(RelationType.allCases, try reader.byte()))
            var record = RelationGraph.Record(key: key)
            record.version = try reader.fixed64()
            let count = try reader.int()
            record.reports.reserveCapacity(count)
            for _ in 0..<count {
                record.reports.append(
                    RelationGraph.Report(
                        serial: try Self.uint32(&reader), relation: try Self.uint32(&reader),
                        confidence: try reader.double(), seen: try reader.double(), sentenceKey: try reader.fixed64()))
            }
            graphRecords.append(record)
        }
        graph = RelationGraph(restoring: graphRecords, version: graphVersion)
        try validate()
    }

    /// Every number that indexes something indexes something there.
    private func validate() throws {
        guard links.count == edges.count, coverage.end >= 0, coverage.records >= 0 else {
            throw ByteReader.OutOfBounds()
        }
        let entityCount = entities.records.count
        let edgeCount = graph.records.count
        for (links, edges) in zip(links, edges) {
            guard links.allSatisfy({ Int($0.entity) < entityCount }), edges.allSatisfy({ Int($0) < edgeCount }) else {
                throw ByteReader.OutOfBounds()
            }
        }
        let serials = links.count
        for record in entities.records where !record.articles.allSatisfy({ Int($0) < serials }) {
            throw ByteReader.OutOfBounds()
        }
        for record in graph.records where !record.reports.allSatisfy({ Int($0.serial) < serials }) {
            throw ByteReader.OutOfBounds()
        }
    }

    private static func uint32(_ reader: inout ByteReader) throws -> UInt32 {
        let value = try reader.varint()
        guard value <= UInt64(UInt32.max) else { throw ByteReader.OutOfBounds() }
        return UInt32(value)
    }

    private static func element<T>(_ all: [T], _ index: UInt8) throws -> T {
        guard Int(index) < all.count else { throw ByteReader.OutOfBounds() }
        return all[Int(index)]
    }
}
