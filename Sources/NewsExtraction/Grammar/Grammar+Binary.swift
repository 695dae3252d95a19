/// The weight file: "NGG4", then the tagger's tags and dictionary, the lemmatizer, the label names, and the
/// tagger's, the supertagger's and the parser's tables as they are used (`LinearModelTables`), little-endian.
/// Mapped from disk, the tables are read in place: loading copies and builds nothing of them.
extension Grammar {
    public enum FormatError: Error, Equatable {
        case badMagic, truncated
    }

    private static let magic = Array("NGG4".utf8)

    public init(bytes: [UInt8]) throws(FormatError) {
        try self.init(file: WeightFile(copying: bytes))
    }

    init(file: WeightFile) throws(FormatError) {
        var reader = ByteReader(file)
        do {
            guard Array(try reader.read(count: 4)) == Self.magic else { throw FormatError.badMagic }
            let tags = Vocabulary(try reader.strings())
            let words: [UInt64] = try reader.array()
            let wordTags: [UInt16] = try reader.array()
            guard words.count == wordTags.count, wordTags.allSatisfy({ Int($0) < tags.count }) else {
                throw FormatError.truncated
            }
            let dictionary = Dictionary(zip(words, wordTags.map(Int.init)), uniquingKeysWith: { first, _ in first })
            let exceptions = try reader.strings()
            let rules = try reader.strings()
            let lemmas = try reader.strings()
            guard exceptions.count % 2 == 0, rules.count % 3 == 0 else { throw FormatError.truncated }
            var exceptionTable = [String: String](minimumCapacity: exceptions.count / 2)
            for index in stride(from: 0, to: exceptions.count, by: 2) {
                exceptionTable[exceptions[index]] = exceptions[index + 1]
            }
            var ruleTable = [String: Lemmatizer.Rule](minimumCapacity: rules.count / 3)
            for index in stride(from: 0, to: rules.count, by: 3) {
                let strip = max(0, Int(rules[index + 1]) ?? 0)
                ruleTable[rules[index]] = Lemmatizer.Rule(strip: strip, append: rules[index + 2])
            }
            let labels = Vocabulary(try reader.strings())
            let taggerModel = try LinearModel(tables: &reader)
            let supertaggerModel = try LinearModel(tables: &reader)
            let parserModel = try LinearModel(tables: &reader)
            // Every class a model can name must exist, so that no corrupt file makes a lookup trap.
            guard !tags.names.isEmpty, !labels.names.isEmpty, taggerModel.classCount == tags.count,
                supertaggerModel.classCount == Supertagger.classCount(labelCount: labels.count),
                parserModel.classCount == DependencyParser.classCount(labelCount: labels.count)
            else { throw FormatError.truncated }
            self.init(
                tagger: PartOfSpeechTagger(tags: tags, model: taggerModel, dictionary: dictionary),
                lemmatizer: Lemmatizer(exceptions: exceptionTable, rules: ruleTable, lemmas: Set(lemmas)),
                supertagger: Supertagger(model: supertaggerModel, tags: tags),
                parser: DependencyParser(labels: labels, tags: tags, model: parserModel))
        } catch let error as FormatError {
            throw error
        } catch {
            throw .truncated
        }
    }

    public func serialized() -> [UInt8] {
        var writer = ByteWriter()
        for byte in Self.magic { writer.integer(byte) }
        writer.strings(tagger.tags.names)
        let words = tagger.dictionary.keys.sorted()
        writer.array(words)
        writer.array(words.map { UInt16(tagger.dictionary[$0]!) })
        writer.strings(lemmatizer.exceptions.keys.sorted().flatMap { [$0, lemmatizer.exceptions[$0]!] })
        writer.strings(
            lemmatizer.rules.keys.sorted().flatMap { key in
                let rule = lemmatizer.rules[key]!
                return [key, String(rule.strip), rule.append]
            })
        writer.strings(lemmatizer.lemmas.sorted())
        writer.strings(parser.labels.names)
        tagger.model.write(tables: &writer)
        supertagger.model.write(tables: &writer)
        parser.model.write(tables: &writer)
        return writer.bytes
    }
}

extension LinearModel {
    /// A model as `write(tables:)` stores it, its tables read in place.
    init(tables reader: inout ByteReader) throws(ByteReader.Truncated) {
        let classCount = Int(try reader.integer(UInt32.self))
        self.init(classCount: classCount, tables: try LinearModelTables(&reader, classCount: classCount))
    }

    func write(tables writer: inout ByteWriter) {
        writer.integer(UInt32(classCount))
        tables.write(to: &writer)
    }

    /// A model in the compact form `write(to:)` stores, whose lookup table is built on load (the relation
    /// classifier's, small enough for that).
    struct Stored: Sendable {
        let classCount: Int
        let fingerprints: [UInt32]
        let starts: [UInt32]
        let entries: [UInt32]

        /// Each feature's number of weights is stored in a byte (a class count is under 256), the offsets rebuilt.
        init(_ reader: inout ByteReader) throws(ByteReader.Truncated) {
            let classCount = Int(try reader.integer(UInt32.self))
            let fingerprints: [UInt32] = try reader.array()
            let counts: [UInt8] = try reader.array()
            let entries: [UInt32] = try reader.array()
            guard classCount <= 256, counts.count == fingerprints.count,
                counts.reduce(0, { $0 + Int($1) }) == entries.count,
                entries.allSatisfy({ Int($0 >> 16) < classCount })
            else { throw ByteReader.Truncated() }
            var starts: [UInt32] = [0]
            starts.reserveCapacity(counts.count + 1)
            for count in counts { starts.append(starts[starts.count - 1] + UInt32(count)) }
            (self.classCount, self.fingerprints, self.starts, self.entries) = (
                classCount, fingerprints, starts, entries
            )
        }
    }

    init(_ stored: Stored) {
        self.init(
            classCount: stored.classCount, fingerprints: stored.fingerprints, starts: stored.starts,
            entries: stored.entries)
    }

    func write(to writer: inout ByteWriter) {
        let (fingerprints, starts) = features
        writer.integer(UInt32(classCount))
        writer.array(fingerprints)
        writer.array(zip(starts, starts.dropFirst()).map { UInt8($1 - $0) })
        writer.array(entries)
    }
}
