import Foundation
import Testing

@testable import NewsExtraction

/// What holds of every relation, on every text: its two sides are countries the article names (as a country, a
/// place or body of it, or a person in its office), never an organisation; its trigger lies inside its evidence
/// sentence; no country acts on itself. Checked on the fixture sentences, the real-news sets and the whole
/// unlabelled Wikinews corpus (when ../shared is there) and on word salad.
@Suite struct RelationInvariantTests {
    private struct Article: Decodable {
        var id: String
        var text: String
        var date: String?
        var published: String?
    }

    private static let shared: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval").path) ? shared : nil
    }()

    private static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/news-relations.jsonl")

    /// Under the sanitizers (NEWSGRAPH_TEST_SAMPLE set), every tenth article: the same code, a tenth of the time.
    private func articles(_ url: URL) throws -> [Article] {
        let sampled = ProcessInfo.processInfo.environment["NEWSGRAPH_TEST_SAMPLE"] != nil
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").enumerated()
            .filter { !sampled || $0.offset % 10 == 0 }
            .map { try JSONDecoder().decode(Article.self, from: Data($0.element.utf8)) }
    }

    /// The first "YYYY-MM-DD" of the article's date fields, as the day it was published.
    private func day(_ article: Article) -> CalendarDay? {
        guard let text = article.date ?? article.published, text.count >= 10 else { return nil }
        return CalendarDay(String(text.prefix(10).filter(\.isNumber)))
    }

    /// The broken invariants of one article's extraction, one line each.
    private func violations(_ id: String, _ text: String, on day: CalendarDay?, _ extractor: Extractor) -> [String] {
        let publishedAt = day.flatMap {
            DateComponents(
                calendar: Calendar(identifier: .gregorian), timeZone: .gmt, year: $0.value / 10_000,
                month: $0.value / 100 % 100, day: $0.value % 100
            ).date
        }
        let extraction = extractor.extract(text, publishedAt: publishedAt)
        var named = Set<String>()
        for entity in extraction.entities {
            if let iso3 = entity.codes?.iso3 { named.insert(iso3) }
            if let country = entity.country { named.insert(country) }
        }
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for relation in extraction.relations {
            let sentence = relation.sentence
            let evidence = String(String.UnicodeScalarView(scalars[sentence.start..<min(sentence.end, scalars.count)]))
            for code in [relation.source, relation.target] {
                guard CountryTable.shared.country(iso3: code) != nil else {
                    found.append("\(id): \(code) is no country")
                    continue
                }
                if !named.contains(code), !namesPerson(of: code, in: evidence, on: day) {
                    found.append("\(id): \(code) is not named in the article: \(evidence)")
                }
            }
            if relation.source == relation.target { found.append("\(id): \(code(relation)) acts on itself") }
            if relation.trigger.start < sentence.start || relation.trigger.end > sentence.end {
                found.append("\(id): trigger \(relation.trigger.text) outside its sentence")
            }
        }
        return found
    }

    private func code(_ relation: Relation) -> String { "\(relation.source)>\(relation.target)" }

    /// Whether the sentence names someone the actor lexicon has in `code`'s office on `day`.
    private func namesPerson(of code: String, in sentence: String, on day: CalendarDay?) -> Bool {
        let words = sentence.split { !$0.isLetter && $0 != "-" }.map(String.init)
        for start in words.indices {
            for length in 1...4 where start + length <= words.count {
                let name = words[start..<start + length].joined(separator: " ")
                if ActorLexicon.shared.country(ofPerson: name, on: day) == code { return true }
            }
        }
        return false
    }

    @Test func holdOnTheFixtureSentences() throws {
        let extractor = Extractor()
        let broken = try articles(Self.fixture).flatMap { violations($0.id, $0.text, on: nil, extractor) }
        #expect(broken.isEmpty, "\(broken.prefix(20).joined(separator: "\n"))")
    }

    @Test(arguments: [
        "eval/news-dev/dev.jsonl", "eval/news-dev/train.jsonl", "eval/news-dev/sports.jsonl", "eval/wikinews/dev.jsonl",
        "eval/wikinews/train.jsonl", "eval/relations-dev.jsonl", "corpora/wikinews/articles.jsonl",
    ])
    func holdOnRealNews(_ path: String) throws {
        guard let shared = Self.shared else { return }
        let extractor = Extractor()
        let broken = try articles(shared.appendingPathComponent(path)).flatMap {
            violations($0.id, $0.text, on: day($0), extractor)
        }
        #expect(broken.isEmpty, "\(broken.prefix(20).joined(separator: "\n"))")
    }

    @Test func holdOnWordSalad() {
        let vocabulary =
            RelationLexicon.shared.words.sorted() + EventCoderRandomTextTests.names
            + EventCoderRandomTextTests.marks
        let extractor = Extractor()
        var random = SplitMix64(seed: 17)
        var broken: [String] = []
        for round in 0..<1000 {
            let length = Int.random(in: 3...24, using: &random)
            let text = (0..<length).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)] }
                .joined(separator: " ")
            broken += violations("salad \(round)", text, on: nil, extractor)
        }
        #expect(broken.isEmpty, "\(broken.prefix(20).joined(separator: "\n"))")
    }
}
