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
    /// Changes with every write.
    var generation: UInt64 = 0

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
        let links = entities.add(serial: serial, seen: seen, entities: prepared.extraction.entities)
        let edges = graph.add(serial: serial, seen: seen, relations: prepared.extraction.relations)
        search.add(serial: serial, prepared.terms)
        let stored = StoredArticle(
            id: id, title: prepared.title, text: prepared.text, url: prepared.url, source: prepared.source,
            publishedAt: prepared.publishedAt, ingestedAt: ingestedAt, packedExtraction: prepared.packedExtraction,
            entityLinks: links, edges: edges, length: UInt32(prepared.terms.length))
        articles.append(stored)
        serials[id] = serial
        return stored
    }

    mutating func remove(serial: UInt32) {
        guard let stored = articles[Int(serial)] else { return }
        articles[Int(serial)] = nil
        serials[stored.id] = nil
        let remaining = articles
        entities.remove(serial: serial, links: stored.entityLinks) { remaining[Int($0)]?.seen ?? 0 }
        graph.remove(serial: serial, edges: stored.edges)
        search.remove(serial: serial, SearchIndex.TermCounts(title: stored.title, text: stored.text))
    }

    /// Alpha-3 for a country code given as alpha-3 or alpha-2, any case.
    func alpha3(_ code: String) -> String {
        let upper = code.uppercased()
        return upper.count == 2 ? entities.alpha3ByAlpha2[upper] ?? upper : upper
    }
}
