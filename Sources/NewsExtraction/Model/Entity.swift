/// One real-world thing named in an article, with every mention of it.
public struct Entity: Sendable, Hashable {
    /// `type:key`: `country:RUS`, `person:vladimir-putin`.
    public var id: String
    public var type: EntityType
    /// Canonical name: "Russia", "Vladimir Putin".
    public var name: String
    public var mentions: [Mention]
    /// 0...1: how central the entity is to the article.
    public var salience: Double
    /// For countries: the codes of the country itself.
    public var codes: CountryCodes?
    /// For organizations and locations: ISO 3166-1 alpha-3 of the country they belong to.
    public var country: String?

    public var count: Int { mentions.count }

    public init(
        id: String, type: EntityType, name: String, mentions: [Mention], salience: Double = 0,
        codes: CountryCodes? = nil, country: String? = nil
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.mentions = mentions
        self.salience = salience
        self.codes = codes
        self.country = country
    }
}

/// ISO 3166-1 codes and the Wikidata id of a country.
public struct CountryCodes: Sendable, Hashable {
    public var iso2: String
    public var iso3: String
    public var wikidata: String

    public init(iso2: String, iso3: String, wikidata: String) {
        self.iso2 = iso2
        self.iso3 = iso3
        self.wikidata = wikidata
    }
}
