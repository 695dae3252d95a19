/// Reads one article: sentences, then entities, then the relations between countries.
///
/// A pure function of its input and the bundled resources; build one and share it, it is immutable.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output may change, so stored articles are re-derived on start.
    public static let version = 2

    private let tokenizer = Tokenizer()
    private let countryMatcher = CountryMatcher()

    public init() {}

    public func extract(_ text: String) -> Extraction {
        let tokenized = tokenizer.tokenize(text)
        let countries = countryMatcher.mentions(in: tokenized)
        let entities = CountryEntities.entities(from: countries, sentenceCount: tokenized.sentences.count)
        return Extraction(sentences: tokenized.sentences, entities: entities, relations: [])
    }
}
