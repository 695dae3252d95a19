import Foundation
import NewsExtraction

/// An article with everything computed that can be computed before taking the store's lock.
struct PreparedArticle: Sendable {
    var title: String?
    var text: String
    var url: String?
    var source: String?
    var publishedAt: Date?
    var extraction: Extraction
    /// `extraction` in `ExtractionCodec` form.
    var packedExtraction: [UInt8]
    var terms: SearchIndex.TermCounts

    init(
        title: String?, text: String, url: String?, source: String?, publishedAt: Date?, extraction: Extraction,
        packedExtraction: [UInt8]? = nil
    ) {
        self.title = title
        self.text = text
        self.url = url
        self.source = source
        self.publishedAt = publishedAt
        self.extraction = extraction
        self.packedExtraction = packedExtraction ?? ExtractionCodec.encode(extraction, text: text)
        self.terms = SearchIndex.TermCounts(title: title, text: text)
    }

    init(_ draft: ArticleDraft, extraction: Extraction) {
        self.init(
            title: draft.title, text: draft.text, url: draft.url, source: draft.source, publishedAt: draft.publishedAt,
            extraction: extraction)
    }
}
