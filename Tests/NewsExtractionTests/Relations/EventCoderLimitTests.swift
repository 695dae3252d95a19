import Testing

@testable import NewsExtraction

/// An article gives at most `EventCoder.maximumRelations` relations, the first in sentence order, however many
/// countries each sentence makes act on one another.
@Suite struct EventCoderLimitTests {
    @Test func anArticleGivesAtMostTheMaximumOfRelations() {
        let signatories = [
            "France", "Germany", "Italy", "Spain", "Poland", "Greece", "Portugal", "Austria", "Belgium", "Sweden",
            "Norway", "Finland", "Denmark", "Ireland", "Hungary", "Romania", "Bulgaria", "Croatia", "Slovenia",
            "Estonia", "Latvia", "Lithuania", "Czechia", "Slovakia", "Luxembourg", "Malta",
        ]
        let sentence =
            signatories.dropLast().joined(separator: ", ") + " and \(signatories.last!) signed a treaty on Monday. "
        // Each of the 26 signs with each of the others.
        #expect(Extractor().extract(sentence).relations.count == 26 * 25)
        let relations = Extractor().extract(String(repeating: sentence, count: 9)).relations
        #expect(relations.count == EventCoder.maximumRelations)
        // Taken in sentence order: the last sentences were not read.
        #expect(relations.map(\.sentence.index).max()! < 8)
    }
}
