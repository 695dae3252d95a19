import Foundation
import NewsExtraction

extension NewsStore {
    /// Corpus-wide entities; throws `NewsStoreError.invalidCursor` for a cursor it did not hand out.
    public func entities(_ query: EntityQuery) throws -> Page<EntitySummary> {
        try state.read { index in
            let order = views.withLock { views in
                views.forget(unless: index.generation)
                if let order = views.entityOrders[query.sort] { return order }
                let order = index.entityOrder(query.sort)
                views.entityOrders[query.sort] = order
                return order
            }
            let page = try index.entityPage(query, order: order)
            return Page(items: page.items, nextCursor: page.nextCursor)
        }
    }

    /// One entity, its newest `articleLimit` articles (by ingestion) and its `cooccurringLimit`
    /// most frequent companions.
    public func entity(id: String, articleLimit: Int = 20, cooccurringLimit: Int = 10) -> EntityDetail? {
        state.read { index in
            index.entityDetail(id: id, articleLimit: articleLimit, cooccurringLimit: cooccurringLimit)
        }
    }
}
