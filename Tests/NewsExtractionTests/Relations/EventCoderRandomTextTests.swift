import Testing

@testable import NewsExtraction

/// Word salad from the lexicon's own words, countries, places and punctuation: whatever order the words come in,
/// the coder must neither trap nor relate a country to itself. Found a trap on a sentence that opens with a
/// trigger's gerund ("Speaking at a news conference, ...").
@Suite struct EventCoderRandomTextTests {
    static let names = [
        "Russia", "Ukraine", "Russian", "Ukrainian", "Moscow", "Kyiv", "Kharkiv", "Gaza", "Israel", "Iran's", "Putin",
        "Biden", "the United States", "North Korea", "Chinese", "Beijing", "Washington", "NATO", "Hezbollah",
    ]
    static let marks = [",", ".", "'s", "-", "\"", ";", "(", ")", "and", "that", "which", "by", "to", "$2", "billion"]

    @Test func wordSaladNeitherTrapsNorRelatesACountryToItself() {
        let vocabulary = RelationLexicon.shared.words.sorted() + Self.names + Self.marks
        let extractor = Extractor()
        var random = SplitMix64(seed: 2026)
        for round in 0..<3000 {
            let length = Int.random(in: 1...14, using: &random)
            var words = (0..<length).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)] }
            switch round % 3 {
            case 0: words = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
            case 1: words = words.map { $0.uppercased() }
            default: break
            }
            for relation in extractor.extract(words.joined(separator: " ")).relations {
                #expect(relation.source != relation.target, "\(words)")
            }
        }
    }
}
