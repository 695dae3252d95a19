/// Trains a `TaggerModel` as an averaged structured perceptron with Viterbi decoding.
///
/// Deterministic: the same sentences, seed and hints give the same weights, byte for byte.
public struct PerceptronTrainer {
    public var scheme = TagScheme.conll
    public var epochs = 10
    public var seed: UInt64 = 2003
    /// Share of training sentences that are also learned in capitals and in lowercase, for headlines and chat.
    public var caseVariantShare = 0.1
    /// Features whose 16-bit weights all stay below this are left out of the model: a smaller table that stays in
    /// cache. On CoNLL-2003, 1000 keeps 41k of 100k features for two tenths of a point of F1.
    public var minimumWeight = 1
    /// Gazetteer bits per word, the same function the model will be used with.
    public let hints: ([String]) -> [UInt32]

    public init(hints: @escaping ([String]) -> [UInt32]) {
        self.hints = hints
    }

    /// What one epoch did: its mistakes on the training set and the score of its averaged weights on `dev`.
    public struct Epoch: Sendable {
        public let number: Int
        public let mistakes: Int
        public let dev: SpanScore
        public let featureCount: Int
    }

    /// The weights of the epoch that scored best on `dev`; `report` hears of every epoch.
    public func train(
        _ sentences: [LabeledSentence], dev: [LabeledSentence], report: (Epoch) -> Void = { _ in }
    ) -> TaggerModel {
        var generator = SplitMix64(seed: seed)
        var examples = Examples(tagCount: scheme.tagCount)
        for sentence in sentences {
            examples.add(sentence.words, scheme.encode(sentence.spans, length: sentence.words.count), hints: hints)
            guard Double.random(in: 0..<1, using: &generator) < caseVariantShare else { continue }
            let variants = [sentence.words.map { $0.uppercased() }, sentence.words.map { $0.lowercased() }]
            for words in variants where words != sentence.words {
                examples.add(words, scheme.encode(sentence.spans, length: words.count), hints: hints)
            }
        }
        var weights = AveragedWeights(rows: examples.rowKeys.count, tagCount: scheme.tagCount)
        var order = Array(examples.ranges.indices)
        var best: (model: TaggerModel, f1: Double)?
        for epoch in 1...epochs {
            order.shuffle(using: &generator)
            var mistakes = 0
            for example in order where weights.learn(examples, example, scheme: scheme) { mistakes += 1 }
            let model = weights.model(keys: examples.rowKeys, scheme: scheme, minimumWeight: minimumWeight)
            var score = SpanScore(classCount: scheme.classes.count)
            for sentence in dev {
                score.add(
                    predicted: model.tag(words: sentence.words, hints: hints(sentence.words)), gold: sentence.spans)
            }
            report(Epoch(number: epoch, mistakes: mistakes, dev: score, featureCount: model.featureCount))
            if best == nil || score.f1() > best!.f1 { best = (model, score.f1()) }
        }
        return best!.model
    }
}

/// Training sentences with their gold tags and features, the features as rows of the weight table.
private struct Examples {
    let tagCount: Int
    var rowKeys: [UInt64] = []
    var rowOfKey: [UInt64: Int32] = [:]
    var tags: [Int] = []
    var featureRows: [Int32] = []
    /// Per token, where its features start in `featureRows`; one more than there are tokens.
    var starts: [Int32] = [0]
    /// Per example, its tokens as a range of `tags`.
    var ranges: [Range<Int>] = []

    init(tagCount: Int) {
        self.tagCount = tagCount
    }

    mutating func add(_ words: [String], _ gold: [Int], hints: ([String]) -> [UInt32]) {
        var keys: [UInt64] = []
        var keyStarts: [Int32] = []
        FeatureExtractor.extract(words: words, hints: hints(words), keys: &keys, starts: &keyStarts)
        ranges.append(tags.count..<tags.count + words.count)
        tags += gold
        for token in words.indices {
            for key in keys[Int(keyStarts[token])..<Int(keyStarts[token + 1])] {
                if let row = rowOfKey[key] {
                    featureRows.append(row)
                } else {
                    let row = Int32(rowKeys.count)
                    rowOfKey[key] = row
                    rowKeys.append(key)
                    featureRows.append(row)
                }
            }
            starts.append(Int32(featureRows.count))
        }
    }
}

