import Testing

@testable import NewsExtraction

private func words(_ text: String) -> [String] { Tokenizer().tokenize(text).tokens.map(\.text) }

@Test func splitsPunctuationOffWords() {
    #expect(words("Russia, Iran and Syria.") == ["Russia", ",", "Iran", "and", "Syria", "."])
    #expect(words("(Reuters) - Hello!") == ["(", "Reuters", ")", "-", "Hello", "!"])
}

@Test func keepsAbbreviationsAndInitials() {
    #expect(words("The U.S. and U.K. met.") == ["The", "U.S.", "and", "U.K.", "met", "."])
    #expect(
        words("Mr. Smith, Gen. Lee and St. Petersburg") == [
            "Mr.", "Smith", ",", "Gen.", "Lee", "and", "St.", "Petersburg",
        ])
    #expect(words("On Jan. 5 at No. 10") == ["On", "Jan.", "5", "at", "No.", "10"])
    #expect(
        words("J. K. Rowling, e.g. at 9 a.m. today") == [
            "J.", "K.", "Rowling", ",", "e.g.", "at", "9", "a.m.", "today",
        ])
    #expect(words("There is no. Really.") == ["There", "is", "no", ".", "Really", "."])
}

@Test func keepsNumbersAndHyphenatedWordsWhole() {
    #expect(
        words("It cost $1,000.5 or 3.5% at 10:30.") == [
            "It", "cost", "$", "1,000.5", "or", "3.5", "%", "at", "10:30", ".",
        ])
    #expect(
        words("Shahed-136 drones, F-16 jets and pro-Russian forces") == [
            "Shahed-136", "drones", ",", "F-16", "jets", "and", "pro-Russian", "forces",
        ])
    #expect(words("AT&T and R&D") == ["AT&T", "and", "R&D"])
    #expect(words("U.S.-led and U.N.-backed forces.") == ["U.S.-led", "and", "U.N.-backed", "forces", "."])
}

@Test func splitsCliticsOff() {
    #expect(words("Korea's army") == ["Korea", "'s", "army"])
    #expect(words("KOREA’S ARMY") == ["KOREA", "’S", "ARMY"])
    #expect(
        words("don't, can't, they're, I've, we'll") == [
            "do", "n't", ",", "ca", "n't", ",", "they", "'re", ",", "I", "'ve", ",", "we", "'ll",
        ])
    #expect(words("the countries' armies and O'Brien") == ["the", "countries", "'", "armies", "and", "O'Brien"])
    // Reuters and CoNLL-2003 write the clitic apart.
    #expect(words("Korea 's army and KOREA 'S ARMY") == ["Korea", "'s", "army", "and", "KOREA", "'S", "ARMY"])
    #expect(words("he said 'so' then") == ["he", "said", "'", "so", "'", "then"])
}

@Test func keepsLinksWhole() {
    #expect(
        words("See https://example.com/a?b=1, or www.bbc.co.uk.") == [
            "See", "https://example.com/a?b=1", ",", "or", "www.bbc.co.uk", ".",
        ])
    #expect(
        words("Mail john.smith@example.org (or @newsgraph, #Ukraine)") == [
            "Mail", "john.smith@example.org", "(", "or", "@newsgraph", ",", "#Ukraine", ")",
        ])
}

@Test func quotesAndDashesAreTokens() {
    #expect(
        words("“No,” he said — ‘never’ -- \"ok\"") == [
            "“", "No", ",", "”", "he", "said", "—", "‘", "never", "’", "--", "\"", "ok", "\"",
        ])
}

@Test func offsetsCutExactlyTheTokenText() {
    let text = "Zelenskyy’s café in Kyiv 🇺🇦 — naïve “Ångström” 👩‍👩‍👧 costs €1,5!\nDone… ok 👍🏽. Ünïcödé e\u{301}t"
    let tokenized = Tokenizer().tokenize(text)
    #expect(tokenized.scalars.count == text.unicodeScalars.count)
    for token in tokenized.tokens {
        #expect(tokenized.slice(token.start, token.end) == token.text)
        #expect(token.start < token.end)
    }
    for sentence in tokenized.sentences {
        #expect(tokenized.slice(sentence.start, sentence.end) == sentence.text)
    }
    let texts = tokenized.tokens.map(\.text)
    #expect(texts.contains("🇺🇦"))
    #expect(texts.contains("👩‍👩‍👧"))
    #expect(texts.contains("👍🏽"))
    #expect(texts.contains("e\u{301}t"))
    #expect(texts.prefix(3) == ["Zelenskyy", "’s", "café"])
    // Every non-space scalar is in exactly one token.
    let covered = tokenized.tokens.reduce(0) { $0 + $1.end - $1.start }
    #expect(covered == text.unicodeScalars.filter { !$0.properties.isWhitespace }.count)
}

@Test func emptyAndBlankTextsHaveNoTokens() {
    #expect(Tokenizer().tokenize("").tokens.isEmpty)
    #expect(Tokenizer().tokenize(" \n\n ").sentences.isEmpty)
}
