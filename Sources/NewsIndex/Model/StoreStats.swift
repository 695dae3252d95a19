/// Sizes of the store, for /metrics.
public struct StoreStats: Sendable, Hashable {
    public var articles: Int
    public var entities: Int
    /// Relations of all stored articles.
    public var relations: Int
    /// Aggregated (source, target, type) edges.
    public var edges: Int
    public var generation: UInt64

    public init(articles: Int, entities: Int, relations: Int, edges: Int, generation: UInt64) {
        self.articles = articles
        self.entities = entities
        self.relations = relations
        self.edges = edges
        self.generation = generation
    }
}
