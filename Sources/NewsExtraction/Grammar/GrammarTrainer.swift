import Dispatch

/// Trains the grammar layer from UD treebanks: the tagger, then the supertagger on the tags a tagger that never
/// saw the sentence gives, then the parser on such tags and supertags (k-fold jackknifing, so that each learns from
/// guesses as wrong as they will be), then the lemmatizer. Deterministic: the same files and settings give the same weights, byte for byte.
public struct GrammarTrainer: Sendable {
    public var taggerEpochs = 10
    public var supertaggerEpochs = 8
    public var parserEpochs = 15
    public var folds = 8
    /// Share of moves after the first epoch that follow the model's own choice, so it learns to recover from its
    /// mistakes (the dynamic oracle's exploration).
    public var exploration = 1.0
    public var seed: UInt64 = 2017
    /// Weights below these (in the models' 16-bit units) are left out: against the unpruned models, 128 and 256
    /// cost 0.1 point of LAS and take the file from 40 to 25 MB; 512 for the parser costs under 0.1 more (UD
    /// test) and halves the file again, its load time and its memory (1024 would cost 0.8 of EWT's LAS). 1024
    /// for the supertagger keeps the file under 30 MB.
    public var taggerMinimumWeight: Int16 = 128
    public var supertaggerMinimumWeight: Int16 = 1024
    public var parserMinimumWeight: Int16 = 512

    public init() {}

    /// What training says as it goes.
    public enum Event: Sendable {
        /// `done` of `total` sentences of the current pass of `stage`.
        case progress(stage: String, done: Int, total: Int)
        /// An epoch of `stage` ended with these dev scores.
        case epoch(stage: String, number: Int, scores: [(String, Double)])
    }

    /// A treebank sentence as numbers.
    struct Example {
        let words: [WordHashes]
        let tags: [Int]
        let heads: [Int]
        let labels: [Int]
    }

    public func train(
        _ sentences: [TreebankSentence], dev: [TreebankSentence], report: (Event) -> Void = { _ in }
    ) -> Grammar {
        let tags = Vocabulary(collecting: sentences.flatMap { zip($0.upos, $0.xpos).map { "\($0) \($1)" } })
        let labels = Vocabulary(collecting: sentences.flatMap(\.relations))
        let examples = sentences.map { example($0, tags: tags, labels: labels) }
        let devExamples = dev.map { example($0, tags: tags, labels: labels) }
        let dictionary = Self.tagDictionary(examples)

        let tagger = trainTagger(examples, dev: devExamples, tags: tags, dictionary: dictionary, report: report)
        let predicted = jackknifed(examples.count, stage: "jackknife", report: report) { part in
            trainTagger(part.map { examples[$0] }, dev: [], tags: tags, dictionary: dictionary) { _ in }
        } apply: { tagger, index in
            tagger.tag(examples[index].words)
        }
        let devTags = devExamples.map { tagger.tag($0.words) }
        let supertagger = trainSupertagger(
            examples, predicted, tagVocabulary: tags, labelCount: labels.count, dev: devExamples, devTags: devTags,
            report: report)
        let predictedSupertags = jackknifed(examples.count, stage: "supertag jackknife", report: report) { part in
            trainSupertagger(
                part.map { examples[$0] }, part.map { predicted[$0] }, tagVocabulary: tags, labelCount: labels.count,
                dev: [], devTags: []
            ) { _ in }
        } apply: { supertagger, index in
            supertagger.tag(examples[index].words, tags: predicted[index])
        }
        let devSupertags = zip(devExamples, devTags).map { supertagger.tag($0.words, tags: $1) }
        let parser = trainParser(
            examples, predicted, predictedSupertags, tagVocabulary: tags, labels: labels, dev: devExamples,
            devTags: devTags, devSupertags: devSupertags, report: report)
        let lemmatizer = Lemmatizer.train(
            forms: sentences.flatMap(\.forms), xpos: sentences.flatMap(\.xpos), lemmas: sentences.flatMap(\.lemmas))
        return Grammar(tagger: tagger, lemmatizer: lemmatizer, supertagger: supertagger, parser: parser)
    }

    private func example(_ sentence: TreebankSentence, tags: Vocabulary, labels: Vocabulary) -> Example {
        Example(
            words: sentence.forms.map { WordHashes($0) },
            tags: zip(sentence.upos, sentence.xpos).map { tags.number("\($0) \($1)") ?? -1 },
            heads: sentence.heads, labels: sentence.relations.map { labels.number($0) ?? -1 })
    }

