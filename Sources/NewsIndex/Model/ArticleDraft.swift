import Foundation

/// What a client submits: an article before it is stored.
public struct ArticleDraft: Sendable, Hashable {
    public var text: String
    public var title: String?
    public var url: String?
    public var source: String?
    public var publishedAt: Date?

    public init(text: String, title: String? = nil, url: String? = nil, source: String? = nil, publishedAt: Date? = nil)
    {
        self.text = text
        self.title = title
        self.url = url
        self.source = source
        self.publishedAt = publishedAt
    }
}
