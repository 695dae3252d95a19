import Testing

@testable import NewsExtraction

/// Abbreviations defined in parentheses, and countries named only inside other names. Texts of our own.
@Suite struct AbbreviationLinksTests {
    private let extractor = Extractor()

    private func entities(_ text: String) -> [Entity] { extractor.extract(text).entities }

    @Test func parenthesesDefineAnAbbreviationThatSpellsOtherWords() {
        let found = entities(
            "Ankara named the Kurdistan Workers' Party (PKK) a terrorist group on Monday. The PKK denied the charge.")
        let groups = found.filter { $0.type == .organization }
        #expect(groups.map(\.name) == ["Kurdistan Workers' Party"])
        #expect(groups.first?.mentions.map(\.text) == ["Kurdistan Workers' Party", "PKK", "PKK"])
    }

    @Test func aNameCutShortGrowsUntilItsCapitalsSpellTheAbbreviation() {
        let found = entities(
            "Officials of the United Nations Educational, Scientific and Cultural Organization (UNESCO) met in "
                + "Paris on Friday. UNESCO said the site was at risk.")
        let names = found.filter { $0.type == .organization }.map(\.name)
        #expect(names == ["United Nations Educational, Scientific and Cultural Organization"])
    }

    @Test func theDefinitionMayComeTheOtherWayRound() {
        let found = entities(
            "Hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped from a camp in the north. "
                + "ISIS claimed the attack the next day.")
        let groups = found.filter { $0.type == .organization }
        #expect(groups.count == 1)
        #expect(groups.first?.mentions.map(\.text).contains("Islamic State of Iraq and Syria") == true)
    }

    @Test func aCountryNamedOnlyInsideAnotherNameIsNoCountryOfTheArticle() {
        let found = entities(
            "He was one of the first opponents of the Vietnam War, and later wrote for Voice of America. "
                + "Agence France-Presse reported his death in Boston.")
        let countries = Set(found.filter { $0.type == .country }.compactMap(\.codes?.iso3))
        #expect(countries.isDisjoint(with: ["VNM", "USA", "FRA"]))
    }

    @Test func aCountryThatNamesACompanyIsNoCountryOfTheArticle() {
        let found = entities("Singapore Airlines will be the first to fly the new jet, the planemaker said.")
        #expect(!found.contains { $0.id == "country:SGP" })
    }

    @Test func aCountryThatQualifiesABodyStaysOne() {
        let found = entities(
            "The Royal Saudi Air Force and the Syrian Democratic Forces took part, at the invitation of the "
                + "Government of Iraq.")
        let countries = Set(found.filter { $0.type == .country }.compactMap(\.codes?.iso3))
        #expect(countries.isSuperset(of: ["SAU", "SYR", "IRQ"]))
    }

    @Test func anOrganizationTakesNoCountryFromAPlaceOfTheSameLetters() {
        let found = entities("The UN said aid was arriving. The UN relief chief flew to Jakarta.")
        #expect(found.first { $0.type == .organization }?.country == nil)
    }
}
