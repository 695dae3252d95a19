/// What the store computed from one generation of its state, kept until the next write.
struct CachedViews {
    var generation: UInt64 = .max
    var entityOrders: [EntityQuery.Sort: [UInt32]] = [:]
    /// Every edge, most reported first.
    var edges: [IndexState.EdgeSummary]?
    /// The summary of each edge by number, with the edge's version when it was made: these outlive a
    /// generation, so that after a write only the edges it touched are summarized again.
    private var edgeSummaries: [(version: UInt64, summary: IndexState.EdgeSummary?)] = []

    mutating func forget(unless generation: UInt64) {
        guard generation != self.generation else { return }
        self.generation = generation
        entityOrders = [:]
        edges = nil
    }

    /// Every edge of `index`, most reported first, summarizing again only the edges that changed.
    mutating func allEdges(_ index: IndexState) -> [IndexState.EdgeSummary] {
        if let edges { return edges }
        let everything = IndexState.EdgeFilter()
        for (number, record) in index.graph.records.enumerated() {
            if number == edgeSummaries.count {
                edgeSummaries.append((record.version, index.summarize(record, everything)))
            } else if edgeSummaries[number].version != record.version {
                edgeSummaries[number] = (record.version, index.summarize(record, everything))
            }
        }
        let sorted = edgeSummaries.compactMap(\.summary).sorted(by: IndexState.EdgeSummary.isMoreReported)
        edges = sorted
        return sorted
    }
}
