import Foundation
import Testing

@testable import NewsExtraction

/// The UD English dev sets, when ../shared/eval is beside the repository.
private let devSets: [String: String] = {
    let root = #filePath.components(separatedBy: "/Tests/")[0] + "/../shared/eval/ud/"
    var sets: [String: String] = [:]
    for name in ["en_ewt-ud-dev", "en_gum-ud-dev"] {
        if let text = try? String(contentsOfFile: root + name + ".conllu", encoding: .utf8) { sets[name] = text }
    }
    return sets
}()

/// The shipped grammar on the UD dev sets, with gold tokens, may not fall below what it reached when it shipped.
@Suite(.enabled(if: devSets.count == 2, "../shared/eval/ud is not here"))
struct UDDevScoreTests {
    /// Floors a little under the scores of the shipped weights (README, "Grammar").
    static let floors: [String: (upos: Double, uas: Double, las: Double, lemma: Double)] = [
        "en_ewt-ud-dev": (0.95, 0.855, 0.822, 0.972),
        "en_gum-ud-dev": (0.955, 0.835, 0.802, 0.978),
    ]

    @Test(arguments: ["en_ewt-ud-dev", "en_gum-ud-dev"])
    func scoresStayAboveTheFloor(name: String) throws {
        let sentences = TreebankSentence.read(conllu: try #require(devSets[name]))
        var words = 0
        var upos = 0
        var lemmas = 0
        var heads = 0
        var labelled = 0
        for sentence in sentences {
            let parse = Grammar.bundled.analyze(sentence.forms)
            for word in sentence.forms.indices {
                words += 1
                if parse.upos[word] == sentence.upos[word] { upos += 1 }
                if parse.lemmas[word] == sentence.lemmas[word] { lemmas += 1 }
                guard parse.heads[word] == sentence.heads[word] else { continue }
                heads += 1
                let universal = { (label: String) in label.prefix { $0 != ":" } }
                if universal(parse.relations[word]) == universal(sentence.relations[word]) { labelled += 1 }
            }
        }
        let floor = try #require(Self.floors[name])
        let score = { (count: Int) in Double(count) / Double(words) }
        #expect(score(upos) >= floor.upos, "UPOS \(score(upos))")
        #expect(score(heads) >= floor.uas, "UAS \(score(heads))")
        #expect(score(labelled) >= floor.las, "LAS \(score(labelled))")
        #expect(score(lemmas) >= floor.lemma, "lemmas \(score(lemmas))")
    }
}
