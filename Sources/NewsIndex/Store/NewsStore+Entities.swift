import Foundation
import NewsExtraction

extension NewsStore {
    /// Corpus-wide entities; throws `NewsStoreError.invalidCursor` for a cursor it did not hand out.
    public func entities(_ query: EntityQuery) throws -> Page<EntitySummary> {
        fatalError("not yet")
    }

    /// One entity, its newest `articleLimit` articles and its `cooccurringLimit` most frequent companions.
    public func entity(id: String, articleLimit: Int = 20, cooccurringLimit: Int = 10) -> EntityDetail? {
        fatalError("not yet")
    }
}
