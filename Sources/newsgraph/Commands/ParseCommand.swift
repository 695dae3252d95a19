import ArgumentParser
import Foundation
import NewsExtraction

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatize and parse text, writing CoNLL-U.",
        discussion: """
            Plain text (FILE, or standard input) is cut into sentences and words first. With --conllu, the file's \
            own sentences and words are kept and LEMMA, UPOS, XPOS, HEAD and DEPREL are predicted.
            """
    )

    @Argument(help: "A text file; standard input when omitted.")
    var file: String?

    @Option(help: "A CoNLL-U file whose tokens to keep.")
    var conllu: String?

    @Option(help: "Grammar weights to use instead of the bundled ones (as train-parser writes them).")
    var weights: String?

    func run() throws {
        let grammar =
            try weights.map { try Grammar(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0)))) }
            ?? Grammar.bundled
        let output = FileHandle.standardOutput
        if let conllu {
            let text = try String(contentsOfFile: conllu, encoding: .utf8)
            for sentence in TreebankSentence.read(conllu: text) {
                let parse = grammar.analyze(sentence.forms)
                output.write(
                    ConlluWriter.sentence(
                        parse, comments: sentence.comments, multiwordTokens: sentence.multiwordTokens))
            }
            return
        }
        let data =
            try file.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
            ?? FileHandle.standardInput.readDataToEndOfFile()
        let tokenized = Tokenizer().tokenize(String(decoding: data, as: UTF8.self))
        for sentence in tokenized.sentences.indices {
            let words = GrammarTokenizer.words(tokenized, sentence: sentence)
            let parse = grammar.analyze(words.map(\.form))
            let text = tokenized.sentences[sentence].text.split(whereSeparator: \.isNewline).joined(separator: " ")
            output.write(
                ConlluWriter.sentence(
                    parse, comments: ["# sent_id = \(sentence + 1)", "# text = \(text)"],
                    multiwordTokens: ConlluWriter.multiwordTokens(words, text: tokenized)))
        }
    }
}

extension FileHandle {
    fileprivate func write(_ string: String) { write(Data(string.utf8)) }
}
