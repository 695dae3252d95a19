import Dispatch

/// Reads one article: sentences, then entities, then the relations between countries.
///
/// A pure function of its input and the bundled resources; build one and share it, it is immutable.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output may change, so stored articles are re-derived on start.
    public static let version = 7

    /// The stages, shared by every copy: an extractor is one reference, cheap to copy and to capture in a closure
    /// (a debug build crashed when `extractor.extract` captured the stages by value once they had grown large).
    private let stages: Stages

    private final class Stages: Sendable {
        let tokenizer = Tokenizer()
        let countryMatcher = CountryMatcher()
        let recognizer = EntityRecognizer.bundled
        let eventCoder = EventCoder()
    }

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
        stages = Stages()
    }

    public func extract(_ text: String) -> Extraction {
        let tokenized = stages.tokenizer.tokenize(text)
        var countries = stages.countryMatcher.mentions(in: tokenized)
        // Captions, credits and bylines name no country of the article either.
        let credits = CreditLines.flags(of: tokenized)
        if credits.contains(true) { countries.removeAll { credits[$0.mention.sentence] } }
        let countryEntities = CountryEntities.entities(from: countries, sentenceCount: tokenized.sentences.count)
        let entities = stages.recognizer.entities(in: tokenized, countries: countryEntities, credits: credits)
        let relations = stages.eventCoder.relations(in: tokenized, entities: entities)
        return Extraction(sentences: tokenized.sentences, entities: entities, relations: relations)
    }
}
