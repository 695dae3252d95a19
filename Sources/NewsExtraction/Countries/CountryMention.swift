/// One place in a text that names a country, found by `CountryMatcher`.
public struct CountryMention: Sendable, Hashable {
    public let country: Country
    /// Text, scalar offsets, sentence and kind (`name`, `short`, `demonym`, `capital`, `government`).
    public let mention: Mention
    /// The mention's tokens in `TokenizedText.tokens`.
    public let tokens: Range<Int>

    public init(country: Country, mention: Mention, tokens: Range<Int>) {
        self.country = country
        self.mention = mention
        self.tokens = tokens
    }
}
