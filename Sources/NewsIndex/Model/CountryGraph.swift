/// The country graph: countries at either end of the edges, and the edges.
public struct CountryGraph: Sendable, Hashable {
    public var nodes: [CountryNode]
    public var edges: [Edge]

    public init(nodes: [CountryNode], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }
}

/// A country of the graph with how much the corpus names it.
public struct CountryNode: Sendable, Hashable {
    /// Alpha-3.
    public var id: String
    public var name: String
    public var iso2: String?
    public var articleCount: Int
    public var mentionCount: Int

    public init(id: String, name: String, iso2: String?, articleCount: Int, mentionCount: Int) {
        self.id = id
        self.name = name
        self.iso2 = iso2
        self.articleCount = articleCount
        self.mentionCount = mentionCount
    }
}
