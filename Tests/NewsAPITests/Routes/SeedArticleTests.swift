import Foundation
import Testing

/// The article NewsGraph was specified from, when ../shared/eval is beside the repository.
private let seedArticle: String? = {
    let root = #filePath.components(separatedBy: "/Tests/")[0]
    return try? String(contentsOfFile: root + "/../shared/eval/seed-article.txt", encoding: .utf8)
}()

@Suite(.enabled(if: seedArticle != nil, "../shared/eval/seed-article.txt is not here"))
struct SeedArticleTests {
    @Test func countriesAreExactlyThoseTheTextNames() throws {
        let server = try TestServer()
        let article = try server.postJSON("/v1/articles", ["text": try #require(seedArticle)]).json
        let entities = try #require(article["entities"] as? [[String: Any]])
        let countries = Set(entities.filter { $0["type"] as? String == "country" }.compactMap { $0["iso3"] as? String })
        #expect(countries == ["RUS", "PRK", "UKR", "USA", "IRN", "GBR", "SYR"])
    }

    @Test(arguments: ["scalars", "utf16", "utf8"])
    func everyMentionsOffsetsCutItsText(unit: String) throws {
        let server = try TestServer()
        let text = try #require(seedArticle)
        let article = try server.postJSON("/v1/articles?offsets=\(unit)", ["text": text]).json
        let entities = try #require(article["entities"] as? [[String: Any]])
        #expect(!entities.isEmpty)
        let scalars = text.unicodeScalars.map { String($0) }
        for entity in entities {
            for mention in try #require(entity["mentions"] as? [[String: Any]]) {
                let start = try #require(mention["start"] as? Int)
                let end = try #require(mention["end"] as? Int)
                let expected = try #require(mention["text"] as? String)
                let cut: String =
                    switch unit {
                    case "utf16": String(decoding: Array(text.utf16)[start..<end], as: UTF16.self)
                    case "utf8": String(decoding: Array(text.utf8)[start..<end], as: UTF8.self)
                    default: scalars[start..<end].joined()
                    }
                #expect(cut == expected, "\(entity["id"] ?? "") at \(start)..<\(end)")
            }
        }
    }
}
