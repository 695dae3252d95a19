/// A sentence with its gold entity spans: what the tagger is trained and scored on.
public struct LabeledSentence: Sendable, Hashable {
    public var words: [String]
    public var spans: [TagSpan]

    public init(words: [String], spans: [TagSpan]) {
        self.words = words
        self.spans = spans
    }
}
