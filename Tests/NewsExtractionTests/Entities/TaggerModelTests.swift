import Foundation
import Testing

@testable import NewsExtraction

@Suite struct TaggerModelTests {
    @Test func shippedWeightsLoadAndTag() throws {
        let bytes = BundledResource.bytes("tagger.weights")
        let model = try TaggerModel(bytes: bytes)
        #expect(model.featureCount > 10_000)
        let words = ["German", "Chancellor", "Helmut", "Kohl", "visited", "Reuters", "in", "London", "."]
        let spans = EntityTagger(model: model, gazetteer: .bundled).tag(words)
        let classes = TagScheme.conll.classes
        let found = spans.map { "\(classes[$0.label]) \(words[$0.start..<$0.end].joined(separator: " "))" }
        #expect(found == ["MISC German", "PER Helmut Kohl", "ORG Reuters", "LOC London"])
    }

    @Test func serializationRoundTrips() throws {
        let model = EntityTagger.bundled.model
        let copy = try TaggerModel(bytes: model.serialized())
        #expect(copy.keys == model.keys)
        #expect(copy.weights == model.weights)
        #expect(copy.transitions == model.transitions)
        #expect(throws: TaggerModel.FormatError.badMagic) { try TaggerModel(bytes: Array("XXXX".utf8)) }
        #expect(throws: TaggerModel.FormatError.truncated) {
            try TaggerModel(bytes: Array(model.serialized()[0..<100]))
        }
    }

    @Test func schemeEncodesAndDecodesSpans() {
        let scheme = TagScheme.conll
        let spans = [TagSpan(start: 0, end: 2, label: 0), TagSpan(start: 3, end: 4, label: 2)]
        let tags = scheme.encode(spans, length: 5)
        #expect(scheme.decode(tags) == spans)
        #expect(scheme.allows(nil, tags[0]) && scheme.allows(tags[0], tags[1]) && !scheme.allows(tags[1], tags[1]))
    }

    @Test func readsIOB1Spans() {
        let text =
            "-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\ncall NN I-NP O\n"
        let sentences = CoNLLReader.sentences(in: text)
        #expect(sentences.count == 1)
        #expect(sentences[0].spans == [TagSpan(start: 0, end: 1, label: 1), TagSpan(start: 2, end: 3, label: 3)])
    }

    private static let validation = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../../shared/eval/conll2003/valid.txt").path

    /// The shipped weights on the CoNLL-2003 validation set, on its own tokens: where the corpus is present.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: validation)))
    func scoresOnValidationSet() throws {
        let sentences = CoNLLReader.sentences(in: try String(contentsOfFile: Self.validation, encoding: .utf8))
        var score = SpanScore(classCount: 4)
        for sentence in sentences {
            score.add(predicted: EntityTagger.bundled.tag(sentence.words), gold: sentence.spans)
        }
        #expect(score.f1() > 0.88)
        for label in 0..<4 { #expect(score.f1(label) > 0.8) }
    }
}
