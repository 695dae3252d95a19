import Testing

@testable import NewsExtraction

/// What the whole article says about its names: short names join full ones, one name keeps one type, capitals that
/// only start sentences make no names. Texts of our own.
@Suite struct DocumentEvidenceTests {
    private let extractor = Extractor()

    private func entities(_ text: String) -> [Entity] { extractor.extract(text).entities }

    @Test func aShortNameJoinsTheFullName() {
        let found = entities(
            "Former Egyptian president Hosni Mubarak has died in Cairo aged 91. Mubarak ruled Egypt for three decades "
                + "until protests forced him out in 2011. Hosni, as his family called him, was buried on Wednesday.")
        let people = found.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Hosni Mubarak"])
        #expect(people.first?.mentions.map(\.text) == ["Hosni Mubarak", "Mubarak", "Hosni"])
        #expect(!found.contains { $0.type != .person && ($0.name == "Mubarak" || $0.name == "Hosni") })
    }

    @Test func aMiddleInitialDoesNotMakeASecondPerson() {
        let found = entities(
            "The president asked national security adviser John R. Bolton to resign on Monday. \"I informed John "
                + "Bolton last night that his services are no longer needed,\" he wrote.")
        #expect(found.filter { $0.type == .person }.map(\.name) == ["John R. Bolton"])
    }

    @Test func sentenceConnectivesAreNoNames() {
        let found = entities(
            "The ministry said the talks would resume. Additionally, officials met in Geneva. Moreover, the envoy "
                + "flew home. Meanwhile, prices rose.")
        let names = Set(found.map(\.name))
        #expect(names.isDisjoint(with: ["Additionally", "Moreover", "Meanwhile"]))
    }

    @Test func aWordTheArticleWritesInLowerCaseIsNoNameByItsCapital() {
        let found = entities(
            "Disaster teams reached the coast on Friday. The disaster left thousands without power, and the relief "
                + "effort is slow.")
        #expect(!found.contains { $0.name == "Disaster" })
    }

    @Test func oneNameKeepsOneType() {
        let found = entities(
            "Boeing said on Monday it would cut jobs. Shares in Boeing fell 4 percent after the announcement. Boeing "
                + "builds the 787 at plants in Washington state and South Carolina.")
        let boeing = found.filter { $0.name == "Boeing" }
        #expect(boeing.map(\.type) == [.organization])
    }

    @Test func aPlaceTheTaggerTookForAPersonIsAPlace() {
        let found = entities(
            "Government forces entered Tell Tamer and Ain Issa on Sunday, according to state media. Residents of "
                + "Tell Tamer said the shelling had stopped.")
        #expect(!found.contains { $0.type == .person && ($0.name == "Tell Tamer" || $0.name == "Ain Issa") })
    }

    @Test func aCompanyAndItsModelIsNoPerson() {
        let found = entities(
            "The government will pay Ford to keep building the Ford Falcon in Geelong. Sales of the Lockheed Tristar "
                + "ended in 1984.")
        #expect(!found.contains { $0.type == .person || $0.type == .location && $0.name.hasPrefix("Ford") })
    }

    @Test func partOfACountryNameIsNoPlace() {
        let found = entities("Flights resumed between the United Arab Emirates and Qatar on Monday.")
        #expect(!found.contains { $0.type != .country && $0.mentions.contains { $0.text.contains("Emirates") } })
        #expect(found.contains { $0.id == "country:ARE" })
    }

    @Test func aHeadlineWordTheBodyNeverNamesIsNoName() {
        let found = entities(
            "Markets Rally As Traders Cheer Rate Cut\nStocks rose sharply on Wednesday after the central bank cut "
                + "interest rates.")
        #expect(!found.contains { ["Traders", "Cheer", "Rally", "Markets"].contains($0.name) })
    }

    @Test func aNameJoinedByAndToAPlaceIsOne() {
        let found = entities("Egypt has two gas terminals on the coast, in Damietta and Idku, both idle since 2013.")
        #expect(found.first { $0.name == "Idku" }?.type == .location)
    }

    @Test func firstWordsOfALongerNameAreThatPerson() {
        let found = entities(
            "South Sudanese minister John Luk Jok died on Monday in Nairobi. \"John Luk was very honest,\" a "
                + "colleague said.")
        #expect(found.filter { $0.type == .person }.map(\.name) == ["John Luk Jok"])
    }

    @Test func aConnectiveOpeningAQuotationIsNoPartOfAName() {
        let found = entities("The statement said: \"No Coalition troops were injured in the attack on the base.\"")
        #expect(!found.contains { $0.name.hasPrefix("No ") })
    }

