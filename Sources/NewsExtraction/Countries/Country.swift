/// A country NewsExtraction knows: its codes and the name it goes by in the output.
public struct Country: Sendable, Hashable {
    public let codes: CountryCodes
    /// The common English name: "Russia", "United States", "North Korea".
    public let name: String

    /// The id of its entity: `country:RUS`.
    public var id: String { "country:\(codes.iso3)" }

    public init(codes: CountryCodes, name: String) {
        self.codes = codes
        self.name = name
    }
}
