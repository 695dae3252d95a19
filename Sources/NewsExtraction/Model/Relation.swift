/// A directed, typed act of one country on another, reported by one sentence.
public struct Relation: Sendable, Hashable {
    /// ISO 3166-1 alpha-3 of the actor.
    public var source: String
    /// ISO 3166-1 alpha-3 of the one acted on.
    public var target: String
    public var type: RelationType
    /// The CAMEO event code, e.g. "072".
    public var cameo: String
    public var mode: RelationMode
    public var trigger: Span
    public var sentence: Sentence
    /// 0...1.
    public var confidence: Double
    /// Equipment entity ids, for `arms_supply`.
    public var items: [String]
    /// Why it was found; only where the caller asked (`Extractor.extract(_:publishedAt:explain:)`).
    public var explanation: RelationExplanation?

    public var quadClass: Int { type.quadClass }
    public var goldstein: Double { type.goldstein }

    public init(
        source: String, target: String, type: RelationType, cameo: String? = nil, mode: RelationMode = .asserted,
        trigger: Span, sentence: Sentence, confidence: Double, items: [String] = []
    ) {
        self.source = source
        self.target = target
        self.type = type
        self.cameo = cameo ?? type.cameo
        self.mode = mode
        self.trigger = trigger
        self.sentence = sentence
        self.confidence = confidence
        self.items = items
    }
}

/// Whether the text says the act happened, is planned, is claimed by someone, or is denied.
public enum RelationMode: String, Sendable, CaseIterable, Codable {
    case asserted, intent, alleged, denied
}

/// A piece of the text: its characters and its span in Unicode scalars.
public struct Span: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
