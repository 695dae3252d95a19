import Foundation
import NewsExtraction
import NewsIndex

extension JSONWriter {
    mutating func date(_ name: String, _ date: Date?) {
        field(name, date.map(RFC3339.format))
    }

    /// The whole article with its entities and relations.
    mutating func article(_ article: Article, unit: OffsetUnit) {
        let offsets = unit.converter(for: article.text)
        object { json in
            json.articleHead(article)
            json.field("text", article.text)
            json.key("entities")
            json.entities(article.extraction.entities, offsets: offsets)
            json.key("relations")
            json.relations(article.extraction.relations, offsets: offsets)
        }
    }

    /// An article in a list: what it is, without its text and extraction.
    mutating func articleSummary(_ article: Article) {
        object { json in
            json.articleHead(article)
            json.field("excerpt", Self.excerpt(article.text))
            json.field("entityCount", article.extraction.entities.count)
            json.field("relationCount", article.extraction.relations.count)
            json.key("countries")
            json.array(article.extraction.entities.filter { $0.type == .country }) { json, entity in
                json.string(entity.codes?.iso3 ?? entity.id)
            }
        }
    }

    private mutating func articleHead(_ article: Article) {
        field("id", article.id)
        field("title", article.title)
        field("url", article.url)
        field("source", article.source)
        date("publishedAt", article.publishedAt)
        date("ingestedAt", article.ingestedAt)
    }

    private static func excerpt(_ text: String) -> String {
        let limit = 240
        guard text.unicodeScalars.count > limit else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.prefix(limit))
        return String(view) + "…"
    }

    mutating func entitySummary(_ entity: EntitySummary) {
        object { json in json.entitySummaryFields(entity) }
    }

    mutating func entitySummaryFields(_ entity: EntitySummary) {
        field("id", entity.id)
        field("type", entity.type.rawValue)
        field("name", entity.name)
        if let codes = entity.codes {
            field("iso2", codes.iso2)
            field("iso3", codes.iso3)
            field("wikidata", codes.wikidata)
        }
        if let country = entity.country { field("country", country) }
        field("mentionCount", entity.mentionCount)
        field("articleCount", entity.articleCount)
        date("firstSeen", entity.firstSeen)
        date("lastSeen", entity.lastSeen)
    }

    mutating func edge(_ edge: Edge) {
        object { json in
            json.field("source", edge.source)
            json.field("target", edge.target)
            json.field("type", edge.type.rawValue)
            json.field("cameo", edge.type.cameo)
            json.field("quadClass", edge.quadClass)
            json.field("goldstein", (edge.goldstein * 100).rounded() / 100)
            json.field("count", edge.count)
            json.field("articleCount", edge.articleCount)
            json.date("firstSeen", edge.firstSeen)
            json.date("lastSeen", edge.lastSeen)
            json.key("evidence")
            json.array(edge.evidence) { json, evidence in
                json.object { json in
                    json.field("articleId", evidence.articleID)
                    json.field("sentence", evidence.sentence)
                    json.field("trigger", evidence.trigger)
                    json.field("mode", evidence.mode.rawValue)
                    json.field("confidence", (evidence.confidence * 1000).rounded() / 1000)
                    json.date("date", evidence.date)
                }
            }
        }
    }

    /// `{"items": [...], "nextCursor": ...}`.
    mutating func page<Item>(_ items: [Item], nextCursor: String?, _ body: (inout JSONWriter, Item) -> Void) {
        object { json in
            json.key("items")
            json.array(items, body)
            json.field("nextCursor", nextCursor)
        }
    }
}
