import Foundation
import Testing

@testable import NewsExtraction

/// ../shared/eval beside the package root, when it is there.
private let seedArticle: String? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let url = root.deletingLastPathComponent().appendingPathComponent("shared/eval/seed-article.txt")
    return try? String(contentsOf: url, encoding: .utf8)
}()

@Test func groupsMentionsIntoOneEntityPerCountry() {
    let text = "Russia warns Ukraine.\nKyiv said Russian shelling went on, and the Kremlin denied it. Russia again."
    let extraction = Extractor().extract(text)
    let russia = extraction.entities.first { $0.id == "country:RUS" }
    // The Kremlin is an organization of the article as well.
    #expect(extraction.entities.map(\.id) == ["country:RUS", "country:UKR", "organization:kremlin"])
    #expect(russia?.name == "Russia")
    #expect(russia?.type == .country)
    #expect(russia?.codes == CountryCodes(iso2: "RU", iso3: "RUS", wikidata: "Q159"))
    #expect(russia?.mentions.map(\.text) == ["Russia", "Russian", "Kremlin", "Russia"])
    #expect(russia?.mentions.map(\.kind) == [.name, .demonym, .government, .name])
    #expect(abs((russia?.salience ?? 0) - 1) < 1e-9)
    for entity in extraction.entities {
        #expect((0...1).contains(entity.salience))
        #expect(entity.mentions == entity.mentions.sorted { $0.start < $1.start })
    }
    #expect(extraction.sentences.map(\.index) == [0, 1, 2])
}

@Test(.enabled(if: seedArticle != nil, "../shared/eval/seed-article.txt is not here"))
func seedArticleNamesItsCountries() throws {
    let text = try #require(seedArticle)
    let extraction = Extractor().extract(text)
    let countries = Set(extraction.entities.filter { $0.type == .country }.compactMap { $0.codes?.iso3 })
    #expect(countries == ["RUS", "PRK", "UKR", "USA", "IRN", "GBR", "SYR"])
    let tokenized = Tokenizer().tokenize(text)
    for mention in extraction.entities.flatMap(\.mentions) {
        #expect(tokenized.slice(mention.start, mention.end) == mention.text)
        #expect(extraction.sentences[mention.sentence].start <= mention.start)
        #expect(mention.end <= extraction.sentences[mention.sentence].end)
    }
}
