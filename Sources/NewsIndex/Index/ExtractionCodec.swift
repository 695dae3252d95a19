import NewsExtraction

/// A compact binary form of an `Extraction`, used both in journal records and in memory.
///
/// Texts that are exactly the span they claim to cover (mention, trigger and sentence texts, as the
/// extractor makes them) are stored as a tag and cut out of the article text again on decoding,
/// so the form costs a fraction of the article it describes.
enum ExtractionCodec {
    private static let spanTag: UInt8 = 0
    private static let literalTag: UInt8 = 1
    private static let types = RelationType.allCases
    private static let modes = RelationMode.allCases
    private static let entityTypes = EntityType.allCases
    private static let kinds = MentionKind.allCases

    static func encode(_ extraction: Extraction, text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { utf8 in
            let offsets = ScalarOffsets(utf8)
            var writer = ByteWriter(capacity: 64 + extraction.entities.count * 48)
            func spanText(_ value: String, _ start: Int, _ end: Int) {
                var value = value
                let matches = value.withUTF8 { valueBytes in
                    guard let range = offsets.byteRange(start, end) else { return false }
                    return UnsafeBufferPointer(rebasing: utf8[range]).elementsEqual(valueBytes)
                }
                if matches {
                    writer.byte(spanTag)
                } else {
                    writer.byte(literalTag)
                    writer.string(value)
                }
            }
            func sentence(_ sentence: Sentence) {
                writer.varint(sentence.index)
                writer.varint(sentence.start)
                writer.varint(sentence.end)
                spanText(sentence.text, sentence.start, sentence.end)
            }
            writer.fixed32(0)  // byte offset of the relations, filled in below
            writer.varint(extraction.sentences.count)
            for item in extraction.sentences { sentence(item) }
            writer.varint(extraction.entities.count)
            for entity in extraction.entities {
                writer.string(entity.id)
                writer.byte(UInt8(entityTypes.firstIndex(of: entity.type)!))
                writer.string(entity.name)
                writer.double(entity.salience)
                if let codes = entity.codes {
                    writer.byte(1)
                    writer.string(codes.iso2)
                    writer.string(codes.iso3)
                    writer.string(codes.wikidata)
                } else {
                    writer.byte(0)
                }
                writer.optionalString(entity.country)
                writer.varint(entity.mentions.count)
                for mention in entity.mentions {
                    writer.varint(mention.start)
                    writer.varint(mention.end)
                    writer.varint(mention.sentence)
                    writer.byte(mention.kind.map { UInt8(kinds.firstIndex(of: $0)! + 1) } ?? 0)
                    spanText(mention.text, mention.start, mention.end)
                }
            }
            let relationsOffset = UInt32(writer.bytes.count)
            withUnsafeBytes(of: relationsOffset.littleEndian) { writer.bytes.replaceSubrange(0..<4, with: $0) }
            writer.varint(extraction.relations.count)
            for relation in extraction.relations {
                writer.string(relation.source)
                writer.string(relation.target)
                writer.byte(UInt8(types.firstIndex(of: relation.type)!))
                writer.string(relation.cameo)
                writer.byte(UInt8(modes.firstIndex(of: relation.mode)!))
                writer.varint(relation.trigger.start)
                writer.varint(relation.trigger.end)
                spanText(relation.trigger.text, relation.trigger.start, relation.trigger.end)
                sentence(relation.sentence)
                writer.double(relation.confidence)
                writer.varint(relation.items.count)
                for item in relation.items { writer.string(item) }
            }
            return writer.bytes
        }
    }

    static func decode(_ bytes: [UInt8], text: String) throws -> Extraction {
        try decode(bytes, text: text, relationsOnly: false)
    }

    /// Only the relations: what evidence and event rows need, without decoding every mention.
    static func decodeRelations(_ bytes: [UInt8], text: String) throws -> [Relation] {
        try decode(bytes, text: text, relationsOnly: true).relations
    }

    private static func decode(_ bytes: [UInt8], text: String, relationsOnly: Bool) throws -> Extraction {
        var text = text
        return try text.withUTF8 { utf8 in
            let offsets = ScalarOffsets(utf8)
            return try bytes.withUnsafeBytes { raw in
                var reader = ByteReader(raw)
                func spanText(_ start: Int, _ end: Int) throws -> String {
                    if try reader.byte() == literalTag { return try reader.string() }
                    guard let range = offsets.byteRange(start, end) else { throw ByteReader.OutOfBounds() }
                    return String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)
                }
                func sentence() throws -> Sentence {
                    let index = try reader.int()
                    let start = try reader.int()
                    let end = try reader.int()
                    return Sentence(index: index, start: start, end: end, text: try spanText(start, end))
                }
                func element<T>(_ list: [T], _ code: Int) throws -> T {
                    guard code >= 0, code < list.count else { throw ByteReader.OutOfBounds() }
                    return list[code]
                }
                let relationsOffset = Int(try reader.fixed32())
                var sentences: [Sentence] = []
                var entities: [Entity] = []
                if relationsOnly {
                    reader.position = relationsOffset
                } else {
                    let sentenceCount = try reader.int()
                    sentences.reserveCapacity(sentenceCount)
                    for _ in 0..<sentenceCount { sentences.append(try sentence()) }
                    let entityCount = try reader.int()
                    entities.reserveCapacity(entityCount)
                    for _ in 0..<entityCount {
                        let id = try reader.string()
                        let type = try element(entityTypes, Int(try reader.byte()))
                        let name = try reader.string()
                        let salience = try reader.double()
                        var codes: CountryCodes?
                        if try reader.byte() == 1 {
                            codes = CountryCodes(
                                iso2: try reader.string(), iso3: try reader.string(), wikidata: try reader.string())
                        }
                        let country = try reader.optionalString()
                        let mentionCount = try reader.int()
                        var mentions: [Mention] = []
                        mentions.reserveCapacity(mentionCount)
                        for _ in 0..<mentionCount {
                            let start = try reader.int()
                            let end = try reader.int()
                            let sentence = try reader.int()
                            let kindCode = Int(try reader.byte())
                            let kind = kindCode == 0 ? nil : try element(kinds, kindCode - 1)
                            mentions.append(
                                Mention(
                                    text: try spanText(start, end), start: start, end: end, sentence: sentence,
                                    kind: kind))
                        }
                        entities.append(
                            Entity(
                                id: id, type: type, name: name, mentions: mentions, salience: salience, codes: codes,
                                country: country))
                    }
                }
                let relationCount = try reader.int()
                var relations: [Relation] = []
                relations.reserveCapacity(relationCount)
                for _ in 0..<relationCount {
                    let source = try reader.string()
                    let target = try reader.string()
                    let type = try element(types, Int(try reader.byte()))
                    let cameo = try reader.string()
                    let mode = try element(modes, Int(try reader.byte()))
                    let triggerStart = try reader.int()
                    let triggerEnd = try reader.int()
                    let trigger = Span(
                        text: try spanText(triggerStart, triggerEnd), start: triggerStart, end: triggerEnd)
                    let sentence = try sentence()
                    let confidence = try reader.double()
                    let itemCount = try reader.int()
                    var items: [String] = []
                    for _ in 0..<itemCount { items.append(try reader.string()) }
                    relations.append(
                        Relation(
                            source: source, target: target, type: type, cameo: cameo, mode: mode, trigger: trigger,
                            sentence: sentence, confidence: confidence, items: items))
                }
                guard reader.isAtEnd || relationsOnly else { throw ByteReader.OutOfBounds() }
                return Extraction(sentences: sentences, entities: entities, relations: relations)
            }
        }
    }
}
