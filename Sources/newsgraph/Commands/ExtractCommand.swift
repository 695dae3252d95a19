import ArgumentParser
import Dispatch
import Foundation
import NewsAPI
import NewsExtraction

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the entities and relations of an article as JSON, as POST /v1/extract does.",
        discussion: """
            With --jsonl, reads lines {"id": ..., "text": ...} from standard input and writes one line \
            {"id": ..., "entities": [...], "relations": [...]} per input line, in input order.
            """
    )

    @Argument(help: "The article's text file; standard input when omitted.")
    var file: String?

    @Flag(help: "Read JSON lines {\"id\", \"text\"} from standard input; write one result line each.")
    var jsonl = false

    @Flag(help: "Add to each relation why it was found: the reader, the lexicon pattern, the tree paths.")
    var explain = false

    @Option(help: "Offset unit: scalars (Unicode code points), utf16 or utf8.")
    var offsets: String = "scalars"

    func run() throws {
        guard let unit = OffsetUnit(rawValue: offsets) else {
            throw ValidationError("--offsets must be scalars, utf16 or utf8")
        }
        if jsonl {
            // Many articles: some will need sentence trees, so the grammar loads now, beside everything else.
            DispatchQueue.global().async { _ = Grammar.bundled }
        }
        let extractor = Extractor()
        if jsonl {
            try JSONLinesExtraction(extractor: extractor, explain: explain).run(
                input: FileHandle.standardInput, output: FileHandle.standardOutput)
            return
        }
        let data =
            try file.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
            ?? FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("the input is not UTF-8 text")
        }
        var output = ExtractionJSON.encode(
            extractor.extract(text, publishedAt: nil, explain: explain), text: text, unit: unit)
        output.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(Data(output))
    }
}
