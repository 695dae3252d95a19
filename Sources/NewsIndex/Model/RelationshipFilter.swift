import Foundation
import NewsExtraction

/// Which relations an aggregate, a graph or an event list covers.
public struct RelationshipFilter: Sendable, Hashable {
    /// Alpha-3 or alpha-2, any case: either end of the relation.
    public var country: String?
    /// Alpha-3 or alpha-2, any case: the other end (with `country`), or either end (alone).
    public var with: String?
    public var type: RelationType?
    /// 1...4.
    public var quadClass: Int?
    /// Inclusive bounds on the date of the reporting article (`Article.seenAt`).
    public var from: Date?
    public var to: Date?

    public init(
        country: String? = nil, with: String? = nil, type: RelationType? = nil, quadClass: Int? = nil,
        from: Date? = nil, to: Date? = nil
    ) {
        self.country = country
        self.with = with
        self.type = type
        self.quadClass = quadClass
        self.from = from
        self.to = to
    }
}
