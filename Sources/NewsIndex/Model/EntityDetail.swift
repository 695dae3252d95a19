/// One entity with the articles that name it and the entities it appears with most.
public struct EntityDetail: Sendable, Hashable {
    public var summary: EntitySummary
    /// Newest first by ingestion (the order of the article list), at most the requested number.
    public var articleIDs: [String]
    /// Most shared articles first.
    public var cooccurring: [Cooccurrence]

    public init(summary: EntitySummary, articleIDs: [String], cooccurring: [Cooccurrence]) {
        self.summary = summary
        self.articleIDs = articleIDs
        self.cooccurring = cooccurring
    }
}

/// Another entity and the number of articles it shares with the one asked about.
public struct Cooccurrence: Sendable, Hashable {
    public var entity: EntitySummary
    public var articleCount: Int

    public init(entity: EntitySummary, articleCount: Int) {
        self.entity = entity
        self.articleCount = articleCount
    }
}
