import Testing

@testable import NewsExtraction

/// Titles stay outside the person's mention, as in CoNLL-2003: "Chancellor Olaf Scholz" names "Olaf Scholz".
@Suite struct PersonTitlesTests {
    private func people(_ text: String) -> [Entity] {
        Extractor().extract(text).entities.filter { $0.type == .person }
    }

    @Test func titleIsLeftOutOfThePerson() {
        let found = people("German Chancellor Olaf Scholz announced the package. Later, Scholz flew home.")
        #expect(found.map(\.id) == ["person:olaf-scholz"])
        #expect(found.first?.mentions.map(\.text) == ["Olaf Scholz", "Scholz"])
    }

    @Test func titlesOfSeveralWords() {
        let found = people(
            "Pope Francis received Secretary of State Antony Blinken, and Supreme Leader Ayatollah Ali Khamenei "
                + "condemned the visit.")
        let names = Set(found.map(\.name))
        #expect(names.isSuperset(of: ["Francis", "Antony Blinken", "Ali Khamenei"]))
        #expect(!found.contains { $0.name.hasPrefix("Pope") || $0.name.hasPrefix("Secretary") })
    }

    @Test func titleBeforeAKnownLeaderInATitleCaseHeadline() {
        let found = people("Chancellor Olaf Scholz Promises More Air Defence For Kyiv")
        #expect(found.map(\.name) == ["Olaf Scholz"])
    }

    @Test func titleLengthNeedsANameAfterIt() {
        #expect(PersonTitles.length(of: ["Prime", "Minister", "Keir", "Starmer"]) == 2)
        #expect(PersonTitles.length(of: ["Gen.", "Mark", "Milley"]) == 1)
        #expect(PersonTitles.length(of: ["Chief", "Rabbi", "Ephraim", "Mirvis"]) == 2)
        #expect(PersonTitles.length(of: ["Attorney", "General", "Merrick", "Garland"]) == 2)
        #expect(PersonTitles.length(of: ["Prime", "Minister"]) == 0)
        #expect(PersonTitles.length(of: ["King"]) == 0)
        #expect(PersonTitles.length(of: ["Billie", "Jean", "King"]) == 0)
        #expect(PersonTitles.length(of: ["Emir", "of", "Qatar"]) == 0)
    }
}
