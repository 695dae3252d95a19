import Foundation
import NewsExtraction

/// An article as the index keeps it: its fields, its extraction in compact form, and its links into the
/// entity index and the relation graph, so that a delete can undo exactly what the add did.
struct StoredArticle {
    let id: String
    let title: String?
    let text: String
    let url: String?
    let source: String?
    let publishedAt: Date?
    let ingestedAt: Date
    let packedExtraction: [UInt8]
    let entityLinks: [EntityIndex.Link]
    /// The edge of each relation, in the extraction's order.
    let edges: [UInt32]

    /// `Article.seenAt` in seconds since the reference date.
    var seen: Double { (publishedAt ?? ingestedAt).timeIntervalSinceReferenceDate }

    func article(extraction: Extraction? = nil) -> Article {
        Article(
            id: id, title: title, text: text, url: url, source: source, publishedAt: publishedAt,
            ingestedAt: ingestedAt, extraction: extraction ?? decodedExtraction)
    }

    /// The bytes were made by `ExtractionCodec.encode` in this process or decoded once already on replay.
    var decodedExtraction: Extraction { try! ExtractionCodec.decode(packedExtraction, text: text) }

    var decodedRelations: [Relation] { try! ExtractionCodec.decodeRelations(packedExtraction, text: text) }
}
