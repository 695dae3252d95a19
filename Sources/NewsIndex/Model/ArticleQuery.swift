import Foundation

/// Filters and paging of the article list.
///
/// With `q` articles are ranked by BM25 over title and text; without it they come newest first by ingestion.
/// Every filter combines with the others.
public struct ArticleQuery: Sendable, Hashable {
    /// Full-text query: words, any case.
    public var q: String?
    /// An entity id (`person:vladimir-putin`): only articles that mention it.
    public var entity: String?
    /// ISO 3166-1 alpha-3 or alpha-2, any case: only articles that mention the country.
    public var country: String?
    /// Inclusive bounds on `Article.seenAt`.
    public var from: Date?
    public var to: Date?
    public var limit: Int
    public var cursor: String?

    public init(
        q: String? = nil, entity: String? = nil, country: String? = nil, from: Date? = nil, to: Date? = nil,
        limit: Int = 20, cursor: String? = nil
    ) {
        self.q = q
        self.entity = entity
        self.country = country
        self.from = from
        self.to = to
        self.limit = limit
        self.cursor = cursor
    }
}
