/// Exact-match precision, recall and F1 of predicted spans against gold spans, overall and per class.
public struct SpanScore: Sendable {
    public private(set) var truePositives: [Int]
    public private(set) var falsePositives: [Int]
    public private(set) var falseNegatives: [Int]

    public init(classCount: Int) {
        truePositives = Array(repeating: 0, count: classCount)
        falsePositives = truePositives
        falseNegatives = truePositives
    }

    public mutating func add(predicted: [TagSpan], gold: [TagSpan]) {
        let goldSet = Set(gold)
        let predictedSet = Set(predicted)
        for span in predictedSet {
            if goldSet.contains(span) { truePositives[span.label] += 1 } else { falsePositives[span.label] += 1 }
        }
        for span in goldSet where !predictedSet.contains(span) { falseNegatives[span.label] += 1 }
    }

    /// F1 of one class, or of all of them (micro-averaged) when `label` is nil.
    public func f1(_ label: Int? = nil) -> Double {
        func total(_ counts: [Int]) -> Int { label.map { counts[$0] } ?? counts.reduce(0, +) }
        let hits = Double(total(truePositives))
        let denominator = 2 * hits + Double(total(falsePositives)) + Double(total(falseNegatives))
        return denominator == 0 ? 0 : 2 * hits / denominator
    }
}
