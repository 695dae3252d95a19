import Testing

@testable import NewsExtraction

@Test func tableHoldsEveryCountryWithItsCodes() {
    let table = CountryTable.shared
    #expect(table.countries.count >= 249)
    let expected = [
        "RUS": ("RU", "Q159", "Russia"), "USA": ("US", "Q30", "United States"), "GBR": ("GB", "Q145", "United Kingdom"),
        "PRK": ("KP", "Q423", "North Korea"), "UKR": ("UA", "Q212", "Ukraine"), "IRN": ("IR", "Q794", "Iran"),
        "SYR": ("SY", "Q858", "Syria"), "CHN": ("CN", "Q148", "China"), "FRA": ("FR", "Q142", "France"),
        "DEU": ("DE", "Q183", "Germany"), "XKX": ("XK", "Q1246", "Kosovo"),
    ]
    for (iso3, (iso2, wikidata, name)) in expected {
        let country = table.country(iso3: iso3)
        #expect(country?.codes == CountryCodes(iso2: iso2, iso3: iso3, wikidata: wikidata))
        #expect(country?.name == name)
    }
    for country in table.countries {
        #expect(country.codes.wikidata.hasPrefix("Q"))
        #expect(country.codes.iso2.count == 2 && country.codes.iso3.count == 3)
    }
}

@Test func tableLoadsQuickly() {
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = CountryTable(tsv: CountryTableTests.tsv) }
    // Debug builds are far slower than release; this guards against a pathological loader.
    #expect(elapsed < .milliseconds(500))
}

private enum CountryTableTests {
    static let tsv: String = {
        var lines = ["country\tRUS\tRU\tQ159\tRussia"]
        for index in 0..<1500 { lines.append("name\tl\tRussia \(index)") }
        return lines.joined(separator: "\n")
    }()
}
