import Foundation
import NewsExtraction
import Testing

@testable import NewsIndex

@Suite struct NewsStoreEntitiesTests {
    /// Russia: 4 mentions in 3 articles; Ukraine: 2 in 2; Iran: 3 in 1; Putin: 1; drones: 1; France: 1.
    func store() throws -> NewsStore {
        let store = try TestStores.inMemory()
        let drafts = [
            ArticleDraft(text: "Russia attacked Ukraine. Russia said so.", publishedAt: TestStores.date("2024-01-10")),
            ArticleDraft(
                text: "Vladimir Putin visited Ukraine. Russia agreed.", publishedAt: TestStores.date("2024-02-10")),
            ArticleDraft(text: "Iran supplied drones to Russia. Iran denied it. Iran again.", publishedAt: nil),
            ArticleDraft(text: "France stayed quiet.", publishedAt: TestStores.date("2023-12-31")),
        ]
        for draft in drafts { _ = try store.add(draft) }
        return store
    }

    @Test func aggregatesCountsAndDates() throws {
        let store = try store()
        let russia = try #require(store.entity(id: "country:RUS")).summary
        #expect(russia.mentionCount == 4)
        #expect(russia.articleCount == 3)
        #expect(russia.name == "Russia")
        #expect(russia.codes == CountryCodes(iso2: "RU", iso3: "RUS", wikidata: "Q159"))
        #expect(russia.firstSeen == TestStores.date("2024-01-10"))
        // The article without a publication date counts at its ingestion, which is now.
        #expect(abs(russia.lastSeen.timeIntervalSinceNow) < 60)
        #expect(store.stats.entities == 6)
    }

    @Test func sortsAndPages() throws {
        let store = try store()
        func ids(_ query: EntityQuery) throws -> [String] { try store.entities(query).items.map(\.id) }
        #expect(
            try ids(EntityQuery(sort: .mentions)) == [
                "country:RUS", "country:IRN", "country:UKR", "country:FRA", "equipment:drone",
                "person:vladimir-putin",
            ])
        #expect(try ids(EntityQuery(sort: .articles)).prefix(2) == ["country:RUS", "country:UKR"])
        #expect(
            try ids(EntityQuery(sort: .name)) == [
                "equipment:drone", "country:FRA", "country:IRN", "country:RUS", "country:UKR",
                "person:vladimir-putin",
            ])
        #expect(try ids(EntityQuery(type: .person)) == ["person:vladimir-putin"])
        #expect(try ids(EntityQuery(q: "VLA", sort: .name)) == ["person:vladimir-putin"])
        #expect(try ids(EntityQuery(q: "r", sort: .mentions)) == ["country:RUS"])
        #expect(try ids(EntityQuery(q: "I")) == ["country:IRN"])
        for sort in EntityQuery.Sort.allCases {
            var cursor: String?
            var paged: [String] = []
            repeat {
                let page = try store.entities(EntityQuery(sort: sort, limit: 4, cursor: cursor))
                paged += page.items.map(\.id)
                cursor = page.nextCursor
            } while cursor != nil
            #expect(paged == (try ids(EntityQuery(sort: sort))))
        }
        // A cursor is a key, read under whatever sort the query asks for: one made for another sort is still a
        // position (the document's form promises that), only not a useful one. Another form is refused.
        let first = try store.entities(EntityQuery(limit: 2))
        #expect(try store.entities(EntityQuery(sort: .name, limit: 2, cursor: first.nextCursor)).items.count == 2)
        #expect(throws: NewsStoreError.self) { try store.entities(EntityQuery(cursor: "n12")) }
    }

    @Test func pagingSurvivesAddsInNameOrder() throws {
        let store = try store()
        let first = try store.entities(EntityQuery(sort: .name, limit: 3))
        #expect(first.items.map(\.id) == ["equipment:drone", "country:FRA", "country:IRN"])
        _ = try store.add(ArticleDraft(text: "NATO met."))
        let second = try store.entities(EntityQuery(sort: .name, limit: 3, cursor: first.nextCursor))
        #expect(second.items.map(\.id) == ["organization:nato", "country:RUS", "country:UKR"])
    }

    @Test func detailListsArticlesAndCompanions() throws {
        let store = try store()
        let detail = try #require(store.entity(id: "country:UKR", articleLimit: 1))
        #expect(detail.articleIDs.count == 1)
        #expect(detail.articleIDs == [try store.articles(ArticleQuery(entity: "country:UKR", limit: 1)).items[0].id])
        #expect(detail.cooccurring.map(\.entity.id) == ["country:RUS", "person:vladimir-putin"])
        #expect(detail.cooccurring.map(\.articleCount) == [2, 1])
        #expect(store.entity(id: "country:XXX") == nil)
    }

    @Test func cachedOrderFollowsWrites() throws {
        let store = try store()
        #expect(try store.entities(EntityQuery(limit: 1)).items[0].id == "country:RUS")
        _ = try store.add(ArticleDraft(text: "France and France and France and France and France."))
        #expect(try store.entities(EntityQuery(limit: 1)).items[0].id == "country:FRA")
    }
}
