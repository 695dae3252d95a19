import Foundation
import Testing

@testable import NewsExtraction

/// The learned part of the event coder: training gives the same bytes every time, and the bundled weights load
/// and score. (The dev sets hold the rules and the classifier together: `RealNewsRegressionTests`.)
@Suite struct RelationClassifierTests {
    private static let documents: [RelationClassifierTrainer.Document] = [
        .init(
            text: "Russia attacked Ukraine on Monday.\nFrance praised Germany for its help.\n",
            events: [
                .init(source: "RUS", target: "UKR", type: "use_force", line: 0, start: nil),
                .init(source: "FRA", target: "DEU", type: "praise_or_back", line: 1, start: nil),
            ], optional: []),
        .init(
            text: "Japan criticised China over the islands.\nIndia and Pakistan held talks in Geneva.\n",
            events: [
                .init(source: "JPN", target: "CHN", type: "criticise_or_accuse", line: nil, start: 0),
                .init(source: "IND", target: "PAK", type: "meet_or_negotiate", line: 1, start: nil),
                .init(source: "PAK", target: "IND", type: "meet_or_negotiate", line: 1, start: nil),
            ], optional: []),
        .init(
            text: "Brazil played Argentina in a friendly.\nThe weather in Chile was cold.\n", events: [], optional: []),
    ]

    @Test func trainingTwiceGivesTheSameBytes() throws {
        var trainer = RelationClassifierTrainer()
        trainer.epochs = 3
        let (first, summary) = trainer.train(Self.documents, threshold: 0.5)
        let (second, _) = trainer.train(Self.documents, threshold: 0.5)
        #expect(summary.candidates > 0 && summary.positives > 0)
        #expect(first.serialized() == second.serialized())
        #expect(try RelationClassifier(bytes: first.serialized()).serialized() == first.serialized())
    }

    @Test func theBundledWeightsLoadAndScoreTheRulesRelations() throws {
        let classifier = try #require(RelationClassifier.bundled)
        #expect(classifier.threshold > 0 && classifier.threshold < 1)
        let relations = Extractor().extract("Russia invaded Ukraine on Thursday.", publishedAt: nil, explain: true)
            .relations
        let invasion = try #require(relations.first { $0.source == "RUS" && $0.target == "UKR" })
        let score = try #require(invasion.explanation?.score)
        #expect(score > 0 && score <= 1)
    }

    @Test func aDamagedFileIsRefused() {
        #expect(throws: (any Error).self) { try RelationClassifier(bytes: Array("NGR1".utf8) + [1, 2, 3]) }
    }

    @Test func whatTheClassifierAddsClearsItsThreshold() throws {
        let classifier = try #require(RelationClassifier.bundled)
        let text = """
            Turkish Foreign Minister Tansu Ciller will visit Jordan on September 3. Israel's Levy to meet Mubarak in \
            Egypt. France and Germany held talks on trade.
            """
        for relation in Extractor().extract(text, publishedAt: nil, explain: true).relations
        where relation.explanation?.reader == "classifier" {
            #expect(relation.confidence >= classifier.threshold)
            #expect(relation.explanation?.score == relation.confidence)
        }
    }
}
