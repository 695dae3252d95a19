import Foundation
import NewsExtraction

/// One relation of one article, as a GDELT-like row.
public struct EventRow: Sendable, Hashable {
    /// `Article.seenAt` of the reporting article.
    public var date: Date
    public var source: String
    public var target: String
    public var type: RelationType
    public var cameo: String
    /// The first two digits of the CAMEO code.
    public var rootCode: String
    public var quadClass: Int
    public var goldstein: Double
    public var mode: RelationMode
    public var confidence: Double
    public var articleID: String
    public var url: String?
    public var sentence: String

    public init(
        date: Date, source: String, target: String, type: RelationType, cameo: String, rootCode: String,
        quadClass: Int, goldstein: Double, mode: RelationMode, confidence: Double, articleID: String, url: String?,
        sentence: String
    ) {
        self.date = date
        self.source = source
        self.target = target
        self.type = type
        self.cameo = cameo
        self.rootCode = rootCode
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.mode = mode
        self.confidence = confidence
        self.articleID = articleID
        self.url = url
        self.sentence = sentence
    }
}
