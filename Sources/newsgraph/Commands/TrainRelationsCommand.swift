import ArgumentParser
import Foundation
import NewsExtraction

struct TrainRelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-relations",
        abstract: "Rebuild the relation classifier's weights from hand-read news (news-dev and Wikinews jsonl).",
        discussion: """
            Deterministic: the same files and options give the same weights, byte for byte. Train on training sets \
            only (../shared/eval/news-dev/train.jsonl, ../shared/eval/wikinews/train.jsonl), never on a dev set; \
            the threshold is chosen on the dev sets.
            """
    )

    @Option(parsing: .upToNextOption, help: "jsonl documents with their text, events and optional events.")
    var train: [String]

    @Option(
        help: "Where to write the weights (Sources/NewsExtraction/Resources/relation-classifier.weights to ship them).")
    var out: String

    @Option(help: "The probability a type needs for the classifier to add a relation the rules did not find.")
    var threshold = 0.7

    @Option(help: "Passes over the training candidates.")
    var epochs = 12

    @Option(help: "The first pass's step size (divided by the pass's number after it).")
    var learningRate = 0.1

    @Option(help: "L2 decay of the weights an example touches.")
    var decay = 1e-3

    private struct Record: Decodable {
        struct Event: Decodable {
            var source: String
            var target: String
            var type: String
            var s: Int?
            var start: Int?
        }

        var text: String
        var events: [Event]?
        var optional: [Event]?
    }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        var documents: [RelationClassifierTrainer.Document] = []
        let event = { (event: Record.Event) in
            RelationClassifierTrainer.Event(
                source: event.source, target: event.target, type: event.type, line: event.s, start: event.start)
        }
        for path in train {
            for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
                let record = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
                documents.append(
                    .init(
                        text: record.text, events: (record.events ?? []).map(event),
                        optional: (record.optional ?? []).map(event)))
            }
        }
        print("training on \(documents.count) documents")
        var trainer = RelationClassifierTrainer()
        trainer.epochs = epochs
        trainer.learningRate = learningRate
        trainer.decay = decay
        let (classifier, summary) = trainer.train(documents, threshold: threshold)
        print(
            "\(summary.candidates) candidates (\(summary.positives) positive, \(summary.leftOut) left out as optional);"
                + " training accuracy \(String(format: "%.3f", summary.trainingAccuracy))")
        let bytes = classifier.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print(
            "\(summary.features) features, \(summary.weights) weights; wrote \(out): \(bytes.count) bytes in"
                + " \(clock.now - started)")
    }
}
