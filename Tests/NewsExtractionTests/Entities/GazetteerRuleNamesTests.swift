import Testing

@testable import NewsExtraction

/// Names only the rules read: added to the tagger's lists without becoming features, so the weights stay valid.
@Suite struct GazetteerRuleNamesTests {
    @Test func ruleNamesAreNoFeatures() {
        let words = ["the", "Line", "of", "Control", "near", "Leopard", "2A6"]
        #expect(!Gazetteer.bundled.matches(in: words).contains { $0.category == .region })
        let line = Gazetteer.withRuleNames.matches(in: words).first { $0.category == .region }
        #expect(line?.start == 1 && line?.end == 4)
        #expect(line?.country == nil)
        #expect(Gazetteer.withRuleNames.matches(in: ["Leopard", "2A6"]).first?.end == 2)
    }

    /// Companies the tagger reads as people or places, and one-word names it misses mid-sentence.
    @Test func listedCompaniesAreOrganizations() {
        let found = Extractor().extract(
            "Northrop Grumman and Deutsche Telekom said on Monday they would bid. The minister wrote on Twitter that "
                + "the deal with Thales was done."
        ).entities
        let organizations = Set(found.filter { $0.type == .organization }.map(\.name))
        #expect(organizations.isSuperset(of: ["Northrop Grumman", "Deutsche Telekom", "Twitter", "Thales"]))
    }

    @Test func addingKeepsEarlierLinesAndTheirCountries() {
        let base = Gazetteer(tsv: "city\tKyiv\tUKR\nregion\tDonbas\tUKR\n")
        let more = base.adding(tsv: "# more\nregion\tCrimea\tUKR\norganization\tIDF\tISR\nequipment\tLeopard 2\t\n")
        #expect(more.matches(in: ["Kyiv"]).first?.country == "UKR")
        #expect(more.matches(in: ["Crimea"]).first?.country == "UKR")
        #expect(more.matches(in: ["IDF"]).first?.country == "ISR")
        #expect(more.matches(in: ["Leopard", "2"]).first?.category == .equipment)
        #expect(base.matches(in: ["IDF"]).isEmpty)
        #expect(more.matches(in: ["IDF"]).first?.isAdded == true)
        #expect(more.matches(in: ["Kyiv"]).first?.isAdded == false)
    }

    /// Where no added name matches, the rules' matches are the tagger's, which the recognizer relies on to scan once.
    @Test func withoutAnAddedNameTheMatchesAreTheTaggers() {
        for sentence in [
            "Russia fired Iskander missiles at Kharkiv and Donetsk Oblast", "The UN Security Council met in New York",
            "Leopard 2 tanks crossed the Black Sea",
        ] {
            let words = sentence.split(separator: " ").map(String.init)
            let matches = Gazetteer.withRuleNames.matches(in: words)
            #expect(!matches.contains { $0.isAdded }, "\(sentence)")
            #expect(matches == Gazetteer.bundled.matches(in: words), "\(sentence)")
        }
        let words = "Leopard 2A6 tanks".split(separator: " ").map(String.init)
        #expect(Gazetteer.withRuleNames.matches(in: words).contains { $0.isAdded })
    }
}
