import Testing

@testable import NewsExtraction

/// The supertags the parser learns from, and what the shipped supertagger guesses.
struct SupertaggerTests {
    /// "France condemned the attacks ." with labels numbered 0 to 4: each word's label, whether its head lies to
    /// its right (or it is the root), and whether it has dependents on its right and on its left.
    @Test func supertagsSayLabelHeadSideAndDependents() {
        let supertags = Supertagger.supertags(heads: [1, -1, 3, 1, 1], labels: [0, 1, 2, 3, 4])
        #expect(
            supertags == [
                8 * 0 + 1,  // France: head to the right, no dependents
                8 * 1 + 1 + 2 + 4,  // condemned: the root, dependents both sides
                8 * 2 + 1,  // the
                8 * 3 + 4,  // attacks: head to the left, a dependent on its left
                8 * 4,  // .
            ])
        #expect(Supertagger.classCount(labelCount: 5) == 40)
    }

    @Test func shippedSupertaggerGuessesSubjectAndObject() throws {
        let grammar = Grammar.bundled
        let words = ["Russia", "attacked", "Ukraine", "."].map { WordHashes($0) }
        let tags = grammar.tagger.tag(words)
        let guesses = grammar.supertagger.tag(words, tags: tags)
        let labels = try ["nsubj", "root", "obj", "punct"].map { try #require(grammar.parser.labels.number($0)) }
        #expect(guesses == Supertagger.supertags(heads: [1, -1, 1, 1], labels: labels))
    }
}
