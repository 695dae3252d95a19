import Testing

@testable import NewsExtraction

/// A capital that stands for its state is a country mention, kind capital, and no place; used as a place it stays
/// a location. A country's name, or a part of it, is never a location.
@Suite struct CapitalMentionsTests {
    private let found = Extractor().extract(
        "Moscow said on Tuesday it would respond. Officials in Moscow denied the report. Talks in Cairo ended "
            + "without a deal. The United States and the United Arab Emirates signed a pact."
    ).entities

    @Test func aCapitalThatActsIsItsCountry() {
        let russia = found.first { $0.id == "country:RUS" }
        #expect(russia?.mentions.map(\.kind) == [.capital])
        #expect(russia?.mentions.first?.start == 0)
    }

    @Test func aCapitalUsedAsAPlaceIsALocation() {
        let places = found.filter { $0.type == .location }
        #expect(Set(places.map(\.name)) == ["Moscow", "Cairo"])
        #expect(places.first { $0.name == "Moscow" }?.mentions.map(\.start) != [0])
    }

    @Test func countryNamesAreNoLocations() {
        #expect(
            !found.contains { $0.type == .location && ($0.name.contains("United") || $0.name.contains("Emirates")) })
        #expect(found.contains { $0.id == "country:ARE" })
        #expect(found.contains { $0.id == "country:USA" })
    }
}
