/// An article cut into sentences and tokens: the input of every later stage of extraction.
public struct TokenizedText: Sendable {
    public let text: String
    /// The text's Unicode scalars: offsets index into this.
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// For each sentence, the range of its tokens in `tokens`.
    public let sentenceTokens: [Range<Int>]

    public init(
        text: String, scalars: [Unicode.Scalar], tokens: [Token], sentences: [Sentence], sentenceTokens: [Range<Int>]
    ) {
        self.text = text
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.sentenceTokens = sentenceTokens
    }

    /// The text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        scalars.withUnsafeBufferPointer { Tokenizer.string($0, start, end) }
    }
}
