import Foundation
import Testing

@testable import NewsExtraction

/// Real news nobody here wrote: news-dev dev (Reuters 1996), Wikinews dev (2004-2023) and the news-dev sports
/// reports, scored as `../shared/eval/score_news_dev.py` scores them at document level (a document's set of
/// (source, target, type) against its required events; optional ones are neither). The sets live outside the
/// repo: without `../shared/eval` the test skips. The floors sit a little under what the coder reaches, so that a
/// later change cannot lose real-news precision or recall silently.
@Suite struct RealNewsRegressionTests {
    private struct Document: Decodable {
        struct Event: Decodable, Hashable {
            var source: String
            var target: String
            var type: String
        }

        var id: String
        var text: String
        var events: [Event]?
        var optional: [Event]?
    }

    /// ../shared/eval beside the package's root, if it is there.
    private static let eval: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let eval = root.deletingLastPathComponent().appendingPathComponent("shared/eval")
        return FileManager.default.fileExists(atPath: eval.appendingPathComponent("news-dev/dev.jsonl").path)
            ? eval : nil
    }()

    /// Withdrawn codes count as their successors, as the scorer counts them.
    private static let same = ["ZAR": "COD", "SCG": "YUG", "TMP": "TLS", "BUR": "MMR", "ROM": "ROU"]

    private func documents(_ path: String) throws -> [Document] {
        let url = try #require(Self.eval).appendingPathComponent(path)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Document.self, from: Data($0.utf8))
        }
    }

    private func canonical(_ event: Document.Event) -> Document.Event {
        Document.Event(
            source: Self.same[event.source] ?? event.source, target: Self.same[event.target] ?? event.target,
            type: event.type)
    }

    /// Document-level micro precision and recall, and the false alarms and misses for the failure message.
    private func score(_ path: String) throws -> (precision: Double, recall: Double, errors: [String]) {
        let extractor = Extractor()
        var (found, falseAlarms, missed) = (0, 0, 0)
        var errors: [String] = []
        for document in try documents(path) {
            let required = Set((document.events ?? []).map(canonical))
            let optional = Set((document.optional ?? []).map(canonical)).subtracting(required)
            let coded = Set(
                extractor.extract(document.text).relations.map {
                    canonical(Document.Event(source: $0.source, target: $0.target, type: $0.type.rawValue))
                })
            found += coded.intersection(required).count
            let alarms = coded.subtracting(required).subtracting(optional)
            falseAlarms += alarms.count
            missed += required.subtracting(coded).count
            errors += alarms.map { "false \(document.id): \($0)" }
        }
        return (
            Double(found) / Double(max(1, found + falseAlarms)), Double(found) / Double(max(1, found + missed)),
            errors
        )
    }

    @Test(.enabled(if: eval != nil, "../shared/eval is not there")) func newsDevDev() throws {
        // Measured at P 1.00 R 0.59 (24 of 41 events, no false alarm) with the tree, people introduced by their
        // country, journeys, promises and assurances, and the classifier; 0.67 and 0.24 at first.
        let (precision, recall, errors) = try score("news-dev/dev.jsonl")
        #expect(precision >= 0.90, "\(errors.joined(separator: "\n"))")
        #expect(recall >= 0.56)
    }

    @Test(.enabled(if: eval != nil, "../shared/eval is not there")) func wikinewsDev() throws {
        // Measured at P 0.99 R 0.70 (95 of 136 events, one false alarm) with the tree, gatherings, agreements,
        // contacts, appositions, reported condemnations and the classifier; 0.82 and 0.17 at first.
        let (precision, recall, errors) = try score("wikinews/dev.jsonl")
        #expect(precision >= 0.90, "\(errors.joined(separator: "\n"))")
        #expect(recall >= 0.67)
    }

    @Test(.enabled(if: eval != nil, "../shared/eval is not there")) func sportsReportsHoldAtMostOneRelationInAHundred()
        throws
    {
        let extractor = Extractor()
        let documents = try documents("news-dev/sports.jsonl")
        let coded = documents.flatMap { document in
            extractor.extract(document.text).relations.map { "\(document.id): \($0.source)>\($0.target) \($0.type)" }
        }
        #expect(coded.count * 100 <= documents.count, "\(coded.joined(separator: "\n"))")
    }
}
