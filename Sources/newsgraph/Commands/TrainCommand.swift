import ArgumentParser
import Foundation
import NewsExtraction

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Rebuild the entity tagger's weights from CoNLL-2003 files, printing dev F1 each epoch.",
        discussion: "Deterministic: the same files give the same weights. The best epoch on --dev is written."
    )

    @Option(help: "CoNLL-2003 training file.")
    var train: String

    @Option(help: "CoNLL-2003 file to score each epoch on and to pick the best epoch by.")
    var dev: String

    @Option(
        help: ArgumentHelp(
            "JSON lines of articles with document-level entity sets ({\"text\", \"entities\": {\"person\": [...]}}),"
                + " projected onto their text and learned after the CoNLL-2003 sentences (repeatable).",
            valueName: "file"))
    var documents: [String] = []

    @Option(help: "Where to write the weights (Sources/NewsExtraction/Resources/tagger.weights to ship them).")
    var out: String

    @Option(help: "Passes over the training set.")
    var epochs = 10

    @Option(help: "Leave out features whose 16-bit weights all stay below this: a smaller, faster model.")
    var minimumWeight = 1000

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let classes = TagScheme.conll.classes
        var articles: [DocumentSetProjection.Article] = []
        for path in documents {
            for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
                let article = try JSONDecoder().decode(AnnotatedArticle.self, from: Data(line.utf8))
                articles.append(DocumentSetProjection.Article(text: article.text, names: article.entities))
            }
        }
        let projected = DocumentSetProjection.sentences(of: articles)
        if !documents.isEmpty { print("\(projected.count) sentences from \(articles.count) annotated articles") }
        let model = EntityTagger.train(
            conll: try String(contentsOfFile: train, encoding: .utf8), more: projected,
            dev: try String(contentsOfFile: dev, encoding: .utf8), epochs: epochs,
            minimumWeight: minimumWeight
        ) { epoch in
            let perClass = classes.indices.map { "\(classes[$0]) \(percent(epoch.dev.f1($0)))" }
            print(
                "epoch \(epoch.number): mistakes \(epoch.mistakes), dev F1 \(percent(epoch.dev.f1()))"
                    + " (\(perClass.joined(separator: ", "))), features \(epoch.featureCount)")
        }
        let bytes = model.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print("wrote \(out): \(bytes.count) bytes, \(model.featureCount) features, in \(clock.now - started)")
    }

    /// A line of a document-level set: what the projection reads of it.
    private struct AnnotatedArticle: Decodable {
        var text: String
        var entities: [String: [String]]
    }

    private func percent(_ value: Double) -> String { String(format: "%.2f", 100 * value) }
}
