import Dispatch
import Foundation

/// Learns the relation classifier from documents whose sentence-level events were read by hand (news-dev and
/// Wikinews jsonl): each candidate (pair, trigger type) that extraction meets is positive where a required event of
/// its sentence gives the pair that type, negative where none does; candidates that only an optional event gives
/// are left out.
///
/// A logistic regression trained by stochastic gradient descent with L2 decay on the rows an example
/// touches, in an order shuffled by a fixed seed: the same documents and options give the same bytes.
public struct RelationClassifierTrainer {
    /// One hand-read event: on a line of the text (`line`, news-dev) or at a scalar offset (`start`, Wikinews).
    public struct Event: Sendable {
        public var source: String
        public var target: String
        public var type: String
        public var line: Int?
        public var start: Int?

        public init(source: String, target: String, type: String, line: Int?, start: Int?) {
            self.source = source
            self.target = target
            self.type = type
            self.line = line
            self.start = start
        }
    }

    public struct Document: Sendable {
        public var text: String
        public var events: [Event]
        public var optional: [Event]

        public init(text: String, events: [Event], optional: [Event]) {
            self.text = text
            self.events = events
            self.optional = optional
        }
    }

    /// What training saw, for the record.
    public struct Summary: Sendable {
        public var candidates = 0
        public var positives = 0
        public var leftOut = 0
        public var features = 0
        public var weights = 0
        /// Candidates the final model classifies right (training data: no evidence of generalization).
        public var trainingAccuracy = 0.0
    }

    public var epochs = 12
    public var learningRate = 0.1
    public var decay = 1e-3
    /// Weights under this size are dropped: a smaller file for a negligible change of the probabilities.
    public var minimumWeight = 0.005
    public var seed: UInt64 = 16

    public init() {}

    /// Withdrawn codes count as their successors, as the scorer counts them.
    private static let same = ["ZAR": "COD", "SCG": "YUG", "TMP": "TLS", "BUR": "MMR", "ROM": "ROU"]

    /// The labelled candidates of `documents`: features and whether the sentence states the act (1) or not (0).
    func examples(_ documents: [Document], summary: inout Summary) -> [(keys: [UInt64], label: Int)] {
        let extractor = Extractor()
        let results = ConcurrentResults([[(keys: [UInt64], label: Int)]?](repeating: nil, count: documents.count))
        let leftOut = ConcurrentResults([Int](repeating: 0, count: documents.count))
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let document = documents[index]
            let log = RelationCandidateLog()
            let extraction = extractor.extract(document.text, publishedAt: nil, explain: false, log: log)
            let lineStarts = Self.lineStarts(document.text)
            var examples: [(keys: [UInt64], label: Int)] = []
            var skipped = 0
            for candidate in log.candidates {
                let sentence = extraction.sentences[candidate.sentence]
                let holds = { (event: Event) -> Bool in
                    guard Self.same[event.source] ?? event.source == Self.same[candidate.source] ?? candidate.source,
                        Self.same[event.target] ?? event.target == Self.same[candidate.target] ?? candidate.target
                    else { return false }
                    if let start = event.start { return sentence.start <= start && start < sentence.end }
                    guard let line = event.line, line < lineStarts.count else { return false }
                    let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : Int.max
                    return sentence.start < end && sentence.end > lineStarts[line]
                }
                let matches = { (event: Event) in holds(event) && event.type == candidate.type.rawValue }
                if document.events.contains(where: matches) {
                    examples.append((candidate.keys, 1))
                } else if document.optional.contains(where: matches) {
                    skipped += 1
                } else {
                    examples.append((candidate.keys, 0))
                }
            }
            results.set(index, examples)
            leftOut.set(index, skipped)
        }
        let all = results.value.flatMap { $0 ?? [] }
        summary.candidates = all.count
        summary.positives = all.count { $0.label > 0 }
        summary.leftOut = leftOut.value.reduce(0, +)
        return all
    }

    /// The classifier learned from `documents`, deciding at `threshold`.
    public func train(_ documents: [Document], threshold: Double) -> (RelationClassifier, Summary) {
        var summary = Summary()
        let examples = examples(documents, summary: &summary)
        var rows: [UInt64: Int] = [:]
        for example in examples {
            for key in example.keys where rows[key] == nil { rows[key] = rows.count }
        }
        var weights = [Double](repeating: 0, count: rows.count)
        let features = examples.map { $0.keys.map { rows[$0]! } }
        var order = Array(examples.indices)
        var random = seed
        for epoch in 0..<epochs {
            // Fisher-Yates with SplitMix64: the same order on every run.
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                random &+= 0x9e37_79b9_7f4a_7c15
                let pick = Int(FeatureKeys.mix(random) % UInt64(index + 1))
                order.swapAt(index, pick)
            }
            let rate = learningRate / (1 + Double(epoch))
            for index in order {
                let gradient = Self.probability(features[index], weights) - Double(examples[index].label)
                for row in features[index] { weights[row] -= rate * (gradient + decay * weights[row]) }
            }
        }
        var correct = 0
        for index in examples.indices
        where (Self.probability(features[index], weights) >= 0.5) == (examples[index].label == 1) {
            correct += 1
        }
        summary.trainingAccuracy = examples.isEmpty ? 0 : Double(correct) / Double(examples.count)
        let model = quantized(rows: rows, weights: weights)
        summary.features = model.model.featureCount
        summary.weights = model.model.weightCount
        return (RelationClassifier(model: model.model, scale: model.scale, threshold: threshold), summary)
    }

    private static func probability(_ rows: [Int], _ weights: [Double]) -> Double {
        var sum = 0.0
        for row in rows { sum += weights[row] }
        return 1 / (1 + exp(-sum))
    }

    /// The weights in 16 bits each, rows in the order of their fingerprints (then keys), so that the file is the
    /// same on every run; rows whose fingerprints coincide are summed.
    private func quantized(rows: [UInt64: Int], weights: [Double]) -> (
        model: LinearModel, scale: Double
    ) {
        let largest = weights.reduce(0) { max($0, abs($1)) }
        let scale = largest > 0 ? 32_000 / largest : 1
        let minimum = max(1, (minimumWeight * scale).rounded())
        var sorted = rows.map { (fingerprint: LinearModel.fingerprint($0.key), key: $0.key, row: $0.value) }
        sorted.sort { ($0.fingerprint, $0.key) < ($1.fingerprint, $1.key) }
        var fingerprints: [UInt32] = []
        var starts: [UInt32] = [0]
        var entries: [UInt32] = []
        var index = 0
        while index < sorted.count {
            let fingerprint = sorted[index].fingerprint
            var merged = 0.0
            while index < sorted.count && sorted[index].fingerprint == fingerprint {
                merged += weights[sorted[index].row]
                index += 1
            }
            let weight = (merged * scale).rounded()
            guard abs(weight) >= minimum else { continue }
            entries.append(UInt32(UInt16(bitPattern: Int16(clamping: Int32(weight)))))
            fingerprints.append(fingerprint)
            starts.append(UInt32(entries.count))
        }
        return (
            LinearModel(classCount: 1, fingerprints: fingerprints, starts: starts, entries: entries), scale
        )
    }

    /// The scalar offset where each line of `text` starts.
    private static func lineStarts(_ text: String) -> [Int] {
        var starts = [0]
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        return starts
    }
}