    /// Spellings seen at least 20 times with one tag at least 97% of the time.
    static func tagDictionary(_ examples: [Example]) -> [UInt64: Int] {
        var counts: [UInt64: [Int: Int]] = [:]
        for example in examples {
            for (word, tag) in zip(example.words, example.tags) {
                counts[word.form, default: [:]][tag, default: 0] += 1
            }
        }
        var dictionary: [UInt64: Int] = [:]
        for (word, tagCounts) in counts {
            let total = tagCounts.values.reduce(0, +)
            let top = tagCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }!
            if total >= 20 && Double(top.value) >= 0.97 * Double(total) { dictionary[word] = top.key }
        }
        return dictionary
    }

    // MARK: Tagger

    private func trainTagger(
        _ examples: [Example], dev: [Example], tags: Vocabulary, dictionary: [UInt64: Int], report: (Event) -> Void
    ) -> PartOfSpeechTagger {
        var learner = PerceptronLearner(classCount: tags.count)
        var generator = SplitMix64(seed: seed)
        var order = Array(examples.indices)
        var best: (tagger: PartOfSpeechTagger, accuracy: Double)?
        var keys = FeatureKeys()
        var scores = [Int32](repeating: 0, count: tags.count)
        for epoch in 1...taggerEpochs {
            order.shuffle(using: &generator)
            for (done, index) in order.enumerated() {
                if done % 500 == 0 { report(.progress(stage: "tagger", done: done, total: order.count)) }
                let example = examples[index]
                var guesses = [Int](repeating: 0, count: example.words.count)
                let casing = PartOfSpeechTagger.casing(example.words)
                for position in example.words.indices {
                    if let known = dictionary[example.words[position].form] {
                        guesses[position] = known
                        continue
                    }
                    keys.removeAll()
                    PartOfSpeechTagger.features(
                        example.words, position, guesses, dictionary, tags.count, casing: casing, into: &keys)
                    learner.score(keys.keys, into: &scores)
                    let guess = LinearModel.best(scores)
                    learner.update(keys.keys, truth: example.tags[position], guess: guess)
                    learner.advance()
                    guesses[position] = guess
                }
            }
            let tagger = PartOfSpeechTagger(
                tags: tags, model: learner.model().pruned(below: taggerMinimumWeight), dictionary: dictionary)
            guard !dev.isEmpty else {
                best = (tagger, 0)
                continue
            }
            let accuracy = Self.accuracy(dev.map { tagger.tag($0.words) }, dev.map(\.tags))
            report(.epoch(stage: "tagger", number: epoch, scores: [("accuracy", accuracy)]))
            if best == nil || accuracy > best!.accuracy { best = (tagger, accuracy) }
        }
        return best!.tagger
    }

    /// The share of words whose guess is the truth.
    private static func accuracy(_ guesses: [[Int]], _ truths: [[Int]]) -> Double {
        var correct = 0
        var total = 0
        for (sentence, truth) in zip(guesses, truths) {
            for (guess, truth) in zip(sentence, truth) {
                total += 1
                if guess == truth { correct += 1 }
            }
        }
        return Double(correct) / Double(max(total, 1))
    }

    /// What a model trained on the other folds says of each training sentence (k-fold jackknifing), the folds'
    /// models trained side by side.
    private func jackknifed<Model: Sendable>(
        _ count: Int, stage: String, report: (Event) -> Void, train: @Sendable ([Int]) -> Model,
        apply: (Model, Int) -> [Int]
    ) -> [[Int]] {
        let folds = max(folds, 2)
        let models = ConcurrentResults([Model?](repeating: nil, count: folds))
        DispatchQueue.concurrentPerform(iterations: folds) { fold in
            models.set(fold, train((0..<count).filter { $0 % folds != fold }))
        }
        report(.epoch(stage: stage, number: folds, scores: []))
        return (0..<count).map { apply(models.value[$0 % folds]!, $0) }
    }

    // MARK: Supertagger

    private func trainSupertagger(
        _ examples: [Example], _ tags: [[Int]], tagVocabulary: Vocabulary, labelCount: Int, dev: [Example],
        devTags: [[Int]], report: (Event) -> Void
    ) -> Supertagger {
        let classCount = Supertagger.classCount(labelCount: labelCount)
        let verbTags = Supertagger.verbTags(tagVocabulary)
        var learner = PerceptronLearner(classCount: classCount)
        var generator = SplitMix64(seed: seed &+ 2)
        var order = Array(examples.indices)
        var best: (supertagger: Supertagger, accuracy: Double)?
        var keys = FeatureKeys()
        var scores = [Int32](repeating: 0, count: classCount)
        let truths = examples.map { Supertagger.supertags(heads: $0.heads, labels: $0.labels) }
        let devTruths = dev.map { Supertagger.supertags(heads: $0.heads, labels: $0.labels) }
        for epoch in 1...supertaggerEpochs {
            order.shuffle(using: &generator)
            for (done, index) in order.enumerated() {
                if done % 500 == 0 { report(.progress(stage: "supertagger", done: done, total: order.count)) }
                let example = examples[index]
                let verbs = Supertagger.VerbDistances(tags: tags[index], verbTags: verbTags)
                var guesses = [Int](repeating: 0, count: example.words.count)
                for position in example.words.indices {
                    keys.removeAll()
                    Supertagger.features(
                        example.words, position, tags: tags[index], supertags: guesses, verbs: verbs, into: &keys)
                    learner.score(keys.keys, into: &scores)
                    let guess = LinearModel.best(scores)
                    learner.update(keys.keys, truth: truths[index][position], guess: guess)
                    learner.advance()
                    guesses[position] = guess
                }
            }
            let supertagger = Supertagger(
                model: learner.model().pruned(below: supertaggerMinimumWeight), tags: tagVocabulary)
            guard !dev.isEmpty else {
                best = (supertagger, 0)
                continue
            }
            let accuracy = Self.accuracy(zip(dev, devTags).map { supertagger.tag($0.words, tags: $1) }, devTruths)
            report(.epoch(stage: "supertagger", number: epoch, scores: [("accuracy", accuracy)]))
            if best == nil || accuracy > best!.accuracy { best = (supertagger, accuracy) }
        }
        return best!.supertagger
    }

    // MARK: Parser

    private func trainParser(
        _ examples: [Example], _ tags: [[Int]], _ supertags: [[Int]], tagVocabulary: Vocabulary, labels: Vocabulary,
        dev: [Example], devTags: [[Int]], devSupertags: [[Int]], report: (Event) -> Void
    ) -> DependencyParser {
        let labelCount = labels.count
        let tagCount = tagVocabulary.count
        let coarseTags = DependencyParser.coarseTags(tagVocabulary)
        var learner = PerceptronLearner(classCount: DependencyParser.classCount(labelCount: labelCount))
        var generator = SplitMix64(seed: seed &+ 1)
        var order = Array(examples.indices)
        var best: (parser: DependencyParser, las: Double)?
        var keys = FeatureKeys(capacity: 128)
        var scores = [Int32](repeating: 0, count: learner.classCount)
        for epoch in 1...parserEpochs {
            order.shuffle(using: &generator)
            for (done, index) in order.enumerated() {
                if done % 500 == 0 { report(.progress(stage: "parser", done: done, total: order.count)) }
                let example = examples[index]
                let count = example.words.count
                let gold = example.heads.map { $0 < 0 ? count : $0 }
                let context = DependencyParser.Context(
                    words: example.words, tags: tags[index], supertags: supertags[index], coarseTags: coarseTags,
                    tagCount: tagCount)
                var state = ParserState(count: count)
                while !state.isFinal {
                    keys.removeAll()
                    context.features(state, into: &keys)
                    learner.score(keys.keys, into: &scores)
                    let costs = state.costs(gold: gold)
                    let cheapest = costs.min()!
                    // An attachment's right label is the top word's own: whether its head is right or already
                    // out of reach, that is the label a reader would give the word.
                    let top = state.stack.last ?? 0
                    let goldLabel = max(example.labels[min(top, count - 1)], 0)
                    let guess = LinearModel.best(scores) {
                        costs[ParserState.move(ofClass: $0, labelCount: labelCount).0.rawValue] != Int.max
                    }
                    let truth = LinearModel.best(scores) {
                        let (move, label) = ParserState.move(ofClass: $0, labelCount: labelCount)
                        return costs[move.rawValue] == cheapest && (move == .shift || label == goldLabel)
                    }
                    let (guessMove, guessLabel) = ParserState.move(ofClass: guess, labelCount: labelCount)
                    if costs[guessMove.rawValue] != cheapest || (guessMove != .shift && guessLabel != goldLabel) {
                        learner.update(keys.keys, truth: truth, guess: guess)
                    }
                    learner.advance()
                    let explore = epoch > 1 && Double.random(in: 0..<1, using: &generator) < exploration
                    let (move, label) = ParserState.move(ofClass: explore ? guess : truth, labelCount: labelCount)
                    state.apply(move, label: label)
                }
            }
            let parser = DependencyParser(
                labels: labels, tags: tagVocabulary, model: learner.model().pruned(below: parserMinimumWeight))
            var score = AttachmentScore()
            for ((example, tags), supertags) in zip(zip(dev, devTags), devSupertags) {
                let parse = parser.parse(example.words, tags: tags, supertags: supertags, tagCount: tagCount)
                score.add(heads: parse.heads, labels: parse.labels, gold: example, names: labels)
            }
            report(.epoch(stage: "parser", number: epoch, scores: [("UAS", score.uas), ("LAS", score.las)]))
            if best == nil || score.las > best!.las || dev.isEmpty { best = (parser, score.las) }
        }
        return best!.parser
    }
}
