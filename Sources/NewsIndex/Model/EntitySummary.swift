import Foundation
import NewsExtraction

/// One entity across the corpus: how often and when it is named.
public struct EntitySummary: Sendable, Hashable {
    public var id: String
    public var type: EntityType
    public var name: String
    public var mentionCount: Int
    public var articleCount: Int
    public var firstSeen: Date
    public var lastSeen: Date
    /// For countries.
    public var codes: CountryCodes?
    /// For organizations and locations: alpha-3 of their country.
    public var country: String?

    public init(
        id: String, type: EntityType, name: String, mentionCount: Int, articleCount: Int, firstSeen: Date,
        lastSeen: Date, codes: CountryCodes? = nil, country: String? = nil
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.mentionCount = mentionCount
        self.articleCount = articleCount
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.codes = codes
        self.country = country
    }
}
