/// One place in the text that names an entity.
///
/// `start` and `end` count Unicode scalars of the article's text, end exclusive.
public struct Mention: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    /// Index of the sentence that holds the mention.
    public var sentence: Int
    /// Set for country mentions; `nil` for other entity types.
    public var kind: MentionKind?

    public init(text: String, start: Int, end: Int, sentence: Int, kind: MentionKind? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.kind = kind
    }
}
