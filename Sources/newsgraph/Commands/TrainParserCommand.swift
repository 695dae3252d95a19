import ArgumentParser
import Foundation
import NewsExtraction

struct TrainParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-parser",
        abstract: "Rebuild the grammar's weights (tagger, lemmatizer, parser) from UD treebanks.",
        discussion: """
            Deterministic: the same files and options give the same weights, byte for byte. Prints the dev scores \
            of every epoch and keeps each model's best epoch on --dev.
            """
    )

    @Option(parsing: .upToNextOption, help: "CoNLL-U training files (UD English EWT and GUM train).")
    var train: [String]

    @Option(parsing: .upToNextOption, help: "CoNLL-U files to score each epoch on and to pick the best epoch by.")
    var dev: [String]

    @Option(help: "Where to write the weights (Sources/NewsExtraction/Resources/grammar.weights to ship them).")
    var out: String

    @Option(help: "Passes of the tagger over the training set.")
    var taggerEpochs = 10

    @Option(help: "Passes of the supertagger (each word's label and head side, for the parser) over the training set.")
    var supertaggerEpochs = 8

    @Option(help: "Passes of the parser over the training set.")
    var parserEpochs = 15

    @Option(help: "Folds of the jackknife that tags the training set for the parser.")
    var folds = 8

    @Option(help: "Share of the parser's training moves, after the first epoch, that follow its own choice.")
    var exploration = 1.0

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let read = { (paths: [String]) in
            try paths.flatMap { TreebankSentence.read(conllu: try String(contentsOfFile: $0, encoding: .utf8)) }
        }
        let sentences = try read(train)
        let devSentences = try read(dev)
        say("training on \(sentences.count) sentences, scoring on \(devSentences.count)")
        var trainer = GrammarTrainer()
        trainer.taggerEpochs = taggerEpochs
        trainer.supertaggerEpochs = supertaggerEpochs
        trainer.parserEpochs = parserEpochs
        trainer.folds = folds
        trainer.exploration = exploration
        let progress = ProgressBar()
        let grammar = trainer.train(sentences, dev: devSentences) { event in
            switch event {
            case .progress(let stage, let done, let total):
                progress.show(stage, done: done, total: total)
            case .epoch(let stage, let number, let scores):
                progress.clear()
                let figures = scores.map { "\($0.0) \(String(format: "%.2f", 100 * $0.1))" }
                say("\(stage) epoch \(number): \(figures.joined(separator: ", "))  (\(clock.now - started))")
            }
        }
        let bytes = grammar.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        for size in grammar.sizes { say("\(size.model): \(size.features) features, \(size.weights) weights") }
        say("wrote \(out): \(bytes.count) bytes in \(clock.now - started)")
    }
}

/// A line on standard output at once, unbuffered, so that a log shows each epoch as it ends.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// A one-line progress bar on standard error, redrawn in place.
private final class ProgressBar {
    private var lastDrawn = ""

    func show(_ stage: String, done: Int, total: Int) {
        let width = 30
        let filled = total > 0 ? width * done / total : 0
        let line =
            "\(stage) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))]"
            + " \(done)/\(total)"
        guard line != lastDrawn else { return }
        lastDrawn = line
        FileHandle.standardError.write(Data(("\r" + line).utf8))
    }

    func clear() {
        guard !lastDrawn.isEmpty else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: lastDrawn.count) + "\r").utf8))
        lastDrawn = ""
    }
}