/// Perceptron weights with the running sums that give their average over every step, kept the lazy way:
/// the average is `weights - sums / steps`. The weights move by whole steps, so they are integers.
private struct AveragedWeights {
    let tagCount: Int
    var weights: [Int32]
    var sums: [Double]
    var transitions: [Int32]
    var transitionSums: [Double]
    var steps = 1.0

    init(rows: Int, tagCount: Int) {
        self.tagCount = tagCount
        weights = Array(repeating: 0, count: rows * tagCount)
        sums = Array(repeating: 0, count: rows * tagCount)
        transitions = Array(repeating: 0, count: (tagCount + 1) * tagCount)
        transitionSums = transitions.map(Double.init)
    }

    /// Decodes one example and corrects the weights where it went wrong; true when it did.
    mutating func learn(_ examples: Examples, _ example: Int, scheme: TagScheme) -> Bool {
        defer { steps += 1 }
        let range = examples.ranges[example]
        var emissions = [Int32](repeating: 0, count: range.count * tagCount)
        for (offset, token) in range.enumerated() {
            for index in Int(examples.starts[token])..<Int(examples.starts[token + 1]) {
                let row = Int(examples.featureRows[index]) * tagCount
                for tag in 0..<tagCount { emissions[offset * tagCount + tag] += weights[row + tag] }
            }
        }
        let predicted = Viterbi(scheme: scheme, transitions: transitions).decode(
            emissions: emissions, count: range.count)
        let gold = Array(examples.tags[range])
        guard predicted != gold else { return false }
        for (offset, token) in range.enumerated() {
            let previousGold = offset == 0 ? tagCount : gold[offset - 1]
            let previousPredicted = offset == 0 ? tagCount : predicted[offset - 1]
            if previousGold != previousPredicted || gold[offset] != predicted[offset] {
                bumpTransition(previousGold * tagCount + gold[offset], by: 1)
                bumpTransition(previousPredicted * tagCount + predicted[offset], by: -1)
            }
            guard gold[offset] != predicted[offset] else { continue }
            for index in Int(examples.starts[token])..<Int(examples.starts[token + 1]) {
                let row = Int(examples.featureRows[index]) * tagCount
                bumpWeight(row + gold[offset], by: 1)
                bumpWeight(row + predicted[offset], by: -1)
            }
        }
        return true
    }

    private mutating func bumpWeight(_ index: Int, by delta: Int32) {
        weights[index] += delta
        sums[index] += steps * Double(delta)
    }

    private mutating func bumpTransition(_ index: Int, by delta: Int32) {
        transitions[index] += delta
        transitionSums[index] += steps * Double(delta)
    }

    /// The averaged weights, scaled into 16-bit integers; features whose weights all round to zero are left out.
    /// (8 bits cost two points of F1.)
    func model(keys: [UInt64], scheme: TagScheme, minimumWeight: Int) -> TaggerModel {
        let average = zip(weights, sums).map { Double($0) - $1 / steps }
        let averageTransitions = zip(transitions, transitionSums).map { Double($0) - $1 / steps }
        let largest = max(average.map(abs).max() ?? 0, averageTransitions.map(abs).max() ?? 0, 1e-9)
        let scale = Double(Int16.max - 1) / largest
        var keptKeys: [UInt64] = []
        var kept: [Int16] = []
        for (row, key) in keys.enumerated() {
            let values = average[row * tagCount..<(row + 1) * tagCount].map { Int16(($0 * scale).rounded()) }
            guard values.contains(where: { abs(Int($0)) >= minimumWeight }) else { continue }
            keptKeys.append(key)
            kept += values
        }
        return TaggerModel(
            scheme: scheme, keys: keptKeys, weights: kept,
            transitions: averageTransitions.map { Int32(($0 * scale).rounded()) })
    }
}

/// A small, fast, seedable generator (Vigna's SplitMix64), so training shuffles the same way everywhere.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
