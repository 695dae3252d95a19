import Foundation
import NewsExtraction

/// An article with everything computed that can be computed before taking the store's lock.
struct PreparedArticle: Sendable {
    var title: String?
    var text: String
    var url: String?
    var source: String?
    var publishedAt: Date?
    /// The whole extraction, when it was just made (to answer the add without decoding it again).
    var extraction: Extraction?
    var facts: IndexFacts
    /// The extraction in `ExtractionCodec` form.
    var packedExtraction: [UInt8]
    /// `nil` when the search index will catch up later (after replay).
    var terms: SearchIndex.TermCounts?

    /// A new article: encodes the extraction and counts the terms.
    init(_ draft: ArticleDraft, extraction: Extraction) {
        title = draft.title
        text = draft.text
        url = draft.url
        source = draft.source
        publishedAt = draft.publishedAt
        self.extraction = extraction
        facts = IndexFacts(extraction)
        packedExtraction = ExtractionCodec.encode(extraction, text: draft.text)
        terms = SearchIndex.TermCounts(title: draft.title, text: draft.text)
    }

    /// A replayed article: only the facts are decoded (none under a snapshot, which holds what they give), and
    /// search indexing is left for later.
    init(_ fields: JournalRecord.StoredArticleFields, facts decodesFacts: Bool = true) throws {
        title = fields.title
        text = fields.text
        url = fields.url
        source = fields.source
        publishedAt = fields.publishedAt
        facts =
            decodesFacts
            ? try ExtractionCodec.facts(fields.packedExtraction, text: fields.text)
            : IndexFacts(entities: [], relations: [])
        packedExtraction = fields.packedExtraction
    }
}
