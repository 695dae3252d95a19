import Testing

@testable import NewsExtraction

/// Lines of capitals, where case says nothing: listed organizations of more than one word survive.
@Suite struct CapitalsHeadlineTests {
    private func entities(_ text: String) -> [Entity] { Extractor().extract(text).entities }

    @Test func ministryOfACapitalsHeadlineKeepsItsCountry() {
        let found = entities("RUSSIAN MINISTRY OF DEFENCE SAYS TROOPS TOOK TWO VILLAGES")
        let ministry = found.first { $0.type == .organization }
        #expect(ministry?.name == "MINISTRY OF DEFENCE")
        #expect(ministry?.country == "RUS")
        #expect(ministry?.id == "organization:ministry-of-defence-rus")
    }

    @Test func severalListedBodiesInOneHeadline() {
        let found = entities("UKRAINE FOREIGN MINISTRY CALLS ON UN SECURITY COUNCIL TO MEET")
        let names = Set(found.filter { $0.type == .organization }.map { $0.name.lowercased() })
        #expect(names.contains("foreign ministry"))
        #expect(names.contains { $0.hasSuffix("security council") })
    }

    @Test func oneWordListedNamesAreNotGuessedInCapitals() {
        let found = entities("WHO WILL LEAD THE TALKS AFTER TIME RUNS OUT")
        #expect(!found.contains { $0.type == .organization && ($0.name == "WHO" || $0.name == "TIME") })
    }
}
