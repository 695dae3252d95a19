import Testing

@testable import NewsExtraction

/// Articles with document-level entity sets, projected onto their sentences for the tagger.
@Suite struct DocumentSetProjectionTests {
    private func project(_ text: String, _ names: [String: [String]]) -> [LabeledSentence] {
        DocumentSetProjection.sentences(of: [DocumentSetProjection.Article(text: text, names: names)])
    }

    @Test func labelsEveryMentionAndTheSurnameAlone() {
        let sentences = project(
            "Former president Hosni Mubarak died in Cairo. Mubarak ruled Egypt for thirty years.",
            ["person": ["Hosni Mubarak"], "location": ["Cairo"]])
        #expect(sentences.count == 2)
        #expect(sentences[0].spans == [TagSpan(start: 2, end: 4, label: 0), TagSpan(start: 6, end: 7, label: 2)])
        // "Egypt" is the country matcher's: LOC, as CoNLL-2003 has country names.
        #expect(sentences[1].spans == [TagSpan(start: 0, end: 1, label: 0), TagSpan(start: 2, end: 3, label: 2)])
    }

    @Test func demonymsAreMisc() {
        let sentences = project("The Russian army left.", [:])
        #expect(sentences.first?.spans == [TagSpan(start: 1, end: 2, label: 3)])
    }

    @Test func aSentenceWithAnUnlistedNameIsLeftOut() {
        let sentences = project(
            "Boeing sold jets to Aeroflot. The deal was signed at the Paris Air Show.",
            ["organization": ["Boeing", "Aeroflot"]])
        #expect(sentences.map(\.words.count) == [6])
    }

    @Test func theOrderOfTheSetsChangesNothing() {
        let text = "Scott Carson of Boeing met Vladimir Putin. Carson said Boeing was proud."
        let one = project(text, ["person": ["Scott Carson", "Vladimir Putin"], "organization": ["Boeing"]])
        let other = project(text, ["organization": ["Boeing"], "person": ["Vladimir Putin", "Scott Carson"]])
        #expect(one == other)
        #expect(one.count == 2)
    }
}
