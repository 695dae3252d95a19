import NewsExtraction

extension JSONWriter {
    /// An article's entities as DESIGN.md describes them.
    mutating func entities(_ entities: [Entity], offsets: OffsetConverter) {
        array(entities) { json, entity in json.entity(entity, offsets: offsets) }
    }

    mutating func entity(_ entity: Entity, offsets: OffsetConverter) {
        object { json in
            json.field("id", entity.id)
            json.field("type", entity.type.rawValue)
            json.field("name", entity.name)
            if let codes = entity.codes {
                json.field("iso2", codes.iso2)
                json.field("iso3", codes.iso3)
                json.field("wikidata", codes.wikidata)
            }
            if let country = entity.country { json.field("country", country) }
            json.field("count", entity.count)
            json.field("salience", (entity.salience * 1000).rounded() / 1000)
            json.key("mentions")
            json.array(entity.mentions) { json, mention in
                json.object { json in
                    json.field("text", mention.text)
                    json.field("start", offsets(mention.start))
                    json.field("end", offsets(mention.end))
                    json.field("sentence", mention.sentence)
                    if let kind = mention.kind { json.field("kind", kind.rawValue) }
                }
            }
        }
    }

    /// An article's relations as DESIGN.md describes them.
    mutating func relations(_ relations: [Relation], offsets: OffsetConverter) {
        array(relations) { json, relation in json.relation(relation, offsets: offsets) }
    }

    mutating func relation(_ relation: Relation, offsets: OffsetConverter) {
        object { json in
            json.field("source", relation.source)
            json.field("target", relation.target)
            json.field("type", relation.type.rawValue)
            json.field("cameo", relation.cameo)
            json.field("quadClass", relation.quadClass)
            json.field("goldstein", relation.goldstein)
            json.field("mode", relation.mode.rawValue)
            json.key("trigger")
            json.span(relation.trigger, offsets: offsets)
            json.key("sentence")
            json.sentence(relation.sentence, offsets: offsets)
            json.field("confidence", (relation.confidence * 1000).rounded() / 1000)
            if relation.type == .armsSupply {
                json.key("items")
                json.array(relation.items) { json, item in json.string(item) }
            }
            if let explanation = relation.explanation {
                json.key("explanation")
                json.object { json in
                    json.field("reader", explanation.reader)
                    json.field("pattern", explanation.pattern)
                    json.key("paths")
                    json.array(explanation.paths) { json, path in json.string(path) }
                    if let score = explanation.score { json.field("score", (score * 1000).rounded() / 1000) }
                }
            }
        }
    }

    mutating func span(_ span: Span, offsets: OffsetConverter) {
        object { json in
            json.field("text", span.text)
            json.field("start", offsets(span.start))
            json.field("end", offsets(span.end))
        }
    }

    mutating func sentence(_ sentence: Sentence, offsets: OffsetConverter) {
        object { json in
            json.field("index", sentence.index)
            json.field("start", offsets(sentence.start))
            json.field("end", offsets(sentence.end))
            json.field("text", sentence.text)
        }
    }

    /// The object `POST /v1/extract` and `newsgraph extract` return.
    mutating func extraction(_ extraction: Extraction, offsets: OffsetConverter) {
        object { json in
            json.key("entities")
            json.entities(extraction.entities, offsets: offsets)
            json.key("relations")
            json.relations(extraction.relations, offsets: offsets)
            json.key("sentences")
            json.array(extraction.sentences) { json, sentence in
                json.object { json in
                    json.field("index", sentence.index)
                    json.field("start", offsets(sentence.start))
                    json.field("end", offsets(sentence.end))
                }
            }
        }
    }
}
