/// Unlabelled and labelled attachment scores, labels compared by their universal part (before any ":").
struct AttachmentScore {
    private var words = 0
    private var heads = 0
    private var labelled = 0

    var uas: Double { Double(heads) / Double(max(words, 1)) }
    var las: Double { Double(labelled) / Double(max(words, 1)) }

    mutating func add(heads: [Int], labels: [Int], gold: GrammarTrainer.Example, names: Vocabulary) {
        func universal(_ label: Int) -> Substring { label < 0 ? "" : names.names[label].prefix { $0 != ":" } }
        for word in heads.indices {
            words += 1
            guard heads[word] == gold.heads[word] else { continue }
            self.heads += 1
            if universal(labels[word]) == universal(gold.labels[word]) { labelled += 1 }
        }
    }
}
