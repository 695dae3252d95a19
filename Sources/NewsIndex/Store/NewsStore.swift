import Dispatch
import Foundation
import NewsExtraction
import Synchronization

/// The in-memory index of articles, entities and country relations, made durable by a journal.
///
/// Many readers, one writer. Extraction runs outside the lock; an add or delete returns only after its
/// journal record is on disk, and concurrent writers share one fsync.
public final class NewsStore: Sendable {
    /// Reads an article's text; its publication date, where known, dates the people who act in it.
    public typealias Extract = @Sendable (_ text: String, _ publishedAt: Date?) -> Extraction

    let state: ReadWriteLock<IndexState>
    let journal: Journal?
    let extract: Extract
    let extractorVersion: Int
    let views: Mutex<CachedViews>
    /// Held while the search index catches up after replay.
    let searchCompletion = Mutex(())
    private let generationCounter: Atomic<UInt64>

    /// What opening the store found in the journal.
    public let openReport: OpenReport

    /// Opens a store. A `nil` directory keeps everything in memory only; otherwise the journal in the
    /// directory (created if absent) is replayed, and a damaged one throws `NewsStoreError.journalDamaged`.
    public init(
        directory: URL?, extractorVersion: Int = Extractor.version, extract: @escaping Extract = Extractor().extract,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        self.extract = extract
        self.extractorVersion = extractorVersion
        self.views = Mutex(CachedViews())
        var index = IndexState()
        if let directory {
            let opened = try Journal.open(
                directory: directory, extractorVersion: extractorVersion, extract: extract, into: &index, log: log)
            journal = opened.journal
            openReport = opened.report
        } else {
            journal = nil
            openReport = OpenReport()
        }
        generationCounter = Atomic(index.generation)
        state = ReadWriteLock(index)
        // Replay leaves full-text indexing to a background thread, so that the store opens fast.
        if !index.isSearchComplete {
            DispatchQueue.global(qos: .utility).async { [weak self] in self?.completeSearchIndex() }
        }
    }

    /// Writes the index snapshot beside the journal for everything the journal holds (at shutdown, so that the
    /// next start is fast); `false` when there is nothing to write or the index is not what the journal gives
    /// right now (a deletion on its way to the disk, a failed journal, a rewritten one).
    @discardableResult
    public func writeIndexSnapshot() throws -> Bool {
        guard let journal else { return false }
        let snapshot: IndexSnapshot? = try state.write { index in
            guard index.deletionsInFlight == 0, let coverage = try journal.flushedCoverage(), coverage.records > 0
            else { return nil }
            return IndexSnapshot(
                extractorVersion: extractorVersion, coverage: coverage, articles: index.articles,
                entities: index.entities, graph: index.graph)
        }
        guard let snapshot else { return false }
        try snapshot.write(besideJournal: journal.path)
        return true
    }

    /// Changes on every write, so that callers can cache what they computed from the store.
    public var generation: UInt64 { generationCounter.load(ordering: .acquiring) }

    /// Makes a new generation visible to `generation`; called under the write lock.
    func publish(_ generation: UInt64) { generationCounter.store(generation, ordering: .releasing) }
}

/// What opening a store found: how many records it replayed, and what it repaired.
public struct OpenReport: Sendable, Hashable {
    public var articles = 0
    public var deletions = 0
    /// Bytes of a torn last record that were cut off.
    public var truncatedBytes = 0
    /// Articles whose extraction was redone because the extractor version changed.
    public var rederived = 0
    /// Records whose entities and relations came from the index snapshot beside the journal, not from decoding.
    public var fromSnapshot = 0
    /// Whether the journal was rewritten with only the live articles.
    public var compacted = false
    public var seconds = 0.0

    public init() {}
}
