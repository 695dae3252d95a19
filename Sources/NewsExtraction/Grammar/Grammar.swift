/// The grammar layer: tags, lemmas and dependency trees for NewsGraph's sentences, from weights trained on UD
/// English (`newsgraph train-parser`). Immutable and shared; the bundled weights load once, on first use.
public struct Grammar: Sendable {
    let tagger: PartOfSpeechTagger
    let lemmatizer: Lemmatizer
    let supertagger: Supertagger
    let parser: DependencyParser

    /// The grammar of the bundled weight file, or an untrained one that tags every word alike when it is missing.
    public static let bundled: Grammar = {
        BundledResource.file("grammar.weights").flatMap { try? Grammar(file: $0) } ?? untrained
    }()

    static let untrained = Grammar(
        tagger: PartOfSpeechTagger(tags: Vocabulary(["X X"]), model: .empty(classCount: 1), dictionary: [:]),
        lemmatizer: Lemmatizer(exceptions: [:], rules: [:], lemmas: []),
        supertagger: Supertagger(
            model: .empty(classCount: Supertagger.classCount(labelCount: 1)), tags: Vocabulary(["X X"])),
        parser: DependencyParser(labels: Vocabulary(["dep"]), tags: Vocabulary(["X X"]), model: .empty(classCount: 3)))

    /// Features and weights of each model, for the record.
    public var sizes: [(model: String, features: Int, weights: Int)] {
        [
            ("tagger", tagger.model.featureCount, tagger.model.weightCount),
            ("supertagger", supertagger.model.featureCount, supertagger.model.weightCount),
            ("parser", parser.model.featureCount, parser.model.weightCount),
        ]
    }

    /// Tags and lemmas for `words`, and their tree when `parse` is set.
    public func analyze(_ words: [String], parse: Bool = true) -> SentenceParse {
        let hashes = words.map { WordHashes($0) }
        let tags = tagger.tag(hashes)
        let xpos = tags.map { tagger.xpos[$0] }
        var result = SentenceParse(
            words: words, lemmas: lemmatizer.lemmas(words, xpos: xpos),
            upos: tags.map { tagger.upos[$0] }, xpos: xpos, heads: [], relations: [])
        guard parse, !words.isEmpty else { return result }
        let tagCount = tagger.tags.count
        let supertags = supertagger.tag(hashes, tags: tags)
        let tree = parser.parse(hashes, tags: tags, supertags: supertags, tagCount: tagCount)
        result.heads = tree.heads
        result.relations = tree.labels.map { $0 >= 0 ? parser.labels.names[$0] : "dep" }
        return result
    }
}

extension LinearModel {
    static func empty(classCount: Int) -> LinearModel {
        LinearModel(classCount: classCount, fingerprints: [], starts: [0], entries: [])
    }
}
