import NewsExtraction

/// Country codes as clients send them in queries and paths.
enum CountryCode {
    /// The ISO 3166-1 alpha-3 code for an alpha-3 or alpha-2 code in any case; `nil` when unknown.
    static func iso3(_ code: String) -> String? {
        byCode[code.uppercased()]
    }

    /// The alpha-3 code of a known country; a well-formed code (two or three ASCII letters) that names none,
    /// upper-cased; `nil` when the text is no code at all.
    static func resolve(_ code: String) -> String? {
        if let iso3 = iso3(code) { return iso3 }
        let isWellFormed =
            (2...3).contains(code.utf8.count)
            && code.utf8.allSatisfy { (0x41...0x5A).contains($0 & 0xDF) }
        return isWellFormed ? code.uppercased() : nil
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
