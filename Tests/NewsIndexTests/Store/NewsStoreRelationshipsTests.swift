import Foundation
import NewsExtraction
import Testing

@testable import NewsIndex

@Suite struct NewsStoreRelationshipsTests {
    let attack = "Russia attacked Ukraine."

    /// An original story and a syndicated copy with the same attack sentence, one more attack report,
    /// Iran's supply, and a sanction in the other direction.
    func store() throws -> (NewsStore, [String]) {
        let store = try TestStores.inMemory()
        let drafts = [
            ArticleDraft(
                text: "\(attack) Officials spoke.", url: "https://a.example/1",
                publishedAt: TestStores.date("2024-03-02")),
            ArticleDraft(text: "\(attack) Syndicated by another outlet.", publishedAt: TestStores.date("2024-03-03")),
            ArticleDraft(text: "Overnight Russia attacked Ukraine again.", publishedAt: TestStores.date("2024-04-20")),
            ArticleDraft(text: "Iran supplied drones to Russia.", publishedAt: TestStores.date("2024-04-21")),
            ArticleDraft(text: "Ukraine sanctioned Russia.", publishedAt: TestStores.date("2024-05-01")),
        ]
        return (store, try drafts.map { try store.add($0).article.id })
    }

    @Test func aggregatesEdgesAndCountsASyndicatedSentenceOnce() throws {
        let (store, ids) = try store()
        let edges = store.relationships(RelationshipFilter())
        #expect(
            edges.map { "\($0.source)>\($0.target):\($0.type.rawValue)" } == [
                "RUS>UKR:use_force", "UKR>RUS:impose_sanctions", "IRN>RUS:arms_supply",
            ])
        let attackEdge = edges[0]
        #expect(attackEdge.count == 2)
        #expect(attackEdge.articleCount == 3)
        #expect(attackEdge.quadClass == 4)
        #expect(attackEdge.goldstein == -10)
        #expect(attackEdge.firstSeen == TestStores.date("2024-03-02"))
        #expect(attackEdge.lastSeen == TestStores.date("2024-04-20"))
        // One evidence item per distinct sentence; of two copies, the earlier stands for both.
        #expect(attackEdge.evidence.map(\.sentence) == ["Overnight Russia attacked Ukraine again.", attack])
        #expect(attackEdge.evidence.map(\.articleID) == [ids[2], ids[0]])
        #expect(attackEdge.evidence[0].trigger == "attacked")
        #expect(attackEdge.evidence[0].mode == .asserted)
        #expect(attackEdge.evidence[0].confidence == 0.8)
        #expect(store.relationships(RelationshipFilter(), evidenceLimit: 1)[0].evidence.count == 1)
        #expect(store.relationships(RelationshipFilter(), limit: 2) == Array(edges.prefix(2)))
    }

    @Test func filters() throws {
        let (store, _) = try store()
        func keys(_ filter: RelationshipFilter) -> [String] {
            store.relationships(filter).map { "\($0.source)>\($0.target)" }
        }
        #expect(keys(RelationshipFilter(country: "ir")) == ["IRN>RUS"])
        #expect(keys(RelationshipFilter(country: "UKR", with: "rus")) == ["RUS>UKR", "UKR>RUS"])
        #expect(keys(RelationshipFilter(with: "IRN")) == ["IRN>RUS"])
        #expect(keys(RelationshipFilter(type: .imposeSanctions)) == ["UKR>RUS"])
        #expect(keys(RelationshipFilter(quadClass: 2)) == ["IRN>RUS"])
        let march = RelationshipFilter(from: TestStores.date("2024-03-01"), to: TestStores.date("2024-03-31"))
        let marchEdges = store.relationships(march)
        #expect(marchEdges.map { "\($0.source)>\($0.target)" } == ["RUS>UKR"])
        #expect(marchEdges[0].count == 1 && marchEdges[0].articleCount == 2)
        #expect(marchEdges[0].lastSeen == TestStores.date("2024-03-03"))
    }

    @Test func pairHasBothDirectionsAndAMonthlyTimeline() throws {
        let (store, _) = try store()
        let pair = store.pair("ua", "RUS")
        #expect(pair.a == "UKR" && pair.b == "RUS")
        #expect(pair.edges.map { "\($0.source)>\($0.target)" } == ["RUS>UKR", "UKR>RUS"])
        #expect(
            pair.timeline == [
                TimelineMonth(
                    month: "2024-03", counts: [TimelineCount(source: "RUS", target: "UKR", type: .useForce, count: 1)]),
                TimelineMonth(
                    month: "2024-04", counts: [TimelineCount(source: "RUS", target: "UKR", type: .useForce, count: 1)]),
                TimelineMonth(
                    month: "2024-05",
                    counts: [TimelineCount(source: "UKR", target: "RUS", type: .imposeSanctions, count: 1)]),
            ])
        #expect(store.pair("IRN", "UKR").edges.isEmpty)
    }

    @Test func graphNodesAreTheEndsOfTheEdges() throws {
        let (store, _) = try store()
        let graph = store.graph(RelationshipFilter(country: "IRN"))
        #expect(graph.edges.count == 1)
        #expect(graph.edges[0].evidence.isEmpty)
        #expect(
            graph.nodes == [
                CountryNode(id: "IRN", name: "Iran", iso2: "IR", articleCount: 1, mentionCount: 1),
                CountryNode(id: "RUS", name: "Russia", iso2: "RU", articleCount: 5, mentionCount: 5),
            ])
    }

    @Test func eventsListEveryRelationOldestFirst() throws {
        let (store, ids) = try store()
        let events = store.events(RelationshipFilter())
        #expect(events.map(\.articleID) == ids)
        let first = events[0]
        #expect(first.date == TestStores.date("2024-03-02"))
        #expect(first.cameo == "190" && first.rootCode == "19" && first.quadClass == 4 && first.goldstein == -10)
        #expect(first.url == "https://a.example/1")
        #expect(first.sentence == attack)
        #expect(store.events(RelationshipFilter(type: .armsSupply)).map(\.articleID) == [ids[3]])
    }

    @Test func deletingAnArticleUpdatesItsEdges() throws {
        let (store, ids) = try store()
        _ = try store.delete(id: ids[2])
        let attackEdge = try #require(store.relationships(RelationshipFilter(type: .useForce)).first)
        #expect(attackEdge.count == 1 && attackEdge.articleCount == 2)
        #expect(attackEdge.lastSeen == TestStores.date("2024-03-03"))
        _ = try store.delete(id: ids[3])
        #expect(store.relationships(RelationshipFilter(country: "IRN")).isEmpty)
        #expect(store.stats.edges == 2)
    }
}
