import Foundation
import NewsExtraction

extension NewsStore {
    /// Aggregated edges, most reported first, each with its best `evidenceLimit` (at most 5) reports.
    public func relationships(_ filter: RelationshipFilter, evidenceLimit: Int = 3) -> [Edge] {
        fatalError("not yet")
    }

    /// Both directions between two countries (alpha-3 or alpha-2, any case), with a monthly timeline.
    /// The filter's type, quadClass, from and to apply; its countries are ignored.
    public func pair(_ a: String, _ b: String, filter: RelationshipFilter = .init(), evidenceLimit: Int = 3)
        -> CountryPair
    {
        fatalError("not yet")
    }

    /// The country graph of the edges that match.
    public func graph(_ filter: RelationshipFilter, evidenceLimit: Int = 0) -> CountryGraph {
        fatalError("not yet")
    }

    /// Every matching relation of every article, oldest first.
    public func events(_ filter: RelationshipFilter) -> [EventRow] {
        fatalError("not yet")
    }
}
