import Dispatch

/// Reads one article: sentences, then entities, then the relations between countries.
///
/// A pure function of its input and the bundled resources; build one and share it, it is immutable.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output may change, so stored articles are re-derived on start.
    public static let version = 6

    private let tokenizer = Tokenizer()
    private let countryMatcher: CountryMatcher
    private let recognizer: EntityRecognizer
    private let eventCoder: EventCoder

    public init() {
        // Each bundled resource loads once, on first use: here, in two halves of about equal work, one per core.
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                _ = EntityTagger.bundledModel
                _ = CountryTable.shared
            } else {
                _ = Gazetteer.withRuleNames
                _ = RelationLexicon.shared
            }
        }
        countryMatcher = CountryMatcher()
        recognizer = .bundled
        eventCoder = EventCoder()
    }

    public func extract(_ text: String) -> Extraction {
        let tokenized = tokenizer.tokenize(text)
        let countries = countryMatcher.mentions(in: tokenized)
        let countryEntities = CountryEntities.entities(from: countries, sentenceCount: tokenized.sentences.count)
        let entities = recognizer.entities(in: tokenized, countries: countryEntities)
        let relations = eventCoder.relations(in: tokenized, entities: entities)
        return Extraction(sentences: tokenized.sentences, entities: entities, relations: relations)
    }
}
