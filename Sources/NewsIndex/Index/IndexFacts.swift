import NewsExtraction

/// What the entity index and the relation graph need of an extraction: no mention texts, no sentences.
///
/// Replay decodes only this much of a stored extraction, which is what makes it fast.
struct IndexFacts: Sendable {
    struct EntityFact: Sendable {
        var id: String
        var type: EntityType
        var name: String
        var codes: CountryCodes?
        var country: String?
        var mentionCount: Int
    }

    struct RelationFact: Sendable {
        var source: String
        var target: String
        var type: RelationType
        var confidence: Double
        /// `RelationGraph.sentenceKey` of the sentence text.
        var sentenceKey: UInt64
    }

    var entities: [EntityFact]
    var relations: [RelationFact]

    init(entities: [EntityFact], relations: [RelationFact]) {
        self.entities = entities
        self.relations = relations
    }

    init(_ extraction: Extraction) {
        entities = extraction.entities.map {
            EntityFact(
                id: $0.id, type: $0.type, name: $0.name, codes: $0.codes, country: $0.country,
                mentionCount: $0.mentions.count)
        }
        relations = extraction.relations.map {
            RelationFact(
                source: $0.source, target: $0.target, type: $0.type, confidence: $0.confidence,
                sentenceKey: RelationGraph.sentenceKey($0.sentence.text.utf8))
        }
    }
}
