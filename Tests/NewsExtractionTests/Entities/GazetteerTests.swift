import Testing

@testable import NewsExtraction

@Suite struct GazetteerTests {
    @Test func matchesLongestPhrasesCaseInsensitively() {
        let gazetteer = Gazetteer(tsv: "region\tDonetsk Oblast\tUKR\ncity\tDonetsk\tUKR\nequipment\trockets\t\n")
        let matches = gazetteer.matches(in: ["in", "DONETSK", "oblast", "rockets"])
        #expect(
            matches.contains(GazetteerMatch(start: 1, end: 3, category: .region, country: "UKR", isCommonNoun: false)))
        #expect(
            matches.contains(GazetteerMatch(start: 1, end: 2, category: .city, country: "UKR", isCommonNoun: false)))
        #expect(
            matches.contains(GazetteerMatch(start: 3, end: 4, category: .equipment, country: nil, isCommonNoun: true)))
        let hints = gazetteer.hints(for: ["in", "Donetsk", "Oblast"])
        #expect(hints[0] == 0 && hints[1] != 0 && hints[2] != 0)
    }

    @Test func phrasesAddedOneByOneOutgrowTheTableAndStayFound() {
        var gazetteer = Gazetteer()
        for number in 0..<1000 {
            gazetteer.add(["Base", "\(number)"], .city, country: number.isMultiple(of: 2) ? "UKR" : "POL")
        }
        for number in [0, 1, 499, 998, 999] {
            let matches = gazetteer.matches(in: ["base", "\(number)"])
            #expect(
                matches == [
                    GazetteerMatch(
                        start: 0, end: 2, category: .city, country: number.isMultiple(of: 2) ? "UKR" : "POL",
                        isCommonNoun: false)
                ])
        }
        #expect(gazetteer.matches(in: ["base", "1000"]).isEmpty)
    }

    @Test func bundledListsHoldTheSeedArticlesNames() {
        let gazetteer = Gazetteer.bundled
        for phrase in [["Mohajer-6"], ["Shahed"], ["UAVs"], ["Donbas"], ["The", "New", "York", "Times"], ["Luhansk"]] {
            #expect(gazetteer.matches(in: phrase).contains { $0.end == phrase.count }, "\(phrase)")
        }
    }

    @Test func abbreviationsMatchInitials() {
        #expect(AbbreviationLinks.abbreviates("MoD", ["Ministry", "of", "Defence"]))
        #expect(AbbreviationLinks.abbreviates("NATO", ["North", "Atlantic", "Treaty", "Organization"]))
        #expect(!AbbreviationLinks.abbreviates("UN", ["Ministry", "of", "Defence"]))
        #expect(Slug.make("Ministry of Defence") == "ministry-of-defence")
        #expect(Slug.make("Côte d’Ivoire") == "cote-divoire")
    }
}
