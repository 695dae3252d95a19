import Foundation
import Testing

@testable import NewsIndex

@Suite struct SearchIndexTests {
    let corpus = [
        "sanctions": "New sanctions on oil exports were announced. The sanctions target shipping.",
        "oil": "Oil prices rose as traders weighed supply from the Gulf.",
        "drones": "Drones struck a depot; officials said the drones came from the south.",
        "mixed": "Officials discussed oil, sanctions and drones at length in a long meeting about many other things.",
        "unrelated": "The football season opened with a surprising win.",
    ]

    func store() throws -> (NewsStore, [String: String]) {
        let store = try TestStores.inMemory()
        var ids: [String: String] = [:]
        for name in corpus.keys.sorted() {
            ids[name] = try store.add(ArticleDraft(text: corpus[name]!, title: name.capitalized)).article.id
        }
        return (store, ids)
    }

    @Test func ranksByBM25() throws {
        let (store, ids) = try store()
        func ranking(_ q: String) throws -> [String] {
            let names = Dictionary(uniqueKeysWithValues: ids.map { ($0.value, $0.key) })
            return try store.articles(ArticleQuery(q: q, limit: 10)).items.map { names[$0.id]! }
        }
        // Two occurrences plus the title beat one occurrence in a long text.
        #expect(try ranking("sanctions") == ["sanctions", "mixed"])
        #expect(try ranking("DRONES") == ["drones", "mixed"])
        // Worked out by hand: three "drones" (title included) in a short text outweigh one of each
        // in a long one; "oil" is in three of five articles, so it weighs less than "drones".
        #expect(try ranking("oil drones") == ["drones", "mixed", "oil", "sanctions"])
        #expect(try ranking("football") == ["unrelated"])
        #expect(try ranking("nothing-matches-this").isEmpty)
    }

    @Test func scoresFollowTheFormula() throws {
        var index = SearchIndex()
        let documents = ["alpha beta", "alpha alpha gamma delta", "beta"]
        for (serial, text) in documents.enumerated() {
            index.add(serial: UInt32(serial), SearchIndex.TermCounts(title: nil, text: text))
        }
        let scores = index.scores(query: "alpha", bound: 2, statistics: index.statistics)
        let average = 7.0 / 3
        let idf = log(1 + (3 - 2 + 0.5) / (2 + 0.5))
        func expected(_ frequency: Double, _ length: Double) -> Double {
            idf * frequency * 2.2 / (frequency + 1.2 * (0.25 + 0.75 * length / average))
        }
        let bySerial = Dictionary(uniqueKeysWithValues: scores.map { ($0.serial, $0.score) })
        #expect(bySerial.count == 2)
        #expect(abs(bySerial[0]! - expected(1, 2)) < 1e-12)
        #expect(abs(bySerial[1]! - expected(2, 4)) < 1e-12)
    }

    @Test func rankedCursorsSurviveAdds() throws {
        let store = try TestStores.inMemory()
        for number in 0..<12 {
            let repeats = Array(repeating: "harbour", count: number % 4 + 1).joined(separator: " ")
            _ = try store.add(ArticleDraft(text: "Report \(number): \(repeats) news of the day."))
        }
        let all = try store.articles(ArticleQuery(q: "harbour", limit: 100)).items.map(\.id)
        var paged: [String] = []
        var cursor: String?
        repeat {
            let page = try store.articles(ArticleQuery(q: "harbour", limit: 5, cursor: cursor))
            paged += page.items.map(\.id)
            cursor = page.nextCursor
            // New articles, some ranking above everything so far, do not disturb the pages.
            _ = try store.add(ArticleDraft(text: "harbour harbour harbour harbour harbour \(paged.count)"))
        } while cursor != nil
        #expect(paged == all)
    }

    @Test func tokenizerLowercasesAndSplitsOnPunctuation() {
        var terms: [String] = []
        SearchTokenizer.forEachTerm(in: "Russia’s KYIV-based, Österreich 2024 — naïve") {
            terms.append(String(decoding: $0, as: UTF8.self))
        }
        #expect(terms == ["russia", "s", "kyiv", "based", "österreich", "2024", "naïve"])
    }
}
