import Testing

@testable import NewsExtraction

/// Seats of government name their country (country mentions of kind government, DESIGN.md) and are organizations of
/// the article with that country; armed forces and
/// intelligence services are organizations that carry their state, and movements carry none.
@Suite struct StateInstitutionsTests {
    private func entities(_ text: String) -> [Entity] { Extractor().extract(text).entities }

    @Test func seatsOfGovernmentAreTheirCountry() {
        let found = entities(
            "The White House and the Pentagon disagreed. The Kremlin, Downing Street and the Elysee said nothing.")
        func kinds(_ iso3: String) -> [MentionKind?] {
            found.first { $0.id == "country:\(iso3)" }?.mentions.map(\.kind) ?? []
        }
        #expect(kinds("USA") == [.government, .government])
        #expect(kinds("RUS") == [.government])
        #expect(kinds("GBR") == [.government])
        #expect(kinds("FRA") == [.government])
        #expect(!found.contains { $0.type == .location })
        // Each is an organization of the article too, with its state.
        let seats = found.filter { $0.type == .organization }
        #expect(seats.map(\.name) == ["White House", "Pentagon", "Kremlin", "Downing Street", "Elysee"])
        #expect(seats.map(\.country) == ["USA", "USA", "RUS", "GBR", "FRA"])
    }

    @Test func armedForcesAndServicesCarryTheirState() {
        let found = entities(
            "The Israel Defense Forces said the IDF had struck. The IRGC, the PLA and the Bundeswehr held drills, "
                + "and MI6 and the FSB traded accusations. Hamas rejected the offer.")
        func country(_ name: String) -> String? {
            found.first { $0.type == .organization && $0.name == name }?.country
        }
        // The IDF is grouped with its full name.
        #expect(country("Israel Defense Forces") == "ISR")
        #expect(country("IRGC") == "IRN")
        #expect(country("PLA") == "CHN")
        #expect(country("Bundeswehr") == "DEU")
        #expect(country("MI6") == "GBR")
        #expect(country("FSB") == "RUS")
        let hamas = found.first { $0.name == "Hamas" }
        #expect(hamas?.type == .organization)
        #expect(hamas?.country == nil)
    }

    @Test func acronymAndFullNameAreOneOrganization() {
        let found = entities("The IDF said it had hit a depot. The Israel Defense Forces gave no figures.")
        let idf = found.filter { $0.type == .organization }
        #expect(idf.map(\.id) == ["organization:israel-defense-forces"])
        #expect(idf.first?.mentions.map(\.text) == ["IDF", "Israel Defense Forces"])
        #expect(idf.first?.country == "ISR")
        #expect(EntityGrouper.isAcronym("IRGC", of: "Islamic Revolutionary Guard Corps"))
        #expect(!EntityGrouper.isAcronym("NATO", of: "Israel Defense Forces"))
        #expect(!EntityGrouper.isAcronym("Hamas", of: "Hezbollah"))
    }

    @Test func listedStateBodyWithItsCountryBeforeItIsTheSameEntity() {
        let found = entities("The US CIA said on Monday that the CIA had no comment.")
        let cia = found.filter { $0.type == .organization && $0.name == "CIA" }
        #expect(cia.map(\.id) == ["organization:cia"])
        #expect(cia.first?.country == "USA")
    }
}
