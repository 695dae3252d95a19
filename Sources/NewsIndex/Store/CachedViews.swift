/// What the store computed from one generation of its state, kept until the next write.
struct CachedViews {
    var generation: UInt64 = .max
    var entityOrders: [EntityQuery.Sort: [UInt32]] = [:]
    /// Edge numbers, most reported first.
    private var edgeOrder: [Int]?
    /// The summary of each edge by number, with the edge's version when it was made: these outlive a
    /// generation, so that after a write only the edges it touched are summarized again.
    private var edgeSummaries: [(version: UInt64, summary: IndexState.EdgeSummary?)] = []

    mutating func forget(unless generation: UInt64) {
        guard generation != self.generation else { return }
        self.generation = generation
        entityOrders = [:]
        edgeOrder = nil
    }

    /// The first `limit` edges of `index` that `filter` matches, most reported first, summarizing again
    /// only the edges that changed since the last call.
    mutating func edges(_ index: IndexState, matching filter: IndexState.EdgeFilter, limit: Int)
        -> [IndexState.EdgeSummary]
    {
        let order = edgeOrder ?? sortedEdges(index)
        edgeOrder = order
        var result: [IndexState.EdgeSummary] = []
        for number in order where result.count < limit {
            if let summary = edgeSummaries[number].summary, filter.matches(summary.key) { result.append(summary) }
        }
        return result
    }

    private mutating func sortedEdges(_ index: IndexState) -> [Int] {
        let everything = IndexState.EdgeFilter()
        for (number, record) in index.graph.records.enumerated() {
            if number == edgeSummaries.count {
                edgeSummaries.append((record.version, index.summarize(record, everything)))
            } else if edgeSummaries[number].version != record.version {
                edgeSummaries[number] = (record.version, index.summarize(record, everything))
            }
        }
        // Sort plain numbers by the keys first, and compare whole summaries only on ties.
        struct SortKey {
            var count: Int
            var articleCount: Int
            var lastSeen: Double
            var number: Int
        }
        var keys: [SortKey] = []
        keys.reserveCapacity(edgeSummaries.count)
        for (number, entry) in edgeSummaries.enumerated() {
            guard let summary = entry.summary else { continue }
            keys.append(
                SortKey(
                    count: summary.count, articleCount: summary.articleCount, lastSeen: summary.lastSeen, number: number
                ))
        }
        let summaries = edgeSummaries
        keys.sort { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.articleCount != b.articleCount { return a.articleCount > b.articleCount }
            if a.lastSeen != b.lastSeen { return a.lastSeen > b.lastSeen }
            return IndexState.EdgeSummary.isMoreReported(summaries[a.number].summary!, summaries[b.number].summary!)
        }
        return keys.map(\.number)
    }
}
