import Foundation

/// Every country with the phrases that name it, loaded once from the bundled `countries.tsv`.
///
/// The phrases are kept as a trie over lowercased tokens, cut by the same `Tokenizer` that cuts articles, so that
/// "U.S.", "Côte d'Ivoire" or "No. 10" split the same way in both. `scripts/generate-countries.py` builds the file.
public struct CountryTable: Sendable {
    /// What a phrase names and how strictly it must be written to count.
    struct Phrase: Sendable {
        /// Index into `countries`; nil for a phrase that names no country ("South China Sea").
        let country: Int?
        let kind: MentionKind
        /// The phrase's tokens as written in the table, for the case checks.
        let forms: [String]
        /// Also matches in lowercase text ("russia"); otherwise capitalized words must stay capitalized.
        let matchesLowercase: Bool
        /// Must be written exactly so: "US", not "us".
        let isExact: Bool
        /// Names the country only where it acts: "No. 10 said", not "No. 10 seed". Always so for capitals.
        let isActorOnly: Bool
    }

    struct Node: Sendable {
        var children: [String: Int] = [:]
        var phrase: Phrase?
    }

    public let countries: [Country]
    private let indexByISO3: [String: Int]
    /// Node 0 is the root.
    private(set) var nodes: [Node] = [Node()]

    /// The table bundled with NewsExtraction.
    public static let shared: CountryTable = {
        guard let url = Bundle.module.url(forResource: "countries", withExtension: "tsv", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("NewsExtraction's Resources/countries.tsv is missing from the bundle") }
        return CountryTable(tsv: text)
    }()

    /// Reads the format that `scripts/generate-countries.py` writes.
    init(tsv: String) {
        var countries: [Country] = []
        var phrases: [(String, Phrase)] = []
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields[0] == "country", fields.count == 5 {
                let codes = CountryCodes(iso2: fields[2], iso3: fields[1], wikidata: fields[3])
                countries.append(Country(codes: codes, name: fields[4]))
                continue
            }
            guard fields.count == 3 else { continue }
            let kind = MentionKind(rawValue: fields[0])
            let flags = fields[1]
            let phrase = Phrase(
                country: kind == nil ? nil : countries.count - 1, kind: kind ?? .name, forms: [],
                matchesLowercase: flags.contains("l"), isExact: flags.contains("x"),
                isActorOnly: flags.contains("a") || kind == .capital)
            phrases.append((fields[2], phrase))
        }
        self.countries = countries
        var indexByISO3: [String: Int] = [:]
        for (index, country) in countries.enumerated() { indexByISO3[country.codes.iso3] = index }
        self.indexByISO3 = indexByISO3
        let tokenizer = Tokenizer()
        for (text, phrase) in phrases {
            let forms = tokenizer.tokenize(text).tokens.map(\.text)
            insert(
                Phrase(
                    country: phrase.country, kind: phrase.kind, forms: forms, matchesLowercase: phrase.matchesLowercase,
                    isExact: phrase.isExact, isActorOnly: phrase.isActorOnly))
        }
    }

    /// The country with this ISO 3166-1 alpha-3 code (or XKX, SUN, YUG, CSK, DDR).
    public func country(iso3: String) -> Country? { indexByISO3[iso3].map { countries[$0] } }

    /// The trie's key for a token: lowercased, with typographic apostrophes made plain.
    static func key(_ token: String) -> String {
        let lowered = token.lowercased()
        guard lowered.unicodeScalars.contains("\u{2019}") else { return lowered }
        return String(String.UnicodeScalarView(lowered.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    func child(of node: Int, _ key: String) -> Int? { nodes[node].children[key] }

    func phrase(at node: Int) -> Phrase? { nodes[node].phrase }

    private mutating func insert(_ phrase: Phrase) {
        var node = 0
        for form in phrase.forms {
            let key = Self.key(form)
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if nodes[node].phrase == nil { nodes[node].phrase = phrase }
    }
}
