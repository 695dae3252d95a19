import Foundation
import NewsExtraction
import Testing

@testable import NewsIndex

@Suite struct NewsStoreArticlesTests {
    let text = "Russia attacked Ukraine. Vladimir Putin met NATO officials."

    @Test func addReturnsTheArticleWithItsExtraction() throws {
        let store = try TestStores.inMemory()
        let draft = ArticleDraft(
            text: text, title: "War", url: "https://example.com/1", source: "Example",
            publishedAt: TestStores.date("2024-03-01"))
        let (article, created) = try store.add(draft)
        #expect(created)
        #expect(article.id.count == 13)
        #expect(article.title == "War")
        #expect(article.extraction == TestStores.extractor.extract(text))
        #expect(store.article(id: article.id) == article)
        #expect(store.article(id: "nope") == nil)
    }

    @Test func theSameTextAgainReturnsTheStoredArticle() throws {
        let store = try TestStores.inMemory()
        let first = try store.add(ArticleDraft(text: text, title: "First"))
        let generation = store.generation
        let second = try store.add(ArticleDraft(text: text, title: "Second"))
        #expect(!second.created)
        #expect(second.article == first.article)
        #expect(store.stats.articles == 1)
        #expect(store.generation == generation)
        #expect(try store.add(ArticleDraft(text: text + " ")).created)
    }

    @Test func emptyTextIsRefused() throws {
        let store = try TestStores.inMemory()
        #expect(throws: NewsStoreError.emptyText) { try store.add(ArticleDraft(text: " \n\t")) }
        #expect(store.stats.articles == 0)
    }

    @Test func deleteRemovesEverythingDerived() throws {
        let store = try TestStores.inMemory()
        let kept = try store.add(ArticleDraft(text: "France criticised Iran. Drones everywhere.")).article
        let before = try store.entities(EntityQuery(limit: 100)).items
        let edgesBefore = store.relationships(RelationshipFilter())
        let doomed = try store.add(ArticleDraft(text: text)).article
        #expect(try store.delete(id: doomed.id))
        #expect(try !store.delete(id: doomed.id))
        #expect(store.article(id: doomed.id) == nil)
        #expect(try store.entities(EntityQuery(limit: 100)).items == before)
        #expect(store.relationships(RelationshipFilter()) == edgesBefore)
        #expect(store.entity(id: "person:vladimir-putin") == nil)
        #expect(try store.articles(ArticleQuery(q: "putin")).items.isEmpty)
        #expect(try store.articles(ArticleQuery()).items.map(\.id) == [kept.id])
        #expect(store.events(RelationshipFilter()).map(\.articleID) == [kept.id])
        #expect(store.stats == StoreStats(articles: 1, entities: 2, relations: 1, edges: 1, generation: 3))
        // The same text may come back, under the same id.
        let again = try store.add(ArticleDraft(text: text))
        #expect(again.created && again.article.id == doomed.id)
    }

    @Test func listIsNewestFirstAndCursorsSurviveAdds() throws {
        let store = try TestStores.inMemory()
        let ids = try (0..<7).map { try store.add(ArticleDraft(text: "Story number \($0).")).article.id }
        let first = try store.articles(ArticleQuery(limit: 3))
        #expect(first.items.map(\.id) == Array(ids.reversed().prefix(3)))
        for extra in 0..<5 { _ = try store.add(ArticleDraft(text: "Later story \(extra).")) }
        let second = try store.articles(ArticleQuery(limit: 3, cursor: first.nextCursor))
        #expect(second.items.map(\.id) == Array(ids.reversed().dropFirst(3).prefix(3)))
        let third = try store.articles(ArticleQuery(limit: 3, cursor: second.nextCursor))
        #expect(third.items.map(\.id) == [ids[0]])
        #expect(third.nextCursor == nil)
    }

    @Test func filtersByEntityCountryAndDate() throws {
        let store = try TestStores.inMemory()
        let march = try store.add(
            ArticleDraft(text: "Russia attacked Ukraine.", publishedAt: TestStores.date("2024-03-05"))
        ).article
        let april = try store.add(
            ArticleDraft(text: "Iran supplied drones to Russia.", publishedAt: TestStores.date("2024-04-05"))
        ).article
        let may = try store.add(ArticleDraft(text: "France met Iran.", publishedAt: TestStores.date("2024-05-05")))
            .article
        func ids(_ query: ArticleQuery) throws -> [String] { try store.articles(query).items.map(\.id) }
        #expect(try ids(ArticleQuery(country: "rus")) == [april.id, march.id])
        #expect(try ids(ArticleQuery(country: "Ir")) == [may.id, april.id])
        #expect(try ids(ArticleQuery(entity: "equipment:drone")) == [april.id])
        #expect(try ids(ArticleQuery(entity: "equipment:tank")).isEmpty)
        #expect(try ids(ArticleQuery(country: "ZZZ")).isEmpty)
        #expect(try ids(ArticleQuery(country: "RUS", from: TestStores.date("2024-04-01"))) == [april.id])
        #expect(try ids(ArticleQuery(to: TestStores.date("2024-04-05"))) == [april.id, march.id])
        // Equal idf and frequency: the shorter article ranks first.
        #expect(try ids(ArticleQuery(q: "drones OR france", country: "IRN")) == [may.id, april.id])
    }

    @Test func cursorsOfAnotherFormAreRejected() throws {
        let store = try TestStores.inMemory()
        #expect(throws: NewsStoreError.self) { try store.articles(ArticleQuery(cursor: "garbage!")) }
        let entityCursor = Cursor("e", ["1", "", "78"]).encoded
        #expect(throws: NewsStoreError.invalidCursor(entityCursor)) {
            try store.articles(ArticleQuery(cursor: entityCursor))
        }
    }

    /// The cursor's form is public, so any cursor of that form is a position, even one this server never made.
    @Test func everyCursorOfTheFormIsAPosition() throws {
        let store = try TestStores.inMemory()
        let ids = try (1...3).map {
            try store.add(ArticleDraft(text: "Russia attacked Ukraine, report \($0).")).article.id
        }
        #expect(try store.articles(ArticleQuery(cursor: "n9999999999")).items.map(\.id) == ids.reversed())
        #expect(try store.articles(ArticleQuery(cursor: "n1")).items.map(\.id) == [ids[0]])
        #expect(try store.articles(ArticleQuery(cursor: "r0.0.0000000000000000.0000000000000000.2")).items.count == 2)
        let nan = "7ff8000000000000"
        let search = ArticleQuery(q: "russia", cursor: "r9999999999.0.\(nan).\(nan).9999999999")
        #expect(try store.articles(search).items.count == 3)
        #expect(try store.articles(ArticleQuery(q: "russia", cursor: "n0")).items.isEmpty)
        #expect(try store.entities(EntityQuery(cursor: "e-9999999999.ff.")).items.count > 0)
    }

    @Test func generationChangesOnEveryWrite() throws {
        let store = try TestStores.inMemory()
        let start = store.generation
        let id = try store.add(ArticleDraft(text: "One.")).article.id
        #expect(store.generation == start + 1)
        _ = try store.addBatch([ArticleDraft(text: "Two."), ArticleDraft(text: "Three.")])
        #expect(store.generation == start + 3)
        _ = try store.delete(id: id)
        #expect(store.generation == start + 4)
    }
}
