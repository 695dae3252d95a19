import NewsExtraction

/// Filters, order and paging of the corpus-wide entity list.
public struct EntityQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable {
        /// Most mentions first.
        case mentions
        /// Most articles first.
        case articles
        /// By name, A to Z.
        case name
    }

    public var type: EntityType?
    /// Case-insensitive prefix of the name.
    public var q: String?
    public var sort: Sort
    public var limit: Int
    public var cursor: String?

    public init(
        type: EntityType? = nil, q: String? = nil, sort: Sort = .mentions, limit: Int = 20, cursor: String? = nil
    ) {
        self.type = type
        self.q = q
        self.sort = sort
        self.limit = limit
        self.cursor = cursor
    }
}
