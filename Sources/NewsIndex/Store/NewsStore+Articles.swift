import Dispatch
import Foundation
import NewsExtraction
import Synchronization

extension NewsStore {
    /// Stores an article, or returns the stored one with `created == false` when its text is already here.
    ///
    /// Returns after the journal record is on disk.
    public func add(_ draft: ArticleDraft) throws -> (article: Article, created: Bool) {
        try addBatch([draft])[0]
    }

    /// Stores many articles under one lock and one fsync; the results come in the order of the drafts.
    ///
    /// When the journal fails, the articles this call inserted are taken out again before it throws.
    public func addBatch(_ drafts: [ArticleDraft]) throws -> [(article: Article, created: Bool)] {
        guard drafts.allSatisfy(\.hasText) else { throw NewsStoreError.emptyText }
        let known = state.read { index in drafts.map { index.locate(text: $0.text).existing != nil } }
        let prepared = prepare(drafts, skipping: known)
        let ingestedAt = Date()
        var results: [(article: Article, created: Bool)] = []
        var inserted: [UInt32] = []
        do {
            let ticket = try state.write { index in
                defer { publish(index.generation) }
                for (position, draft) in drafts.enumerated() {
                    let (existing, freeID) = index.locate(text: draft.text)
                    if let existing, let stored = index.stored(existing) {
                        results.append((stored.article(), false))
                        continue
                    }
                    // Prepared outside the lock unless the text was deleted in between.
                    let article =
                        prepared[position] ?? PreparedArticle(draft, extraction: extract(draft.text, draft.publishedAt))
                    _ = try journal?.append(
                        .article(
                            .init(
                                extractorVersion: extractorVersion, id: freeID, ingestedAt: ingestedAt,
                                publishedAt: article.publishedAt, title: article.title, url: article.url,
                                source: article.source, text: article.text,
                                packedExtraction: article.packedExtraction)))
                    inserted.append(UInt32(index.articles.count))
                    let stored = index.insert(article, id: freeID, ingestedAt: ingestedAt)
                    // New articles are prepared with their extraction; only replay prepares without one.
                    results.append((stored.article(extraction: article.extraction!), true))
                    index.generation += 1
                }
                return journal?.lastTicket
            }
            if let journal, let ticket { try journal.waitUntilDurable(ticket) }
        } catch {
            if !inserted.isEmpty { roll(back: inserted) }
            throw error
        }
        return results
    }

    /// Takes out articles whose journal records never reached the disk.
    private func roll(back serials: [UInt32]) {
        state.write { index in
            for serial in serials { index.remove(serial: serial) }
            index.generation += 1
            publish(index.generation)
        }
    }

    /// Extraction and the other work an add can do before it takes the lock, on every core for a batch.
    private func prepare(_ drafts: [ArticleDraft], skipping known: [Bool]) -> [PreparedArticle?] {
        let extract = self.extract
        guard drafts.count > 1 else {
            return drafts.indices.map {
                known[$0]
                    ? nil : PreparedArticle(drafts[$0], extraction: extract(drafts[$0].text, drafts[$0].publishedAt))
            }
        }
        let prepared = Mutex([PreparedArticle?](repeating: nil, count: drafts.count))
        DispatchQueue.concurrentPerform(iterations: drafts.count) { position in
            guard !known[position] else { return }
            let article = PreparedArticle(
                drafts[position], extraction: extract(drafts[position].text, drafts[position].publishedAt))
            prepared.withLock { $0[position] = article }
        }
        return prepared.withLock { $0 }
    }

    public func article(id: String) -> Article? {
        let stored = state.read { index in index.serial(of: id).flatMap(index.stored) }
        return stored?.article()
    }

    /// Removes the article and everything derived from it; `false` when there is no such article.
    ///
    /// Returns after the deletion is on disk.
    public func delete(id: String) throws -> Bool {
        let ticket: UInt64? = try state.write { index in
            guard index.serial(of: id) != nil else { return nil }
            let ticket = try journal?.append(.deletion(id: id)) ?? 0
            index.deletionsInFlight += 1
            return ticket
        }
        guard let ticket else { return false }
        // Only a durable deletion takes the article away: when the write fails, the client hears so and the
        // article stays, as it will after a restart.
        try journal?.waitUntilDurable(ticket)
        state.write { index in
            index.deletionsInFlight -= 1
            guard let serial = index.serial(of: id) else { return }  // a concurrent delete of the same article
            index.remove(serial: serial)
            index.generation += 1
            publish(index.generation)
        }
        return true
    }

    /// Searches or lists articles; throws `NewsStoreError.invalidCursor` for a cursor it did not hand out.
    public func articles(_ query: ArticleQuery) throws -> Page<Article> {
        if let q = query.q, !q.isEmpty, !state.read({ $0.isSearchComplete }) { completeSearchIndex() }
        let (stored, nextCursor) = try state.read { index in
            let page = try index.articlePage(query)
            return (page.serials.compactMap(index.stored), page.nextCursor)
        }
        return Page(items: stored.map { $0.article() }, nextCursor: nextCursor)
    }

    /// Brings the search index up to date after replay, a batch at a time: terms of the next batch are counted
    /// outside the lock while the last batch is indexed under it. One caller at a time; the others wait for it.
    func completeSearchIndex() {
        searchCompletion.withLock { _ in
            var counted: (serials: Range<Int>, counts: [(serial: UInt32, terms: SearchIndex.TermCounts)])?
            var next = 0
            while true {
                let backlog = state.read { $0.searchBacklog(from: next, limit: 1_024) }
                guard !backlog.serials.isEmpty || counted != nil else { return }
                var counts: [(serial: UInt32, terms: SearchIndex.TermCounts)] = []
                inParallel {
                    if let counted { state.write { $0.indexSearch(counted.serials, counted.counts) } }
                } and: {
                    counts = backlog.articles.map {
                        (serial: $0.serial, terms: SearchIndex.TermCounts(title: $0.title, text: $0.text))
                    }
                }
                counted = backlog.serials.isEmpty ? nil : (backlog.serials, counts)
                next = backlog.serials.upperBound
            }
        }
    }

    public var stats: StoreStats {
        state.read { index in
            StoreStats(
                articles: index.articleCount, entities: index.entities.liveCount, relations: index.graph.reportCount,
                edges: index.graph.liveEdgeCount, generation: index.generation)
        }
    }
}
