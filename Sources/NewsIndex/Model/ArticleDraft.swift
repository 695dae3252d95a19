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

    /// Whether the text holds anything but ASCII white space (tab, line feed, vertical tab, form feed, carriage
    /// return, space). ASCII, so that the OpenAPI document's pattern for it, `[^\t\n\x0b\f\r ]`, means the same
    /// in every regex dialect (ECMA, Python) and schemathesis can generate from it.
    public var hasText: Bool {
        text.utf8.contains { !(0x09...0x0D).contains($0) && $0 != 0x20 }
    }
}
