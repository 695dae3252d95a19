import Testing

@testable import NewsExtraction

/// Seas, straits and disputed places are locations, and a disputed one carries no country.
@Suite struct GeographicNamesTests {
    private func entities(_ text: String) -> [Entity] { Extractor().extract(text).entities }

    @Test func disputedPlacesAreLocationsOfNoCountry() {
        let found = entities(
            "Shots were fired across the Line of Control. Manila protested at Scarborough Shoal, and Caracas "
                + "renewed its claim to Essequibo.")
        for name in ["Line of Control", "Scarborough Shoal", "Essequibo"] {
            let place = found.first { $0.name == name }
            #expect(place?.type == .location, "\(name)")
            #expect(place?.country == nil, "\(name)")
        }
    }

    @Test func seasAndStraitsAreLocations() {
        let found = entities(
            "Tankers left the Strait of Hormuz for the Gulf of Aden and the South China Sea; rebels fired at ships "
                + "in the Bab el-Mandeb strait.")
        for name in ["Strait of Hormuz", "Gulf of Aden", "South China Sea", "Bab el-Mandeb"] {
            #expect(found.first { $0.name == name }?.type == .location, "\(name)")
        }
    }

    @Test func placesOfOneCountryKeepIt() {
        let found = entities("Drones hit Crimea and the Donbas; Nagorno-Karabakh was calm.")
        #expect(found.first { $0.name == "Crimea" }?.country == "UKR")
        #expect(found.first { $0.name == "Donbas" }?.country == "UKR")
        #expect(found.first { $0.name == "Nagorno-Karabakh" }?.country == "AZE")
    }

    @Test func featuresByTheirForm() {
        #expect(GeographicNames.isFeature(["Scarborough", "Shoal"]))
        #expect(GeographicNames.isFeature(["Sea", "of", "Azov"]))
        #expect(!GeographicNames.isFeature(["Shoal"]))
        #expect(!GeographicNames.isFeature(["Gold", "Coast"]))
        #expect(
            !GeographicNames.isFeature(["Association", "for", "Relations", "Across", "the", "Taiwan", "Straits"]))
        #expect(!GeographicNames.isFeature(["Red", "Sea", "Port", "Authority"]))
    }
}
