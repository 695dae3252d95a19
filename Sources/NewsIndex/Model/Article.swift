import Foundation
import NewsExtraction

/// A stored article with what extraction read out of it.
public struct Article: Sendable, Hashable {
    /// Opaque and short: derived from the text, so the same text always gets the same id.
    public var id: String
    public var title: String?
    public var text: String
    public var url: String?
    public var source: String?
    public var publishedAt: Date?
    public var ingestedAt: Date
    public var extraction: Extraction

    /// The date the article counts for in aggregates and filters: published, else ingested.
    public var seenAt: Date { publishedAt ?? ingestedAt }

    public init(
        id: String, title: String?, text: String, url: String?, source: String?, publishedAt: Date?,
        ingestedAt: Date, extraction: Extraction
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.url = url
        self.source = source
        self.publishedAt = publishedAt
        self.ingestedAt = ingestedAt
        self.extraction = extraction
    }
}
