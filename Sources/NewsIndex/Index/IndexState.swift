import Foundation
import NewsExtraction

/// Everything the store knows, guarded by the store's lock.
struct IndexState {
    /// By serial: the order of ingestion. Deleted articles leave `nil`.
    private(set) var articles: [StoredArticle?] = []
    private(set) var serials: [String: UInt32] = [:]
    private(set) var entities = EntityIndex()
    private(set) var graph = RelationGraph()
    private(set) var search = SearchIndex()
    /// The search index covers the articles below this serial; after replay it catches up in the background.
    private(set) var searchIndexed = 0
    /// Changes with every write.
    var generation: UInt64 = 0
    /// Deletions whose record is in the journal but whose article is still here (they wait for the disk): while
    /// there are any, the index is not what replaying the journal gives, and no snapshot is taken of it.
    var deletionsInFlight = 0

    var articleCount: Int { serials.count }

    func stored(_ serial: UInt32) -> StoredArticle? { articles[Int(serial)] }

    func serial(of id: String) -> UInt32? { serials[id] }

    /// The stored article with this text, or else the id a new one gets: a hash of the text,
    /// salted again on the (unlikely) collision with a different text.
    func locate(text: String) -> (existing: UInt32?, freeID: String) {
        var salt: UInt8 = 0
        while true {
            let id = Base32.encode(StableHash.of(text, salt: salt))
            guard let serial = serials[id] else { return (nil, id) }
            if articles[Int(serial)]?.text == text { return (serial, id) }
            salt &+= 1
        }
    }

    @discardableResult
    mutating func insert(_ prepared: PreparedArticle, id: String, ingestedAt: Date) -> StoredArticle {
        let serial = UInt32(articles.count)
        let seen = (prepared.publishedAt ?? ingestedAt).timeIntervalSinceReferenceDate
        let links = entities.add(serial: serial, seen: seen, entities: prepared.facts.entities)
        let edges = graph.add(serial: serial, seen: seen, relations: prepared.facts.relations)
        if let terms = prepared.terms, searchIndexed == Int(serial) {
            search.add(serial: serial, terms)
            searchIndexed += 1
        }
        let stored = StoredArticle(
            id: id, title: prepared.title, text: prepared.text, url: prepared.url, source: prepared.source,
            publishedAt: prepared.publishedAt, ingestedAt: ingestedAt, packedExtraction: prepared.packedExtraction,
            entityLinks: links, edges: edges)
        articles.append(stored)
        serials[id] = serial
        return stored
    }

    /// Replay under a snapshot: the article only, with the links and edges the snapshot kept for its serial;
    /// the entity index and the graph come whole from the snapshot afterwards (`install`).
    mutating func insertReplayed(
        _ prepared: PreparedArticle, id: String, ingestedAt: Date, links: [EntityIndex.Link], edges: [UInt32]
    ) {
        let stored = StoredArticle(
            id: id, title: prepared.title, text: prepared.text, url: prepared.url, source: prepared.source,
            publishedAt: prepared.publishedAt, ingestedAt: ingestedAt, packedExtraction: prepared.packedExtraction,
            entityLinks: links, edges: edges)
        serials[id] = UInt32(articles.count)
        articles.append(stored)
    }

    /// Replay under a snapshot: a deletion, whose effect on entities and graph the snapshot already holds.
    mutating func removeReplayed(serial: UInt32) {
        guard let stored = articles[Int(serial)] else { return }
        articles[Int(serial)] = nil
        serials[stored.id] = nil
    }

    /// The entity index and graph of a snapshot, once the articles it covers are replayed.
    mutating func install(entities: EntityIndex, graph: RelationGraph) {
        self.entities = entities
        self.graph = graph
    }

    mutating func remove(serial: UInt32) {
        guard let stored = articles[Int(serial)] else { return }
        articles[Int(serial)] = nil
        serials[stored.id] = nil
        let remaining = articles
        entities.remove(serial: serial, links: stored.entityLinks) { remaining[Int($0)]?.seen ?? 0 }
        graph.remove(serial: serial, edges: stored.edges)
        if Int(serial) < searchIndexed {
            search.remove(serial: serial, SearchIndex.TermCounts(title: stored.title, text: stored.text))
        }
    }

    var isSearchComplete: Bool { searchIndexed == articles.count }

    /// Articles the search index lacks, from serial `start` on: a range of serials and the live articles in it.
    func searchBacklog(from start: Int, limit: Int)
        -> (serials: Range<Int>, articles: [(serial: UInt32, title: String?, text: String)])
    {
        let lower = max(start, searchIndexed)
        let serials = lower..<max(lower, min(lower + limit, articles.count))
        return (serials, serials.compactMap { serial in articles[serial].map { (UInt32(serial), $0.title, $0.text) } })
    }

    /// Indexes a backlog counted outside the lock, unless someone else indexed it first.
    mutating func indexSearch(_ serials: Range<Int>, _ counts: [(serial: UInt32, terms: SearchIndex.TermCounts)]) {
        guard serials.lowerBound == searchIndexed else { return }
        for (serial, terms) in counts where articles[Int(serial)] != nil {
            search.add(serial: serial, terms)
        }
        searchIndexed = serials.upperBound
    }

    /// Alpha-3 for a country code given as alpha-3 or alpha-2, any case.
    func alpha3(_ code: String) -> String {
        let upper = code.uppercased()
        return upper.count == 2 ? entities.alpha3ByAlpha2[upper] ?? upper : upper
    }
}
