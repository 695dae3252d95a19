import Foundation
import NewsExtraction

extension NewsStore {
    /// Aggregated edges, most reported first, each with its best `evidenceLimit` (at most 5) reports.
    public func relationships(_ filter: RelationshipFilter, evidenceLimit: Int = 3) -> [Edge] {
        state.read { index in
            let edgeFilter = index.edgeFilter(filter)
            guard !edgeFilter.hasDates else { return index.edges(edgeFilter, evidenceLimit: evidenceLimit) }
            // Without dates every edge is the same whatever the filter: take them from the cache.
            let all = views.withLock { views in
                views.forget(unless: index.generation)
                if let edges = views.edges { return edges }
                let edges = index.edges(IndexState.EdgeFilter(), evidenceLimit: IndexState.maximumEvidence)
                views.edges = edges
                return edges
            }
            return all.compactMap { edge in
                guard edgeFilter.matches(.init(source: edge.source, target: edge.target, type: edge.type)) else {
                    return nil
                }
                var trimmed = edge
                trimmed.evidence = Array(edge.evidence.prefix(max(0, evidenceLimit)))
                return trimmed
            }
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

    /// The country graph of the edges that match.
    public func graph(_ filter: RelationshipFilter, evidenceLimit: Int = 0) -> CountryGraph {
        let edges = relationships(filter, evidenceLimit: evidenceLimit)
        return state.read { index in index.graph(edges: edges) }
    }

    /// Every matching relation of every article, oldest first.
    public func events(_ filter: RelationshipFilter) -> [EventRow] {
        state.read { index in index.events(index.edgeFilter(filter)) }
    }
}
