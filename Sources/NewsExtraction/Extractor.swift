import Dispatch
import Foundation

/// Reads one article: sentences, then entities, then the relations between countries.
///
/// A pure function of its input and the bundled resources; build one and share it, it is immutable.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output may change, so stored articles are re-derived on start.
    public static let version = 9

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
                _ = ActorLexicon.shared
            } else {
                _ = Gazetteer.withRuleNames
                _ = RelationLexicon.shared
            }
        }
        stages = Stages()
    }

    /// Reads `text`, dating the people in it by a dateline at its top, else by each one's latest office.
    public func extract(_ text: String) -> Extraction {
        extract(text, publishedAt: nil)
    }

    /// Reads `text`. `publishedAt` dates the people in it (Yeltsin is Russia's in 1996, nobody's in 2005); without
    /// it a dateline at the top of the text does, else each person's latest office.
    public func extract(_ text: String, publishedAt: Date?) -> Extraction {
        extract(text, publishedAt: publishedAt, explain: false)
    }

    /// Reads `text` as `extract(_:publishedAt:)` does; `explain`: each relation says why it was found.
    public func extract(_ text: String, publishedAt: Date?, explain: Bool) -> Extraction {
        extract(text, publishedAt: publishedAt, explain: explain, log: nil)
    }

    /// `log`: the relation classifier's candidates go there instead of being classified (to train it on them).
    func extract(_ text: String, publishedAt: Date?, explain: Bool, log: RelationCandidateLog?) -> Extraction {
        let tokenized = stages.tokenizer.tokenize(text)
        var countries = stages.countryMatcher.mentions(in: tokenized)
        // Captions, credits and bylines name no country of the article either.
        let credits = CreditLines.flags(of: tokenized)
        if credits.contains(true) { countries.removeAll { credits[$0.mention.sentence] } }
        let countryEntities = CountryEntities.entities(from: countries, sentenceCount: tokenized.sentences.count)
        let entities = stages.recognizer.entities(in: tokenized, countries: countryEntities, credits: credits)
        let relations = stages.eventCoder.relations(
            in: tokenized, entities: entities, date: publishedAt.map(CalendarDay.init), explain: explain, log: log)
        return Extraction(sentences: tokenized.sentences, entities: entities, relations: relations)
    }
}
