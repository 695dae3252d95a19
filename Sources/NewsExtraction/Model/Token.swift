/// A word or punctuation mark of the text, with its span in Unicode scalars.
public struct Token: Sendable, Hashable {
    /// The token as it stands in the text.
    public var text: String
    public var start: Int
    public var end: Int
    /// Index of the sentence that holds the token.
    public var sentence: Int

    public init(text: String, start: Int, end: Int, sentence: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
    }

    /// The tokens that mark a possessive: the clitic the tokenizer splits off ("Russia" "'s") and the bare
    /// apostrophe after a plural ("allies'").
    static let possessiveMarkers: Set<String> = ["'s", "’s", "'", "’"]
}
