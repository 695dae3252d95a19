import Testing

@testable import NewsExtraction

private func sentences(_ text: String) -> [String] { Tokenizer().tokenize(text).sentences.map(\.text) }

@Test func splitsAtSentenceEnds() {
    #expect(
        sentences("Russia attacked. Ukraine said so! Why? 2023 began.") == [
            "Russia attacked.", "Ukraine said so!", "Why?", "2023 began.",
        ])
}

@Test func survivesAbbreviations() {
    #expect(sentences("The U.S. Army and Mr. Smith met Dr. Jones on Jan. 5 at No. 10 Downing Street.").count == 1)
    #expect(sentences("Gen. J. K. Smith arrived at 9 a.m. on Monday, e.g. early.").count == 1)
    #expect(sentences("Troops left the U.S. The war went on.") == ["Troops left the U.S.", "The war went on."])
    #expect(sentences("It rose to 3.5 percent. Then it fell.") == ["It rose to 3.5 percent.", "Then it fell."])
    #expect(sentences("He said no. Nobody listened.") == ["He said no.", "Nobody listened."])
}

@Test func keepsQuotesAfterThePeriod() {
    #expect(sentences("He said \"we will win.\" Then he left.") == ["He said \"we will win.\"", "Then he left."])
    #expect(
        sentences("“It is over.” Russia denied it. (See below.) Fine.") == [
            "“It is over.”", "Russia denied it.", "(See below.)", "Fine.",
        ])
    #expect(sentences("She asked: \"Why?\" and left.").count == 1)
}

@Test func splitsHeadlinesAndListItems() {
    let text = "RUSSIA BUYS ROCKETS\nMoscow is buying arms.\nRelated News\n- First item\n- Second item\n\nlast line"
    #expect(
        sentences(text) == [
            "RUSSIA BUYS ROCKETS", "Moscow is buying arms.", "Related News", "- First item", "- Second item",
            "last line",
        ])
}

@Test func joinsLinesWrappedMidSentence() {
    #expect(sentences("Russia is buying\nrockets from North Korea.") == ["Russia is buying\nrockets from North Korea."])
}

@Test func sentenceIndicesAndTokenRangesAgree() {
    let tokenized = Tokenizer().tokenize("One. Two two.\nThree")
    #expect(tokenized.sentenceTokens == [0..<2, 2..<5, 5..<6])
    for (index, range) in tokenized.sentenceTokens.enumerated() {
        for token in tokenized.tokens[range] { #expect(token.sentence == index) }
    }
}

@Test func cutsRunsTooLongForOneSentence() {
    let words = Tokenizer().tokenize(String(repeating: "word ", count: 450))
    #expect(words.sentenceTokens.map(\.count) == [200, 200, 50])
    // Where the run has pauses, after the last one that leaves the sentence at least half the longest.
    let run = String(repeating: "Russia sent tanks to Ukraine, and France objected ", count: 60)
    let clauses = Tokenizer().tokenize(run)
    let lengths = clauses.sentenceTokens.map(\.count)
    #expect(lengths.reduce(0, +) == 540 && lengths.allSatisfy { $0 <= SentenceSplitter.maximumLength })
    #expect(clauses.sentences.dropLast().allSatisfy { $0.text.hasSuffix(",") })
}
