import Foundation
import Testing

@testable import NewsAPI

@Suite struct RelationshipRoutesTests {
    /// Two articles that report the same act: one edge, counted twice, with both as evidence.
    private func serverWithTwoReports() throws -> TestServer {
        let server = try TestServer()
        let first = try server.postJSON(
            "/v1/articles",
            [
                "text": "Russia is buying rockets and artillery shells from North Korea.",
                "publishedAt": "2024-03-05T10:00:00Z",
            ])
        let second = try server.postJSON(
            "/v1/articles",
            [
                "text": "Officials said North Korea supplied artillery shells to Russia last month.",
                "publishedAt": "2024-04-10T08:00:00Z",
            ])
        #expect(first.status == 201)
        #expect(second.status == 201)
        return server
    }

    @Test func twoArticlesMakeOneEdgeWithBothAsEvidence() throws {
        let server = try serverWithTwoReports()
        let page = try server.request("GET", "/v1/relationships?country=RUS&type=arms_supply").json
        let edges = try #require(page["items"] as? [[String: Any]])
        let edge = try #require(edges.first { $0["source"] as? String == "PRK" && $0["target"] as? String == "RUS" })
        #expect(edge["type"] as? String == "arms_supply")
        #expect(edge["quadClass"] as? Int == 2)
        #expect(edge["count"] as? Int == 2)
        #expect(edge["articleCount"] as? Int == 2)
        #expect(edge["firstSeen"] as? String == "2024-03-05T10:00:00Z")
        #expect(edge["lastSeen"] as? String == "2024-04-10T08:00:00Z")
        let evidence = try #require(edge["evidence"] as? [[String: Any]])
        #expect(Set(evidence.compactMap { $0["articleId"] as? String }).count == 2)
        #expect(
            try server.request("GET", "/v1/relationships?country=FRA").json["items"].map { ($0 as? [Any])?.count } == 0)
    }

    @Test func pairHasBothDirectionsAndAMonthlyTimeline() throws {
        let server = try serverWithTwoReports()
        let pair = try server.request("GET", "/v1/relationships/rus/KP").json
        #expect(pair["a"] as? String == "RUS")
        #expect(pair["b"] as? String == "PRK")
        let months = try #require(pair["timeline"] as? [[String: Any]]).compactMap { $0["month"] as? String }
        #expect(months == ["2024-03", "2024-04"])
        // A well-formed code that names no country is an empty answer; what is no code at all is a 400.
        let unknown = try server.request("GET", "/v1/relationships/RUS/xx")
        #expect(unknown.status == 200)
        #expect(unknown.json["b"] as? String == "XX")
        #expect((unknown.json["edges"] as? [Any])?.isEmpty == true)
        #expect(try server.request("GET", "/v1/relationships/RUS/X1").json["field"] as? String == "b")
        for target in ["/v1/relationships?country=ZZZ", "/v1/relationships?with=qq", "/v1/articles?country=ZZ"] {
            let response = try server.request("GET", target)
            #expect(response.status == 200, "\(target)")
            #expect((response.json["items"] as? [Any])?.isEmpty == true, "\(target)")
        }
    }

    @Test func graphInEveryFormat() throws {
        let server = try serverWithTwoReports()
        let graph = try server.request("GET", "/v1/graph").json
        let nodes = try #require(graph["nodes"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Set(nodes).isSuperset(of: ["RUS", "PRK"]))
        let graphML = try server.request("GET", "/v1/graph?format=graphml")
        #expect(graphML.header("Content-Type")?.hasPrefix("application/graphml+xml") == true)
        #expect(graphML.text.contains(#"<edge id="e0" source="PRK" target="RUS">"#))
        let gexf = try server.request("GET", "/v1/graph?format=gexf")
        #expect(gexf.text.contains(#"source="PRK" target="RUS""#))
    }

    @Test func eventsAsCSVTSVAndNDJSON() throws {
        let server = try serverWithTwoReports()
        let csv = try server.request("GET", "/v1/events?format=csv&type=arms_supply")
        let rows = csv.text.split(separator: "\r\n")
        #expect(rows.first?.hasPrefix("date,source,target,type,cameo,rootCode,quadClass") == true)
        #expect(rows.dropFirst().filter { $0.contains(",PRK,RUS,arms_supply,072,07,2,") }.count == 2)
        let tsv = try server.request("GET", "/v1/events?format=tsv&type=arms_supply").text
        #expect(tsv.split(separator: "\n").dropFirst().allSatisfy { $0.split(separator: "\t").count >= 12 })
        let lines = try server.request("GET", "/v1/events?format=ndjson&type=arms_supply").text.split(separator: "\n")
        #expect(lines.count == 2)
        let row = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(row["cameo"] as? String == "072")
        #expect(row["sentence"] is String)
    }

    @Test func exportThenImportIntoAFreshServerGivesTheSameArticles() throws {
        let source = try serverWithTwoReports()
        _ = try source.postJSON(
            "/v1/articles",
            ["text": "Germany sold two submarines to Israel.", "title": "Subs", "url": "https://example.org/s"])
        let export = try source.request("GET", "/v1/articles?format=ndjson")
        let target = try TestServer()
        let imported = try target.request(
            "POST", "/v1/articles", headers: ["Content-Type": "application/x-ndjson"], body: export.body)
        #expect(imported.text.split(separator: "\n").allSatisfy { $0.contains(#""status":201"#) })
        func articles(_ server: TestServer) throws -> [String: [String: String]] {
            var result: [String: [String: String]] = [:]
            for line in try server.request("GET", "/v1/articles?format=ndjson").text.split(separator: "\n") {
                let article = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let id = try #require(article["id"] as? String)
                result[id] = ["text", "title", "url", "source", "publishedAt"].reduce(into: [:]) { fields, key in
                    fields[key] = article[key] as? String
                }
            }
            return result
        }
        let before = try articles(source)
        #expect(before.count == 3)
        #expect(try articles(target) == before)
    }
}
