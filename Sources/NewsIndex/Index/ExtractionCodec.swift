import NewsExtraction

/// A compact binary form of an `Extraction`, used both in journal records and in memory.
///
/// Texts that are exactly the span they claim to cover (mention, trigger and sentence texts, as the
/// extractor makes them) are stored as a tag and cut out of the article text again on decoding,
/// so the form costs a fraction of the article it describes. A header records where the relations start
/// and whether the text is ASCII (so that scalar offsets are byte offsets).
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
            writer.byte(offsets.isASCII ? 1 : 0)
            writer.varint(extraction.sentences.count)
            for item in extraction.sentences { sentence(item) }
            writer.varint(extraction.entities.count)
            for entity in extraction.entities {
                writer.string(entity.id)
                writer.byte(UInt8(entityTypes.firstIndex(of: entity.type)!))
                writer.string(entity.name)
                writer.double(entity.salience)
                writer.optionalCodes(entity.codes)
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
        try reading(bytes, text: text) { reader in
            let sentences = try reader.list { try $0.sentence() }
            let entities = try reader.list { reader in
                let header = try reader.entityHeader()
                let mentions = try reader.list { reader in
                    let start = try reader.int()
                    let end = try reader.int()
                    let sentence = try reader.int()
                    let kindCode = Int(try reader.byte())
                    let kind = kindCode == 0 ? nil : try reader.element(kinds, kindCode - 1)
                    return Mention(
                        text: try reader.spanText(start, end), start: start, end: end, sentence: sentence, kind: kind)
                }
                return Entity(
                    id: header.id, type: header.type, name: header.name, mentions: mentions,
                    salience: header.salience, codes: header.codes, country: header.country)
            }
            let relations = try reader.list { try $0.relation() }
            guard reader.bytes.isAtEnd else { throw ByteReader.OutOfBounds() }
            return Extraction(sentences: sentences, entities: entities, relations: relations)
        }
    }

    /// Only the relations: what evidence and event rows need, without decoding every mention.
    static func decodeRelations(_ bytes: [UInt8], text: String) throws -> [Relation] {
        try reading(bytes, text: text) { reader in
            reader.bytes.position = reader.relationsOffset
            return try reader.list { try $0.relation() }
        }
    }

    /// What the indexes need, skipping mention and sentence texts: the fast path of replay.
    static func facts(_ bytes: [UInt8], text: String) throws -> IndexFacts {
        try reading(bytes, text: text) { reader in
            for _ in 0..<(try reader.count()) {
                _ = try (reader.int(), reader.int(), reader.int())
                try reader.skipSpanText()
            }
            let entities = try reader.list { reader in
                let header = try reader.entityHeader()
                let mentionCount = try reader.count()
                for _ in 0..<mentionCount {
                    _ = try (reader.int(), reader.int(), reader.int(), reader.byte())
                    try reader.skipSpanText()
                }
                return IndexFacts.EntityFact(
                    id: header.id, type: header.type, name: header.name, codes: header.codes, country: header.country,
                    mentionCount: mentionCount)
            }
            let relations = try reader.list { reader in
                let source = try reader.bytes.string()
                let target = try reader.bytes.string()
                let type = try reader.element(types, Int(try reader.byte()))
                try reader.bytes.skipString()
                _ = try (reader.byte(), reader.int(), reader.int())
                try reader.skipSpanText()
                _ = try reader.int()
                let sentenceStart = try reader.int()
                let sentenceEnd = try reader.int()
                let sentenceKey = try reader.spanKey(sentenceStart, sentenceEnd)
                let confidence = try reader.bytes.double()
                for _ in 0..<(try reader.count()) { try reader.bytes.skipString() }
                return IndexFacts.RelationFact(
                    source: source, target: target, type: type, confidence: confidence, sentenceKey: sentenceKey)
            }
            return IndexFacts(entities: entities, relations: relations)
        }
    }

    private static func reading<Result>(
        _ bytes: [UInt8], text: String, _ body: (inout Reader) throws -> Result
    ) throws -> Result {
        var text = text
        return try text.withUTF8 { utf8 in
            try bytes.withUnsafeBytes { raw in
                var bytes = ByteReader(raw)
                let relationsOffset = Int(try bytes.fixed32())
                let isASCII = try bytes.byte() == 1
                var reader = Reader(bytes: bytes, text: utf8, offsets: ScalarOffsets(utf8, isASCII: isASCII))
                reader.relationsOffset = relationsOffset
                return try body(&reader)
            }
        }
    }

    /// Reads the parts of the form; texts stored as spans are cut out of the article's UTF-8.
    private struct Reader {
        var bytes: ByteReader
        let text: UnsafeBufferPointer<UInt8>
        let offsets: ScalarOffsets
        var relationsOffset = 0

        mutating func byte() throws -> UInt8 { try bytes.byte() }

        mutating func int() throws -> Int { try bytes.int() }

        func element<T>(_ list: [T], _ code: Int) throws -> T {
            guard code >= 0, code < list.count else { throw ByteReader.OutOfBounds() }
            return list[code]
        }

        /// The length of a list: no more than the bytes left, as each item takes one at least.
        mutating func count() throws -> Int {
            let count = try int()
            guard count >= 0, count <= bytes.bytes.count - bytes.position else { throw ByteReader.OutOfBounds() }
            return count
        }

        mutating func list<T>(_ item: (inout Reader) throws -> T) throws -> [T] {
            let count = try count()
            var items: [T] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try item(&self)) }
            return items
        }

        mutating func spanText(_ start: Int, _ end: Int) throws -> String {
            if try byte() == literalTag { return try bytes.string() }
            guard let range = offsets.byteRange(start, end) else { throw ByteReader.OutOfBounds() }
            return String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        }

        mutating func skipSpanText() throws {
            if try byte() == literalTag { try bytes.skipString() }
        }

        /// `RelationGraph.sentenceKey` of a span text, without making a `String` of it.
        mutating func spanKey(_ start: Int, _ end: Int) throws -> UInt64 {
            if try byte() == literalTag { return RelationGraph.sentenceKey(try bytes.raw(try int())) }
            guard let range = offsets.byteRange(start, end) else { throw ByteReader.OutOfBounds() }
            return RelationGraph.sentenceKey(UnsafeBufferPointer(rebasing: text[range]))
        }

        mutating func sentence() throws -> Sentence {
            let index = try int()
            let start = try int()
            let end = try int()
            return Sentence(index: index, start: start, end: end, text: try spanText(start, end))
        }

        /// An entity without its mentions. A struct, not a tuple: tuples of strings are copied by slow generic code.
        struct EntityHeader {
            var id: String
            var type: EntityType
            var name: String
            var salience: Double
            var codes: CountryCodes?
            var country: String?
        }

        mutating func entityHeader() throws -> EntityHeader {
            let id = try bytes.string()
            let type = try element(entityTypes, Int(try byte()))
            let name = try bytes.string()
            let salience = try bytes.double()
            let codes = try bytes.optionalCodes()
            return EntityHeader(
                id: id, type: type, name: name, salience: salience, codes: codes, country: try bytes.optionalString())
        }

        mutating func relation() throws -> Relation {
            let source = try bytes.string()
            let target = try bytes.string()
            let type = try element(types, Int(try byte()))
            let cameo = try bytes.string()
            let mode = try element(modes, Int(try byte()))
            let triggerStart = try int()
            let triggerEnd = try int()
            let trigger = Span(text: try spanText(triggerStart, triggerEnd), start: triggerStart, end: triggerEnd)
            let sentence = try sentence()
            let confidence = try bytes.double()
            let items = try list { try $0.bytes.string() }
            return Relation(
                source: source, target: target, type: type, cameo: cameo, mode: mode, trigger: trigger,
                sentence: sentence, confidence: confidence, items: items)
        }
    }
}
