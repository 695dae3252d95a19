import Foundation

/// The learned part of the event coder: for a candidate (sentence, source, target, and a trigger near them with
/// one of its types), the probability that the sentence states that act of the source on the target, from a
/// logistic regression over `RelationFeatures` (`newsgraph train-relations`). Immutable and shared; the bundled
/// weights load once, on first use.
public struct RelationClassifier: Sendable {
    /// One class: the weights' sum is the logit.
    let model: LinearModel
    /// Integer scores over `scale` are the logits.
    let scale: Double
    /// The probability a type needs for the classifier to add a relation the rules did not find.
    public let threshold: Double

    struct FormatError: Error {}

    private static let magic = Array("NGR1".utf8)

    /// The classifier of the bundled weights, nil when the file is missing or damaged: then the rules alone code.
    public static let bundled: RelationClassifier? = {
        try? RelationClassifier(bytes: BundledResource.bytes("relation-classifier.weights"))
    }()

    init(model: LinearModel, scale: Double, threshold: Double) {
        self.model = model
        self.scale = scale
        self.threshold = threshold
    }

    public init(bytes: [UInt8]) throws {
        var reader = ByteReader(bytes)
        guard Array(try reader.read(count: 4)) == Self.magic else { throw FormatError() }
        scale = Double(bitPattern: try reader.integer(UInt64.self))
        threshold = Double(bitPattern: try reader.integer(UInt64.self))
        let stored = try LinearModel.Stored(&reader)
        guard stored.classCount == 1, scale > 0 else { throw FormatError() }
        model = LinearModel(stored)
    }

    public func serialized() -> [UInt8] {
        var writer = ByteWriter()
        for byte in Self.magic { writer.integer(byte) }
        writer.integer(scale.bitPattern)
        writer.integer(threshold.bitPattern)
        model.write(to: &writer)
        return writer.bytes
    }

    /// The same model deciding at another threshold.
    public func with(threshold: Double) -> RelationClassifier {
        RelationClassifier(model: model, scale: scale, threshold: threshold)
    }

    /// The probability that the candidate of `keys` states its act.
    func probability(_ keys: [UInt64]) -> Double {
        var scores: [Int32] = [0]
        model.score(keys, into: &scores)
        return 1 / (1 + exp(-Double(scores[0]) / scale))
    }
}
