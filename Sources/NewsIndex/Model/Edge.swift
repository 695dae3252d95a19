import Foundation
import NewsExtraction

/// All reports of one directed, typed relation between two countries.
///
/// The same sentence text in several articles (a syndicated story) counts once in `count`
/// and gives one evidence item.
public struct Edge: Sendable, Hashable {
    /// Alpha-3 of the actor.
    public var source: String
    /// Alpha-3 of the one acted on.
    public var target: String
    public var type: RelationType
    public var quadClass: Int
    /// Mean Goldstein weight of the reports.
    public var goldstein: Double
    /// Distinct reporting sentences.
    public var count: Int
    /// Distinct reporting articles.
    public var articleCount: Int
    public var firstSeen: Date
    public var lastSeen: Date
    /// The best few reports: most confident first, then newest.
    public var evidence: [Evidence]

    public init(
        source: String, target: String, type: RelationType, quadClass: Int, goldstein: Double, count: Int,
        articleCount: Int, firstSeen: Date, lastSeen: Date, evidence: [Evidence]
    ) {
        self.source = source
        self.target = target
        self.type = type
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.count = count
        self.articleCount = articleCount
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.evidence = evidence
    }
}

/// One sentence that reports a relation.
public struct Evidence: Sendable, Hashable {
    public var articleID: String
    public var sentence: String
    public var trigger: String
    public var mode: RelationMode
    public var confidence: Double
    public var date: Date

    public init(
        articleID: String, sentence: String, trigger: String, mode: RelationMode, confidence: Double, date: Date
    ) {
        self.articleID = articleID
        self.sentence = sentence
        self.trigger = trigger
        self.mode = mode
        self.confidence = confidence
        self.date = date
    }
}