    @Test func aBodyOfRepresentativesIsNoRole() {
        let found = entities("He noted that the Libyan House of Representatives did not ratify the agreement.")
        #expect(found.contains { $0.type == .organization && $0.name.hasSuffix("House of Representatives") })
    }

    @Test func aMakerAndItsModelNameTheProduct() {
        let found = entities(
            "A few hours before the Boeing 737-800 jet crashed on Wednesday, the airline bought new Airbuses.")
        #expect(!found.contains { $0.type == .organization })
    }

    @Test func portfoliosCurrenciesAndBareHeadsAreNoOrganizations() {
        let found = entities(
            "John Luk Jok, the minister for East African Affairs, died on Monday. The government gave Ford "
                + "Australia AU$52.5 million, which would put the Australian automotive industry in the spotlight. "
                + "The Department issued a statement.")
        let names = Set(found.filter { $0.type == .organization }.map(\.name))
        #expect(names.isDisjoint(with: ["East African Affairs", "AU", "The Australian", "Australian", "Department"]))
    }

    @Test func aWordHoldingACountryIsMoreThanTheCountry() {
        let found = entities(
            "Brazilian-born Luis Oliveira scored twice. Leaders discussed the U.S.-Canada border on Monday.")
        #expect(found.contains { $0.type == .misc && $0.name == "Brazilian-born" })
        #expect(found.contains { $0.id == "country:BRA" })
        #expect(!found.contains { $0.type == .location && $0.name.contains("Canada") })
    }

    @Test func aNameAndItsCountryAfterACommaIsAPlace() {
        let found = entities(
            "The minister said they would build another pipeline to Igoumenitsa, Greece. The plan was approved.")
        #expect(found.first { $0.name == "Igoumenitsa" }?.type == .location)
    }

    @Test func aBuildingAndThePlaceItLiesInAreTwo() {
        let found = entities(
            "Sirhan was serving his time at Richard J. Donovan Correctional Facility in San Diego County, California.")
        let places = Set(found.filter { $0.type == .location }.map(\.name))
        #expect(places.isSuperset(of: ["Richard J. Donovan Correctional Facility", "San Diego County"]))
    }

    @Test func aModelKeepsItsMakersNameAlone() {
        let found = entities(
            "Ford will build the next Ford Falcon in Geelong. Sales of the Falcon have fallen for a decade.")
        #expect(!found.contains { $0.type != .misc && $0.name == "Falcon" })
    }

    @Test func stormsRolesAndQuestionWordsAreNoPeople() {
        let found = entities(
            "Puerto Rico had not recovered from 2017's Hurricane Maria. Which roads reopened is unclear. As Heald "
                + "told reporters, the City Councillor had left.")
        let people = Set(found.filter { $0.type == .person }.map(\.name))
        #expect(people.isDisjoint(with: ["Hurricane Maria", "Which", "As Heald", "City Councillor"]))
    }

    @Test func aNameBeforeMovementIsAGroupAndBeforeAFieldAPlace() {
        let found = entities(
            "The attack was claimed by the Houthi movement in Yemen. Houthi rebels hold the capital. The pipeline "
                + "starts at the Aphrodite gas field.")
        #expect(found.first { $0.name == "Houthi" }?.type == .organization)
        #expect(found.first { $0.name == "Aphrodite" }?.type == .location)
    }

    @Test func shipsAndBuildingsNamedForPeopleAreNoPeople() {
        let found = entities(
            "Their ship, MV Alan Kurdi, was previously MV Professor Albrecht Penck. An inmate was attacked at "
                + "Richard J. Donovan Correctional Facility at noon.")
        let people = Set(found.filter { $0.type == .person }.map(\.name))
        #expect(people.isDisjoint(with: ["Albrecht Penck", "Richard J. Donovan"]))
    }

    @Test func surnamesOneLetterApartAreOnePerson() {
        let found = entities(
            "Trump said Hamza bin Laden had been killed. The statement read: \"Hamza bin Ladin, the son of Osama, "
                + "was killed.\"")
        #expect(found.filter { $0.type == .person && $0.name.hasPrefix("Hamza") }.count == 1)
    }

    @Test func aHyphenatedAdjectiveIsNoPartOfTheName() {
        let found = entities(
            "Voters backed a new region in Muslim-majority Mindanao. Mindanao has seen decades of conflict.")
        #expect(!found.contains { $0.name.hasPrefix("Muslim-majority") })
    }
}
