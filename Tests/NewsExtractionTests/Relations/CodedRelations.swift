@testable import NewsExtraction

/// The relations extraction codes in `text`, as "SOURCE>TARGET type": what the event coder's suites compare.
func codedTypes(_ text: String) -> Set<String> {
    Set(Extractor().extract(text).relations.map { "\($0.source)>\($0.target) \($0.type.rawValue)" })
}
