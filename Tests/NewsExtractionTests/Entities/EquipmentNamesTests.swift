import Testing

@testable import NewsExtraction

/// Weapons whose names carry a model number or are also common words: "Leopard 2 tanks", "Patriot interceptors".
@Suite struct EquipmentNamesTests {
    private func entities(_ text: String) -> [Entity] { Extractor().extract(text).entities }

    @Test func modelNumberBelongsToTheName() {
        let found = entities("Poland delivered Leopard 2 tanks, and Britain promised Challenger 2 tanks to Kyiv.")
        let equipment = Set(found.filter { $0.type == .equipment }.map(\.name))
        #expect(equipment.isSuperset(of: ["Leopard 2", "Challenger 2"]))
        #expect(!found.contains { $0.type != .equipment && ($0.name == "Leopard" || $0.name == "Challenger") })
    }

    @Test func aWeaponInTheSingularAndThePluralIsOne() {
        let found = entities("Oil fields were hit by drone strikes on Saturday. The rebels said they used ten drones.")
        let equipment = found.filter { $0.type == .equipment }
        #expect(equipment.count == 1)
        #expect(equipment.first?.mentions.map(\.text) == ["drone", "drones"])
    }

    @Test func modelNumberTheListsDoNotHold() {
        let found = entities("Spain sent ten Leopard 2A5 tanks last year.")
        #expect(found.contains { $0.type == .equipment && $0.name == "Leopard 2A5" })
    }

    @Test func nameBeforeAWordForWeaponsIsEquipmentNeverAPerson() {
        let found = entities(
            "Patriot interceptors shot down the missiles. Germany sent Patriot air defence systems, and Patriot "
                + "batteries arrived in Rzeszow.")
        #expect(!found.contains { $0.type == .person })
        #expect(found.first { $0.name == "Patriot" }?.type == .equipment)
    }

    @Test func namesListedTogetherBeforeTheirWordForWeapons() {
        let found = entities("Moscow fired Kinzhal and Kalibr missiles overnight.")
        for name in ["Kinzhal", "Kalibr"] { #expect(found.first { $0.name == name }?.type == .equipment) }
    }

    @Test func nameTaggedTogetherWithItsWordForWeapons() {
        let found = entities("The package included HIMARS ammunition and Javelin anti-tank missiles.")
        #expect(!found.contains { $0.type == .person })
        let equipment = Set(found.filter { $0.type == .equipment }.map(\.name))
        #expect(equipment.isSuperset(of: ["Javelin", "anti-tank missiles", "HIMARS"]))
    }

    @Test func modelNumbers() {
        #expect(EquipmentContext.isModelNumber("2"))
        #expect(EquipmentContext.isModelNumber("2A6"))
        #expect(!EquipmentContext.isModelNumber("tanks"))
        #expect(!EquipmentContext.isModelNumber("2024-25"))
    }
}
