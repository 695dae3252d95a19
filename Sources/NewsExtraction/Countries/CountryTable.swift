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
        var forms: [String] = []
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
    private var nodes: [Node] = [Node()]
    /// A bit per hash of (length, first three bytes) of the words that begin a phrase: most words of a text miss
    /// it and need neither lowercasing nor a dictionary lookup.
    private var firstWords = [UInt64](repeating: 0, count: 1024)

    /// The table bundled with NewsExtraction.
    public static let shared: CountryTable = {
        let text = BundledResource.text("countries.tsv")
        guard !text.isEmpty else { fatalError("NewsExtraction's Resources/countries.tsv is missing from the bundle") }
        return CountryTable(tsv: text)
    }()

    /// Reads the format that `scripts/generate-countries.py` writes.
    init(tsv: String) {
        var countries: [Country] = []
        var phrases: [(String, Phrase)] = []
        // Over UTF-8 bytes: splitting by Character would walk grapheme clusters, several times slower.
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            if fields[0] == "country", fields.count == 5 {
                let codes = CountryCodes(iso2: fields[2], iso3: fields[1], wikidata: fields[3])
                countries.append(Country(codes: codes, name: fields[4]))
                continue
            }
            guard fields.count == 3 else { continue }
            let kind = MentionKind(rawValue: fields[0])
            let flags = fields[1].utf8
            let phrase = Phrase(
                country: kind == nil ? nil : countries.count - 1, kind: kind ?? .name,
                matchesLowercase: flags.contains(UInt8(ascii: "l")), isExact: flags.contains(UInt8(ascii: "x")),
                isActorOnly: flags.contains(UInt8(ascii: "a")) || kind == .capital)
            phrases.append((fields[2], phrase))
        }
        self.countries = countries
        var indexByISO3: [String: Int] = [:]
        for (index, country) in countries.enumerated() { indexByISO3[country.codes.iso3] = index }
        self.indexByISO3 = indexByISO3
        let tokenizer = Tokenizer()
        for (text, var phrase) in phrases {
            phrase.forms = tokenizer.words(text)
            insert(phrase)
        }
    }

    /// The country with this ISO 3166-1 alpha-3 code (or XKX, SUN, YUG, CSK, DDR).
    public func country(iso3: String) -> Country? { indexByISO3[iso3].map { countries[$0] } }

    /// The trie's key for a token: lowercased, with typographic apostrophes made plain.
    static func key(_ token: String) -> String {
        let lowered = token.lowercased()
        guard lowered.withBytes({ $0.contains(0xE2) }) else { return lowered }  // the first byte of "’" in UTF-8
        return String(String.UnicodeScalarView(lowered.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    func child(of node: Int, _ key: String) -> Int? { nodes[node].children[key] }

    /// False when no phrase can begin with this word; true when one may.
    func mayBeginPhrase(_ word: String) -> Bool {
        guard let bit = Self.firstWordBit(word) else { return true }
        return firstWords[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// The filter's bit for a word, case-insensitive; nil when its first bytes are not ASCII.
    private static func firstWordBit(_ word: String) -> Int? {
        word.withBytes { bytes in
            var hash = UInt32(truncatingIfNeeded: bytes.count)
            for byte in bytes.prefix(3) {
                guard byte < 0x80 else { return nil }
                let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                hash = hash &* 31 &+ UInt32(lower)
            }
            return Int(hash & 0xFFFF)
        }
    }

    func phrase(at node: Int) -> Phrase? { nodes[node].phrase }

    private mutating func insert(_ phrase: Phrase) {
        if let first = phrase.forms.first, let bit = Self.firstWordBit(Self.key(first)) {
            firstWords[bit >> 6] |= 1 << (bit & 63)
        }
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
