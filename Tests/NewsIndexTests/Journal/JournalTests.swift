import Foundation
import NewsExtraction
import Synchronization
import Testing

@testable import NewsIndex

@Suite struct JournalTests {
    let drafts = [
        ArticleDraft(
            text: "Russia attacked Ukraine. Vladimir Putin spoke.", title: "One",
            publishedAt: TestStores.date("2024-03-01")),
        ArticleDraft(text: "Iran supplied drones to Russia.", url: "https://example.com/2", source: "Wire"),
        ArticleDraft(text: "France met Iran. Ukraine sanctioned Russia.", publishedAt: TestStores.date("2024-05-01")),
    ]

    func journalPath(_ directory: URL) -> String { directory.appendingPathComponent(Journal.fileName).path }

    /// Offsets of the records in a journal file.
    func recordOffsets(_ directory: URL) throws -> [Int] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: journalPath(directory))))
        let format = JournalFormat.current
        var offsets: [Int] = []
        var offset = format.magic.count
        while offset + format.headerSize <= bytes.count {
            offsets.append(offset)
            let length = bytes[offset + 4..<offset + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
            offset += format.headerSize + length
        }
        return offsets
    }

    /// Opens the store expecting `journalDamaged`; returns its offset and reason.
    func damage(_ directory: URL) throws -> (offset: Int, reason: String)? {
        do {
            _ = try TestStores.open(directory)
        } catch NewsStoreError.journalDamaged(let file, let offset, let reason) {
            #expect(file == journalPath(directory))
            return (offset, reason)
        }
        return nil
    }

    /// Everything a reader can see, for comparing two stores.
    func snapshot(_ store: NewsStore) throws -> String {
        let articles = try store.articles(ArticleQuery(limit: 1000)).items
        let entities = try store.entities(EntityQuery(limit: 1000)).items
        return
            "\(articles)\n\(entities)\n\(store.relationships(RelationshipFilter()))\n\(store.events(RelationshipFilter()))"
    }

    @Test func replayRebuildsTheSameStore() throws {
        try TestStores.withDirectory { directory in
            let expected: String
            do {
                let store = try TestStores.open(directory)
                for draft in drafts { _ = try store.add(draft) }
                let extra = try store.add(ArticleDraft(text: "Gone soon.")).article
                #expect(try store.delete(id: extra.id))
                expected = try snapshot(store)
            }
            let reopened = try TestStores.open(directory)
            #expect(try snapshot(reopened) == expected)
            #expect(reopened.openReport.articles == 3)
            #expect(reopened.openReport.deletions == 1)
            #expect(reopened.openReport.truncatedBytes == 0)
            #expect(reopened.openReport.rederived == 0)
            // New writes go after the replayed ones and survive another restart.
            _ = try reopened.add(ArticleDraft(text: "After the restart."))
            #expect(try TestStores.open(directory).stats.articles == 4)
        }
    }

    /// The snapshot a start writes in the background, once it covers `records` records.
    func waitForSnapshot(_ directory: URL, records: Int, notChain: UInt32? = nil) throws -> IndexSnapshot {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let snapshot = IndexSnapshot.read(besideJournal: journalPath(directory), extractorVersion: 1),
                snapshot.coverage.records == records, snapshot.coverage.chain != notChain
            {
                return snapshot
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw CancellationError()
    }

    /// A start writes a snapshot of what it replayed; the next start takes the prefix it covers from it and
    /// replays the rest, and the store reads exactly as one replayed from the journal alone.
    @Test func aSnapshotCoversThePrefixAndTheRestIsReplayed() throws {
        // Few enough dead records that no start rewrites the journal (which would drop the snapshot).
        let more = (1...6).map { ArticleDraft(text: "Report \($0): Iran supplied drones to Russia.") }
        try TestStores.withDirectory { directory in
            do {
                let store = try TestStores.open(directory)
                for draft in drafts.prefix(2) + more { _ = try store.add(draft) }
                #expect(try store.delete(id: try store.add(ArticleDraft(text: "Gone soon.")).article.id))
            }
            let expected: String
            do {
                let store = try TestStores.open(directory)
                #expect(store.openReport.fromSnapshot == 0)
                _ = try waitForSnapshot(directory, records: 10)
                _ = try store.add(drafts[2])
                _ = try store.add(ArticleDraft(text: "Ukraine sanctioned Iran."))
                expected = try snapshot(store)
            }
            let reopened = try TestStores.open(directory)
            #expect(reopened.openReport.fromSnapshot == 10)
            #expect(reopened.openReport.deletions == 1)
            #expect(reopened.openReport.articles == 10)
            #expect(try snapshot(reopened) == expected)
            _ = try waitForSnapshot(directory, records: 12)
            #expect(try TestStores.open(directory).openReport.fromSnapshot == 12)
            // Without the snapshot: the same store.
            unlink(IndexSnapshot.path(besideJournal: journalPath(directory)))
            let replayed = try TestStores.open(directory)
            #expect(replayed.openReport.fromSnapshot == 0)
            #expect(try snapshot(replayed) == expected)
        }
    }

    /// At shutdown the server writes a snapshot of everything the journal holds, so the next start replays none
    /// of it the slow way.
    @Test func aSnapshotAtShutdownCoversTheWholeJournal() throws {
        try TestStores.withDirectory { directory in
            let expected: String
            do {
                let store = try TestStores.open(directory)
                for draft in drafts { _ = try store.add(draft) }
                _ = try store.add(ArticleDraft(text: "Gone soon."))
                #expect(try store.delete(id: try store.articles(ArticleQuery(limit: 1)).items[0].id))
                _ = try store.add(ArticleDraft(text: "Chile met Peru."))
                #expect(try store.writeIndexSnapshot())
                expected = try snapshot(store)
            }
            let reopened = try TestStores.open(directory)
            #expect(reopened.openReport.fromSnapshot == 6)
            #expect(try snapshot(reopened) == expected)
            #expect(try TestStores.inMemory().writeIndexSnapshot() == false)
        }
    }

    /// A snapshot that does not describe the journal (another journal's, or damaged) only means a slower start.
    @Test func aSnapshotThatDoesNotFitIsIgnored() throws {
        try TestStores.withDirectory { directory in
            try TestStores.withDirectory { other in
                do {
                    let store = try TestStores.open(directory)
                    for draft in drafts { _ = try store.add(draft) }
                    let otherStore = try TestStores.open(other)
                    for draft in drafts.reversed() { _ = try otherStore.add(draft) }
                }
                let expected = try snapshot(try TestStores.open(directory))
                _ = try TestStores.open(other)
                _ = try waitForSnapshot(directory, records: 3)
                let theirChain = try waitForSnapshot(other, records: 3).coverage.chain
                let mine = IndexSnapshot.path(besideJournal: journalPath(directory))
                let theirs = IndexSnapshot.path(besideJournal: journalPath(other))
                // The other journal's snapshot: same number of records, other checksums.
                unlink(mine)
                #expect(link(theirs, mine) == 0)
                let messages = Mutex<[String]>([])
                let store = try TestStores.open(directory) { message in messages.withLock { $0.append(message) } }
                #expect(store.openReport.fromSnapshot == 0)
                #expect(try snapshot(store) == expected)
                #expect(messages.withLock { $0.contains { $0.contains("snapshot does not match") } })
                // A damaged one does not even read. (The start above wrote a good one again.)
                _ = try waitForSnapshot(directory, records: 3, notChain: theirChain)
                var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: mine)))
                bytes[bytes.count / 2] ^= 0x40
                try Data(bytes).write(to: URL(fileURLWithPath: mine))
                #expect(IndexSnapshot.read(besideJournal: journalPath(directory), extractorVersion: 1) == nil)
                #expect(try TestStores.open(directory).openReport.fromSnapshot == 0)
            }
        }
    }

    @Test func searchCatchesUpAfterReplay() throws {
        try TestStores.withDirectory { directory in
            do {
                let store = try TestStores.open(directory)
                for draft in drafts { _ = try store.add(draft) }
            }
            let reopened = try TestStores.open(directory)
            let doomed = try #require(try reopened.articles(ArticleQuery(limit: 1)).items.first)
            #expect(try reopened.delete(id: doomed.id))
            let added = try reopened.add(ArticleDraft(text: "Russia met France.")).article
            let found = try reopened.articles(ArticleQuery(q: "russia", limit: 10)).items.map(\.id)
            // Every live article names Russia; the deleted one is not found.
            let live = try reopened.articles(ArticleQuery(limit: 10)).items.map(\.id)
            #expect(live.count == 3 && live.contains(added.id) && !live.contains(doomed.id))
            #expect(Set(found) == Set(live))
            #expect(reopened.state.read { $0.isSearchComplete })
            #expect(reopened.state.read { $0.search.documentCount } == 3)
        }
    }

    @Test func aTornLastRecordIsCutOff() throws {
        try TestStores.withDirectory { directory in
            do {
                let store = try TestStores.open(directory)
                for draft in drafts { _ = try store.add(draft) }
            }
            let path = journalPath(directory)
            let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            let lastOffset = try #require(recordOffsets(directory).last)
            #expect(truncate(path, off_t(size - 5)) == 0)
            let messages = Mutex<[String]>([])
            let store = try TestStores.open(directory) { message in messages.withLock { $0.append(message) } }
            #expect(store.stats.articles == 2)
            #expect(store.openReport.truncatedBytes == size - 5 - lastOffset)
            #expect(messages.withLock { $0.contains { $0.contains("torn") && $0.contains("\(lastOffset)") } })
            let after = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            #expect(after == lastOffset)
            // The lost article can be added again, and everything survives the next start.
            #expect(try store.add(drafts[2]).created)
            #expect(try TestStores.open(directory).stats.articles == 3)
        }
    }

    @Test func aZeroFilledTailIsTorn() throws {
        try TestStores.withDirectory { directory in
            do { _ = try TestStores.open(directory).add(drafts[0]) }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journalPath(directory)))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(count: 4096))
            try handle.close()
            let store = try TestStores.open(directory)
            #expect(store.stats.articles == 1)
            #expect(store.openReport.truncatedBytes == 4096)
        }
    }

    @Test func aBadChecksumInTheMiddleStopsTheStart() throws {
        try TestStores.withDirectory { directory in
            do {
                let store = try TestStores.open(directory)
                for draft in drafts { _ = try store.add(draft) }
            }
            let offsets = try recordOffsets(directory)
            let url = URL(fileURLWithPath: journalPath(directory))
            var bytes = try Data(contentsOf: url)
            bytes[offsets[1] + 20] ^= 0xff
            try bytes.write(to: url)
            let found = try #require(try damage(directory))
            #expect(found.offset == offsets[1])
            #expect(found.reason.contains("CRC") && found.reason.contains("\(offsets[2])"))
            // Nothing was cut: the damage is left for a person to look at.
            #expect(try Data(contentsOf: url) == bytes)
        }
    }

    /// A damaged length makes the record look cut short, like a torn tail; the valid record after it tells.
    @Test(arguments: [UInt32(3), 0, 0x00ff_ffff])
    func aDamagedLengthInTheMiddleStopsTheStart(length: UInt32) throws {
        try TestStores.withDirectory { directory in
            do {
                let store = try TestStores.open(directory)
                for draft in drafts { _ = try store.add(draft) }
            }
            let offsets = try recordOffsets(directory)
            let url = URL(fileURLWithPath: journalPath(directory))
            var bytes = try Data(contentsOf: url)
            withUnsafeBytes(of: length.littleEndian) {
                bytes.replaceSubrange(offsets[1] + 4..<offsets[1] + 8, with: $0)
            }
            try bytes.write(to: url)
            let found = try #require(try damage(directory))
            #expect(found.offset == offsets[1])
            #expect(found.reason.contains("valid record follows at offset \(offsets[2])"))
            #expect(try Data(contentsOf: url) == bytes)
        }
    }

    @Test func aBadChecksumInTheLastRecordIsATornTail() throws {
        try TestStores.withDirectory { directory in
            do {
                let store = try TestStores.open(directory)
                for draft in drafts { _ = try store.add(draft) }
            }
            let lastOffset = try #require(recordOffsets(directory).last)
            let url = URL(fileURLWithPath: journalPath(directory))
            var bytes = try Data(contentsOf: url)
            bytes[bytes.count - 3] ^= 0xff
            try bytes.write(to: url)
            let store = try TestStores.open(directory)
            #expect(store.stats.articles == 2)
            #expect(store.openReport.truncatedBytes == bytes.count - lastOffset)
        }
    }

    /// Replay decodes in batches on another thread; damage deep in the file is still found where it is.
    @Test func replaySpansManyBatches() throws {
        try TestStores.withDirectory { directory in
            let expected: String
            do {
                let store = try TestStores.open(directory)
                _ = try store.addBatch((0..<1_500).map { ArticleDraft(text: "Russia met France, round \($0).") })
                expected = try snapshot(store)
            }
            let reopened = try TestStores.open(directory)
            #expect(reopened.openReport.articles == 1_500)
            #expect(try snapshot(reopened) == expected)
            let offsets = try recordOffsets(directory)
            let url = URL(fileURLWithPath: journalPath(directory))
            var bytes = try Data(contentsOf: url)
            bytes[offsets[1_200] + 16] ^= 0x01
            try bytes.write(to: url)
            #expect(try damage(directory)?.offset == offsets[1_200])
        }
    }

    /// Files written before format 2 open, and are rewritten in format 2.
    @Test func aFormatOneJournalOpensAndIsRewritten() throws {
        try TestStores.withDirectory { directory in
            let legacy = JournalFormat(version: 1)
            let ids = drafts.map { Base32.encode(StableHash.of($0.text, salt: 0)) }
            var bytes = legacy.magic
            for (draft, id) in zip(drafts, ids) {
                let record = JournalRecord.article(
                    .init(
                        extractorVersion: 1, id: id, ingestedAt: TestStores.date("2024-06-01"),
                        publishedAt: draft.publishedAt, title: draft.title, url: draft.url, source: draft.source,
                        text: draft.text,
                        packedExtraction: ExtractionCodec.encode(
                            TestStores.extractor.extract(draft.text), text: draft.text)
                    ))
                bytes += legacy.frame(record.payload)
            }
            bytes += legacy.frame(JournalRecord.deletion(id: ids[1]).payload)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: journalPath(directory)))
            let store = try TestStores.open(directory)
            #expect(store.stats.articles == 2)
            #expect(store.openReport.compacted)
            #expect(store.article(id: ids[0])?.extraction == TestStores.extractor.extract(drafts[0].text))
            #expect(store.article(id: ids[1]) == nil)
            let rewritten = try Data(contentsOf: URL(fileURLWithPath: journalPath(directory)))
            #expect(Array(rewritten.prefix(8)) == JournalFormat.current.magic)
            _ = try store.add(drafts[1])
            let reopened = try TestStores.open(directory)
            #expect(!reopened.openReport.compacted)
            #expect(try snapshot(reopened) == (try snapshot(store)))
        }
    }

    /// A write that fails (here: ENOSPC from /dev/full) leaves no trace of the article, and the store
    /// takes no more writes.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFailedWriteLeavesNoArticle() throws {
        try TestStores.withDirectory { directory in
            let store = try TestStores.open(directory)
            _ = try store.add(drafts[0])
            let before = try snapshot(store)
            let full = open("/dev/full", O_WRONLY | O_CLOEXEC)
            #expect(full >= 0)
            try #require(store.journal).replaceDescriptor(with: full)
            #expect(throws: NewsStoreError.io(file: journalPath(directory), operation: "write", errno: ENOSPC)) {
                try store.addBatch(Array(drafts[1...]))
            }
            #expect(try snapshot(store) == before)
            #expect(try store.articles(ArticleQuery(q: "drones")).items.isEmpty)
            #expect(store.stats.articles == 1)
            #expect(throws: NewsStoreError.journalUnavailable) { try store.add(drafts[2]) }
            #expect(store.stats.articles == 1)
        }
    }

    /// A deletion whose write fails takes nothing away: the article stays, as it will after a restart.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFailedDeletionLeavesTheArticle() throws {
        try TestStores.withDirectory { directory in
            let store = try TestStores.open(directory)
            let article = try store.add(drafts[0]).article
            let before = try snapshot(store)
            let full = open("/dev/full", O_WRONLY | O_CLOEXEC)
            #expect(full >= 0)
            try #require(store.journal).replaceDescriptor(with: full)
            #expect(throws: NewsStoreError.self) { try store.delete(id: article.id) }
            #expect(try snapshot(store) == before)
            #expect(try TestStores.open(directory).stats.articles == 1)
        }
    }

    @Test func anEmptyFileOpensAnEmptyStore() throws {
        try TestStores.withDirectory { directory in
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: journalPath(directory), contents: Data()))
            let store = try TestStores.open(directory)
            #expect(store.stats.articles == 0)
            _ = try store.add(drafts[0])
            #expect(try TestStores.open(directory).stats.articles == 1)
        }
    }

    @Test func aForeignFileIsRefused() throws {
        try TestStores.withDirectory { directory in
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: journalPath(directory), contents: Data("hello, world".utf8)))
            #expect(
                throws: NewsStoreError.journalDamaged(
                    file: journalPath(directory), offset: 0, reason: "not a NewsGraph journal")
            ) {
                try TestStores.open(directory)
            }
        }
    }

    @Test func aNewExtractorVersionReDerives() throws {
        try TestStores.withDirectory { directory in
            do {
                // Version 1 stored nothing for these articles.
                let store = try NewsStore(
                    directory: directory, extractorVersion: 1,
                    extract: { _, _ in Extraction(sentences: [], entities: [], relations: []) })
                for draft in drafts { _ = try store.add(draft) }
                #expect(store.stats.entities == 0)
            }
            let upgraded = try TestStores.open(directory, version: 2)
            #expect(upgraded.openReport.rederived == 3)
            #expect(upgraded.openReport.compacted)
            #expect(upgraded.relationships(RelationshipFilter()).count == 4)
            let article = try #require(try upgraded.articles(ArticleQuery(q: "drones")).items.first)
            #expect(article.extraction == TestStores.extractor.extract(article.text))
            // The rewritten journal carries version 2: the next start re-derives nothing.
            let again = try TestStores.open(directory, version: 2)
            #expect(again.openReport.rederived == 0)
            #expect(try snapshot(again) == (try snapshot(upgraded)))
        }
    }

    @Test func manyDeletionsCompactTheJournal() throws {
        try TestStores.withDirectory { directory in
            let expected: String
            do {
                let store = try TestStores.open(directory)
                let ids = try (0..<20).map {
                    try store.add(ArticleDraft(text: "Russia attacked Ukraine \($0) times.")).article.id
                }
                for id in ids.prefix(15) { _ = try store.delete(id: id) }
                expected = try snapshot(store)
            }
            let compacted = try TestStores.open(directory)
            #expect(compacted.openReport.compacted)
            #expect(try recordOffsets(directory).count == 5)
            #expect(try snapshot(compacted) == expected)
            #expect(try snapshot(TestStores.open(directory)) == expected)
        }
    }

    /// 64 threads released at once: while one writer syncs, the others queue behind it and share the next sync.
    /// Swift's cooperative pool has one thread per core, too few to make writers overlap, so these are threads.
    @Test func concurrentAddsShareFsyncs() throws {
        try TestStores.withDirectory { directory in
            let store = try TestStores.open(directory)
            let writers = 64
            let start = DispatchSemaphore(value: 0)
            let done = DispatchGroup()
            for number in 0..<writers {
                done.enter()
                Thread.detachNewThread {
                    start.wait()
                    _ = try? store.add(ArticleDraft(text: "Concurrent report \(number)."))
                    done.leave()
                }
            }
            for _ in 0..<writers { start.signal() }
            done.wait()
            #expect(store.stats.articles == writers)
            #expect(try #require(store.journal).syncCount < writers)
            _ = try store.addBatch((0..<10).map { ArticleDraft(text: "Batch \($0).") })
            #expect(try TestStores.open(directory).stats.articles == writers + 10)
        }
    }

    @Test func aBatchIsOneFsync() throws {
        try TestStores.withDirectory { directory in
            let store = try TestStores.open(directory)
            let journal = try #require(store.journal)
            let before = journal.syncCount
            let results = try store.addBatch((0..<25).map { ArticleDraft(text: "Batch article \($0 % 20).") })
            #expect(journal.syncCount == before + 1)
            #expect(results.filter(\.created).count == 20)
            #expect(results[20].article == results[0].article)
        }
    }
}
