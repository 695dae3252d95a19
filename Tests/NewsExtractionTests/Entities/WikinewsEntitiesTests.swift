import Foundation
import Testing

@testable import NewsExtraction

/// ../shared/eval/wikinews/dev.jsonl beside the package root, when it is there: 54 Wikinews articles with their
/// entities as document-level sets.
private let wikinewsDev: [WikinewsArticle]? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let url = root.deletingLastPathComponent().appendingPathComponent("shared/eval/wikinews/dev.jsonl")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
    return text.split(separator: "\n").compactMap {
        try? JSONDecoder().decode(WikinewsArticle.self, from: Data($0.utf8))
    }
}()

/// One article of the set: its text and its gold entity names by type.
private struct WikinewsArticle: Decodable {
    var id: String
    var text: String
    var entities: [String: [String]]
}

/// Entities of real news nobody here wrote, scored as ../shared/eval/score_doc_entities.py scores them: per type,
/// a gold name matches a predicted entity whose name or a mention is the same name or holds it (or is held by it)
/// as whole words; countries by ISO3. The floors sit a little under what was measured (country F1 0.995, person
/// 0.939 at P 0.905, organization 0.889 at P 0.886, location 0.908 at P 0.894, equipment 0.815), so a regression
/// fails.
@Suite(.enabled(if: wikinewsDev != nil, "../shared/eval/wikinews/dev.jsonl is not here"))
struct WikinewsEntitiesTests {
    private struct Counts {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0

        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    @Test func scoresWikinewsDev() throws {
        let articles = try #require(wikinewsDev)
        let extractor = Extractor()
        var counts: [EntityType: Counts] = [:]
        for article in articles {
            let entities = extractor.extract(article.text).entities
            for type in [EntityType.country, .person, .organization, .location, .equipment] {
                let gold = article.entities[type.rawValue] ?? []
                let predicted = entities.filter { $0.type == type }
                var result = counts[type, default: Counts()]
                if type == .country {
                    let found = Set(predicted.compactMap { $0.codes?.iso3 })
                    result.truePositives += found.intersection(gold).count
                    result.falsePositives += found.subtracting(gold).count
                    result.falseNegatives += Set(gold).subtracting(found).count
                } else {
                    let matched = Self.match(gold, predicted)
                    result.truePositives += matched
                    result.falsePositives += predicted.count - matched
                    result.falseNegatives += gold.count - matched
                }
                counts[type] = result
            }
        }
        let report = counts.sorted { $0.key.rawValue < $1.key.rawValue }.map {
            "\($0.key.rawValue): P \($0.value.precision) R \($0.value.recall) F1 \($0.value.f1)"
        }.joined(separator: "\n")
        #expect(articles.count == 54)
        #expect((counts[.country]?.f1 ?? 0) >= 0.99, "\(report)")
        #expect((counts[.person]?.f1 ?? 0) >= 0.93, "\(report)")
        #expect((counts[.person]?.precision ?? 0) >= 0.90, "\(report)")
        #expect((counts[.organization]?.f1 ?? 0) >= 0.88, "\(report)")
        #expect((counts[.organization]?.precision ?? 0) >= 0.88, "\(report)")
        #expect((counts[.location]?.f1 ?? 0) >= 0.90, "\(report)")
        #expect((counts[.location]?.precision ?? 0) >= 0.885, "\(report)")
        #expect((counts[.equipment]?.f1 ?? 0) >= 0.81, "\(report)")
    }

    /// Each gold name and each predicted entity is used at most once, gold names in their order.
    private static func match(_ gold: [String], _ predicted: [Entity]) -> Int {
        var used = Set<Int>()
        let names = predicted.map { entity in
            Set(([entity.name] + entity.mentions.map(\.text)).map(normalized).filter { !$0.isEmpty })
        }
        for name in gold.map(normalized) {
            let hit = names.indices.first { index in
                !used.contains(index)
                    && names[index].contains { $0 == name || isWordPart(name, of: $0) || isWordPart($0, of: name) }
            }
            if let hit { used.insert(hit) }
        }
        return used.count
    }

    private static func isWordPart(_ part: String, of name: String) -> Bool {
        !part.isEmpty && (" " + name + " ").contains(" " + part + " ")
    }

    /// Lowercased, without possessives, punctuation as spaces, without a leading "the", spaces collapsed.
    private static func normalized(_ text: String) -> String {
        var lower = text.lowercased()
        for marker in ["'s", "’s"] { lower = lower.replacingOccurrences(of: marker, with: "") }
        let spaced = String(
            lower.unicodeScalars.map { scalar -> Character in
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
                    || scalar == "-" || scalar == " " ? Character(scalar) : " "
            })
        var words = spaced.split(separator: " ").map(String.init)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
