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

/// Many names of one country load into the phrase trie, each reachable word by word. (Load time is a benchmark's
/// business, not a unit test's: a loaded CI machine makes any fixed limit flaky.)
@Test func tableLoadsManyNamesOfOneCountry() {
    let table = CountryTable(tsv: CountryTableTests.tsv)
    #expect(table.countries.count == 1)
    for index in [0, 749, 1499] {
        var node = table.child(of: 0, CountryTable.key("Russia"))
        node = node.flatMap { table.child(of: $0, CountryTable.key("\(index)")) }
        #expect(node.flatMap { table.phrase(at: $0) } != nil)
    }
}

private enum CountryTableTests {
    static let tsv: String = {
        var lines = ["country\tRUS\tRU\tQ159\tRussia"]
        for index in 0..<1500 { lines.append("name\tl\tRussia \(index)") }
        return lines.joined(separator: "\n")
    }()
}
