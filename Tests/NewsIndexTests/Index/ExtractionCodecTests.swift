import NewsExtraction
import Testing

@testable import NewsIndex

@Suite struct ExtractionCodecTests {
    @Test(arguments: [
        "Russia attacked Ukraine. Vladimir Putin met NATO.",
        "Kyiv’s mayor — “calm” — said Russia attacked Ukraine. Ünïcödé Iran supplied drones to Russia. 🇺🇦 France met Iran.",
    ])
    func roundTrips(text: String) throws {
        let extraction = ToyExtractor().extract(text)
        #expect(!extraction.relations.isEmpty)
        let bytes = ExtractionCodec.encode(extraction, text: text)
        #expect(try ExtractionCodec.decode(bytes, text: text) == extraction)
        #expect(try ExtractionCodec.decodeRelations(bytes, text: text) == extraction.relations)
        // Texts that the spans reproduce are not stored again.
        let trigger = Array("attacked".utf8)
        #expect(!bytes.indices.dropLast(trigger.count).contains { Array(bytes[$0..<$0 + trigger.count]) == trigger })
    }

    @Test func keepsTextsThatDoNotMatchTheirSpans() throws {
        let text = "Moscow said the Kremlin agreed."
        let sentence = Sentence(index: 0, start: 0, end: 31, text: "a different sentence")
        let extraction = Extraction(
            sentences: [sentence],
            entities: [
                Entity(
                    id: "country:RUS", type: .country, name: "Russia",
                    mentions: [
                        Mention(text: "Moscow", start: 0, end: 6, sentence: 0, kind: .capital),
                        Mention(text: "the Kremlin", start: 12, end: 23, sentence: 0, kind: .government),
                        Mention(text: "out of range", start: 90, end: 99, sentence: 0),
                    ],
                    salience: 0.25, codes: CountryCodes(iso2: "RU", iso3: "RUS", wikidata: "Q159"), country: "RUS")
            ],
            relations: [
                Relation(
                    source: "RUS", target: "UKR", type: .armsSupply, cameo: "072", mode: .intent,
                    trigger: Span(text: "agreed", start: 24, end: 30), sentence: sentence, confidence: 0.1,
                    items: ["equipment:drone", "equipment:shahed-136"])
            ])
        let bytes = ExtractionCodec.encode(extraction, text: text)
        #expect(try ExtractionCodec.decode(bytes, text: text) == extraction)
    }

    @Test func rejectsTruncatedBytes() {
        let text = "Russia attacked Ukraine."
        let bytes = ExtractionCodec.encode(ToyExtractor().extract(text), text: text)
        #expect(throws: (any Error).self) { try ExtractionCodec.decode(Array(bytes.dropLast()), text: text) }
    }
}
