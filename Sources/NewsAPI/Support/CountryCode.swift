/// Country codes as clients send them in queries and paths.
enum CountryCode {
    /// The ISO 3166-1 alpha-3 code for an alpha-3 or alpha-2 code in any case; `nil` when unknown.
    static func iso3(_ code: String) -> String? {
        let upper = code.uppercased()
        guard upper.count == 3, upper.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else { return nil }
        return upper
    }
}
