/// Reads one article: sentences, then entities, then the relations between countries.
///
/// A pure function of its input and the bundled resources; build one and share it, it is immutable.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output may change, so stored articles are re-derived on start.
    public static let version = 1

    public init() {}

    public func extract(_ text: String) -> Extraction {
        Extraction(sentences: [], entities: [], relations: [])
    }
}
