import Foundation
import NewsExtraction

extension NewsStore {
    /// Aggregated edges, most reported first: at most `limit` of them, each with its best `evidenceLimit`
    /// (at most 5) reports.
    public func relationships(_ filter: RelationshipFilter, evidenceLimit: Int = 3, limit: Int? = nil) -> [Edge] {
        state.read { index in
            let edgeFilter = index.edgeFilter(filter)
            let limit = max(0, limit ?? .max)
            let summaries: [IndexState.EdgeSummary]
            if edgeFilter.hasDates {
                summaries = Array(index.edgeSummaries(edgeFilter).prefix(limit))
            } else {
                // Without dates an edge is the same whatever else the filter says: take it from the cache.
                summaries = views.withLock { views in
                    views.forget(unless: index.generation)
                    return views.edges(index, matching: edgeFilter, limit: limit)
                }
            }
            return summaries.map { index.edge($0, evidenceLimit: evidenceLimit) }
        }
    }

    /// Both directions between two countries (alpha-3 or alpha-2, any case), with a monthly timeline.
    /// The filter's type, quadClass, from and to apply; its countries are ignored.
    public func pair(_ a: String, _ b: String, filter: RelationshipFilter = .init(), evidenceLimit: Int = 3)
        -> CountryPair
    {
        state.read { index in
            index.pair(a, b, filter: index.edgeFilter(filter), evidenceLimit: evidenceLimit)
        }
    }

    /// The country graph of the edges that match (the `limit` most reported, when given).
    public func graph(_ filter: RelationshipFilter, evidenceLimit: Int = 0, limit: Int? = nil) -> CountryGraph {
        let edges = relationships(filter, evidenceLimit: evidenceLimit, limit: limit)
        return state.read { index in index.graph(edges: edges) }
    }

    /// Every matching relation of every article, oldest first.
    public func events(_ filter: RelationshipFilter) -> [EventRow] {
        state.read { index in index.events(index.edgeFilter(filter)) }
    }
}
