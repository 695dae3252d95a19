/// What the store computed from one generation of its state, kept until the next write.
struct CachedViews {
    var generation: UInt64 = .max
    var entityOrders: [EntityQuery.Sort: [UInt32]] = [:]
    /// Every edge, most reported first.
    var edges: [IndexState.EdgeSummary]?

    mutating func forget(unless generation: UInt64) {
        if generation != self.generation { self = CachedViews(generation: generation) }
    }
}
