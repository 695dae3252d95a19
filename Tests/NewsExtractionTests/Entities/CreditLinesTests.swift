import Testing

@testable import NewsExtraction

/// Captions, credits and bylines pasted with an article: their names are no entities of it.
@Suite struct CreditLinesTests {
    private func isCredit(_ line: String) -> Bool {
        let text = Tokenizer().tokenize(line)
        return CreditLines.isCredit(text.tokens[text.sentenceTokens[0]])
    }

    @Test(arguments: [
        "Photo: Sergei Ivanov/Reuters", "Getty Images", "(Photo by Oleg Petrasyuk/EPA-EFE)",
        "By John Smith and Anna Petrova, Reuters", "Reporting by Tom Balmforth; Editing by Mark Heinrich",
        "AFP via Getty Images", "File photo: Ukrainian soldiers near Bakhmut.", "Image credit: NASA",
    ])
    func creditLines(line: String) { #expect(isCredit(line)) }

    @Test(arguments: [
        "Photographs showed the aircraft buried within a house.", "By Monday, Russia had fired 40 missiles.",
        "Reuters reported that talks had stalled.", "By the end of the year the deal was done.",
        "Putin met Xi in Beijing.",
    ])
    func storyLines(line: String) { #expect(!isCredit(line)) }

    @Test func namesOfCreditLinesAreNoEntities() {
        let text = """
            Russia fires missiles at Kyiv
            By John Smith and Anna Petrova, Reuters
            Photo: Sergei Ivanov/Reuters
            Russia fired missiles at Kyiv on Monday, Ukrainian officials said.
            Getty Images
            Reporting by Tom Balmforth; Editing by Mark Heinrich
            """
        let names = Set(Extractor().extract(text).entities.map(\.name))
        let credited = ["John Smith", "Anna Petrova", "Sergei Ivanov", "Getty Images", "Tom Balmforth"]
        #expect(names.isDisjoint(with: credited))
        #expect(names.isSuperset(of: ["Russia", "Ukraine", "Kyiv"]))
    }
}
