import NewsExtraction

/// Country codes as clients send them in queries and paths.
enum CountryCode {
    /// The ISO 3166-1 alpha-3 code for an alpha-3 or alpha-2 code in any case; `nil` when unknown.
    static func iso3(_ code: String) -> String? {
        byCode[code.uppercased()]
    }

    private static let byCode: [String: String] = {
        var map: [String: String] = [:]
        for country in CountryTable.shared.countries {
            map[country.codes.iso3] = country.codes.iso3
            map[country.codes.iso2] = country.codes.iso3
        }
        return map
    }()
}
