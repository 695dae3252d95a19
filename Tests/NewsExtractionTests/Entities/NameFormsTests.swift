import Testing

@testable import NewsExtraction

@Suite struct NameFormsTests {
    private func type(_ name: String, tagged: EntityType = .person) -> EntityType? {
        NameForms.type(of: name.split(separator: " ").map(String.init)[...], tagged: tagged)
    }

    @Test func bodiesAreOrganizations() {
        #expect(type("Air Force") == .organization)
        #expect(type("Peace Foundation") == .organization)
        #expect(type("Armed Forces", tagged: .location) == .organization)
        // A bank of a river stays a place.
        #expect(type("West Bank", tagged: .location) == nil)
    }

    @Test func eventsAndLawsAreMisc() {
        #expect(type("Iraq War") == .misc)
        #expect(type("Trades Disputes Act", tagged: .organization) == .misc)
        #expect(type("Muslims") == .misc)
        #expect(type("Sacred Defence Week", tagged: .organization) == .misc)
        #expect(type("Brexit", tagged: .organization) == .misc)
        #expect(type("Islam", tagged: .location) == .misc)
        #expect(type("Chicago Marathon", tagged: .organization) == .misc)
        #expect(type("BellSouth Classic", tagged: .organization) == .misc)
        #expect(type("William Clay Ford Jr.", tagged: .organization) == .person)
    }

    @Test func buildingsAndGroundsArePlaces() {
        #expect(type("Corcoran State Prison", tagged: .organization) == .location)
        #expect(type("National Zoo", tagged: .organization) == .location)
    }

    @Test func marketIndicesAreNoOrganizations() {
        #expect(NameForms.isMarketIndex(["Dow", "Jones", "Industrial", "Average"]))
        #expect(NameForms.isMarketIndex(["Nikkei"]))
        #expect(!NameForms.isMarketIndex(["MICEX"]))
        #expect(!NameForms.isMarketIndex(["Reuters"]))
    }

    @Test func aBareHeadNamesNothing() {
        #expect(NameForms.isBareHead("Department"))
        #expect(NameForms.isBareHead("Force"))
        #expect(!NameForms.isBareHead("Parliament"))
    }

    @Test func namesTheirFormSaysNothingAbout() {
        #expect(type("Vladimir Putin") == nil)
        #expect(type("Boeing") == nil)
    }

    @Test func rolesAreNoNames() {
        #expect(NameForms.isRole(last: "Minister"))
        #expect(NameForms.isRole(last: "Ambassador"))
        #expect(!NameForms.isRole(last: "Defence"))
    }

    @Test func aHeadBeforeOfSaysWhatTheNameIs() {
        #expect(NameForms.headBeforeOf(["Supreme", "Leader", "of", "Iran"]).isRole)
        #expect(NameForms.headBeforeOf(["Revolutionary", "Guard", "Corps", "of", "Iran"]).isBody)
        #expect(NameForms.headBeforeOf(["Bank", "of", "England"]) == (false, false))
    }

    @Test func bodiesGoOnAfterOf() {
        #expect(NameForms.continues("Ministry", with: "of"))
        #expect(NameForms.continues("Commission", with: "on"))
        #expect(!NameForms.continues("Inc", with: "of"))
    }
}
