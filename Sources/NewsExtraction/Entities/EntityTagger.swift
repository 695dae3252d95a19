import Foundation

/// The tagger of people, organizations, locations and misc names, with the gazetteer its features read.
public struct EntityTagger: Sendable {
    public let model: TaggerModel
    public let gazetteer: Gazetteer

    public init(model: TaggerModel, gazetteer: Gazetteer) {
        self.model = model
        self.gazetteer = gazetteer
    }

    /// The weights and gazetteer shipped in the package's resources.
    public static let bundled = EntityTagger(model: bundledModel, gazetteer: .bundled)

    /// The shipped weights, apart from the gazetteer so that the two can load on different cores.
    static let bundledModel =
        BundledResource.file("tagger.weights").flatMap { try? TaggerModel(file: $0) } ?? .untrained

    /// The entity spans of one sentence's words.
    public func tag(_ words: [String]) -> [TagSpan] {
        model.tag(words: words, hints: gazetteer.hints(for: words))
    }

    /// Trains new weights on CoNLL-2003 text and `more` sentences after it (projected from modern articles),
    /// keeping the epoch that scores best on `dev`.
    public static func train(
        conll train: String, more: [LabeledSentence] = [], dev: String, gazetteer: Gazetteer = .bundled,
        epochs: Int = 10, minimumWeight: Int = 1, report: (PerceptronTrainer.Epoch) -> Void = { _ in }
    ) -> TaggerModel {
        var trainer = PerceptronTrainer(hints: gazetteer.hints(for:))
        trainer.epochs = epochs
        trainer.minimumWeight = minimumWeight
        return trainer.train(
            CoNLLReader.sentences(in: train) + more, dev: CoNLLReader.sentences(in: dev), report: report)
    }
}
