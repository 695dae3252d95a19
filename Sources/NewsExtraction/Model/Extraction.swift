/// What NewsGraph reads out of one article: its sentences, entities and relations.
public struct Extraction: Sendable, Hashable {
    public var sentences: [Sentence]
    public var entities: [Entity]
    public var relations: [Relation]

    public init(sentences: [Sentence], entities: [Entity], relations: [Relation]) {
        self.sentences = sentences
        self.entities = entities
        self.relations = relations
    }
}
