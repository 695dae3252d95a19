/// Lists of known names (places, organizations, equipment...) matched case-insensitively against token sequences.
///
/// Phrases are stored by the hash of their lowercased words, with every proper prefix marked, so a scan from each
/// token stops as soon as no phrase continues.
public struct Gazetteer: Sendable {
    public enum Category: Int, CaseIterable, Sendable {
        case country, city, region, organization, media, equipment

        /// The name the lists spell the category with.
        var name: String {
            switch self {
            case .country: "country"
            case .city: "city"
            case .region: "region"
            case .organization: "organization"
            case .media: "media"
            case .equipment: "equipment"
            }
        }
    }

    /// Phrase hash → one bit per category it belongs to; `prefixBit` marks a beginning of a longer phrase.
    private var phrases = HashBits()
    /// 1 + index into `countryCodes` of the country a phrase of a category lies in, by `detailKey`.
    private var countryOfPhrase = HashBits()
    /// ISO3 codes, each once.
    private var countryCodes: [String] = []
    /// Phrases of a category listed in lowercase (common nouns such as "rockets"), by `detailKey`.
    private var commonNouns = HashBits()
    /// Phrases of a category that `adding(tsv:)` brought, by `detailKey`.
    private var added = HashBits()
    private var longest = 0
    private static let prefixBit: UInt32 = 1 << 31

    public static let empty = Gazetteer()

    public init() {}

    /// Lines `category<TAB>phrase<TAB>ISO3`, phrase words separated by single spaces, the code optional;
    /// `#` starts a comment line. Read straight from the UTF-8 bytes without an allocation per line: it runs at
    /// every start-up.
    public init(tsv: String) {
        phrases = HashBits(capacity: tsv.utf8.count / 16)
        countryOfPhrase = HashBits(capacity: tsv.utf8.count / 32)
        addLines(of: tsv)
    }

    /// These lists and the lines of `tsv` (same format): the rules' lists are the tagger's plus a few more.
    public func adding(tsv: String) -> Gazetteer {
        var larger = self
        larger.addLines(of: tsv, areAdded: true)
        return larger
    }

    private mutating func addLines(of tsv: String, areAdded: Bool = false) {
        var tsv = tsv
        tsv.withUTF8 { bytes in
            var codeIndex = Dictionary(uniqueKeysWithValues: countryCodes.enumerated().map { ($0.element, $0.offset) })
            var wordHashes: [UInt64] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
                addLine(
                    UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), wordHashes: &wordHashes,
                    codeIndex: &codeIndex, isAdded: areAdded)
                lineStart = lineEnd + 1
            }
        }
    }

    private mutating func addLine(
        _ line: UnsafeBufferPointer<UInt8>, wordHashes: inout [UInt64], codeIndex: inout [String: Int], isAdded: Bool
    ) {
        guard line.first != UInt8(ascii: "#"), let firstTab = line.firstIndex(of: 9),
            let category = Self.category(named: UnsafeBufferPointer(rebasing: line[..<firstTab]))
        else { return }
        var phraseEnd = firstTab + 1
        while phraseEnd < line.count && line[phraseEnd] != 9 { phraseEnd += 1 }
        wordHashes.removeAll(keepingCapacity: true)
        var wordStart = firstTab + 1
        for index in wordStart...phraseEnd where index == phraseEnd || line[index] == 32 {
            if index > wordStart {
                wordHashes.append(Self.wordHash(UnsafeBufferPointer(rebasing: line[wordStart..<index])))
            }
            wordStart = index + 1
        }
        var country: Int?
        if phraseEnd + 1 < line.count {
            let code = String(decoding: UnsafeBufferPointer(rebasing: line[(phraseEnd + 1)...]), as: UTF8.self)
            country = codeIndex[code] ?? addCode(code, to: &codeIndex)
        }
        let first = firstTab + 1 < phraseEnd ? line[firstTab + 1] : 0
        add(
            wordHashes: wordHashes, category, country: country, isCommonNoun: first >= 97 && first <= 122,
            isAdded: isAdded)
    }

    private static func category(named name: UnsafeBufferPointer<UInt8>) -> Category? {
        categoryNames.firstIndex { $0.elementsEqual(name) }.flatMap(Category.init(rawValue:))
    }

    /// Each category's name as bytes, by raw value, made once for the thousands of lines that name one.
    private static let categoryNames = Category.allCases.map { Array($0.name.utf8) }

    private mutating func addCode(_ code: String, to codeIndex: inout [String: Int]) -> Int {
        countryCodes.append(code)
        codeIndex[code] = countryCodes.count - 1
        return countryCodes.count - 1
    }

    public mutating func add(_ words: [String], _ category: Category, country: String? = nil) {
        let isCommonNoun = words.first?.unicodeScalars.first.map(\.properties.isLowercase) ?? false
        let countryIndex = country.map { code in
            countryCodes.firstIndex(of: code)
                ?? {
                    countryCodes.append(code)
                    return countryCodes.count - 1
                }()
        }
        add(
            wordHashes: words.map { Self.wordHash($0.utf8) }, category, country: countryIndex,
            isCommonNoun: isCommonNoun)
    }

    /// `isAdded`: the line is `adding(tsv:)`'s; the phrase is marked added unless the earlier lists hold it.
    private mutating func add(
        wordHashes: [UInt64], _ category: Category, country: Int?, isCommonNoun: Bool, isAdded: Bool = false
    ) {
        guard !wordHashes.isEmpty else { return }
        var hash = Self.seed
        var isNew = false
        for (index, wordHash) in wordHashes.enumerated() {
            hash = Self.mix(hash) ^ wordHash
            let isLast = index + 1 == wordHashes.count
            let bits = isLast ? UInt32(1) << category.rawValue : Self.prefixBit
            // One lookup more per added phrase, none at the start-up load of the bundled lists.
            if isAdded && isLast { isNew = phrases[hash] & bits == 0 }
            phrases.insert(hash, bits: bits)
        }
        let key = Self.detailKey(hash, category)
        if isNew { added.insert(key, bits: 1) }
        if let country, countryOfPhrase[key] == 0 { countryOfPhrase.insert(key, bits: UInt32(country + 1)) }
        if isCommonNoun { commonNouns.insert(key, bits: 1) }
        longest = max(longest, wordHashes.count)
    }

    private static func detailKey(_ hash: UInt64, _ category: Category) -> UInt64 {
        mix(hash ^ UInt64(category.rawValue))
    }

    /// Non-overlapping longest matches of each category, left to right.
    public func matches(in words: [String]) -> [GazetteerMatch] {
        var found: [GazetteerMatch] = []
        guard longest > 0 else { return found }
        // Buffers made once and reused: `allCases` builds an array on every use.
        let categories = Category.allCases
        var coveredUntil = [Int](repeating: 0, count: categories.count)
        var longestEnd = [(end: Int, hash: UInt64)](repeating: (0, 0), count: categories.count)
        let hashes = words.map { Self.wordHash($0.utf8) }
        for start in words.indices {
            var hash = Self.seed
            var anyEnd = false
            for end in start + 1...min(words.count, start + longest) {
                hash = Self.mix(hash) ^ hashes[end - 1]
                let bits = phrases[hash]
                guard bits != 0 else { break }
                for category in categories where bits & (1 << category.rawValue) != 0 {
                    longestEnd[category.rawValue] = (end, hash)
                    anyEnd = true
                }
                if bits & Self.prefixBit == 0 { break }
            }
            guard anyEnd else { continue }
            defer { for index in longestEnd.indices { longestEnd[index] = (0, 0) } }
            for category in categories {
                let (end, hash) = longestEnd[category.rawValue]
                guard end > 0, start >= coveredUntil[category.rawValue] else { continue }
                let key = Self.detailKey(hash, category)
                let country = countryOfPhrase[key]
                found.append(
                    GazetteerMatch(
                        start: start, end: end, category: category,
                        country: country == 0 ? nil : countryCodes[Int(country) - 1],
                        isCommonNoun: commonNouns[key] != 0, isAdded: added[key] != 0))
                coveredUntil[category.rawValue] = end
            }
        }
        return found
    }

    /// One bit set per word for the tagger: bit `2c` where a match of category `c` starts, `2c + 1` inside one.
    public func hints(for words: [String]) -> [UInt32] {
        Self.hints(of: matches(in: words), count: words.count)
    }

    static func hints(of matches: [GazetteerMatch], count: Int) -> [UInt32] {
        var hints = [UInt32](repeating: 0, count: count)
        for match in matches {
            hints[match.start] |= 1 << (2 * match.category.rawValue)
            for index in match.start + 1..<match.end { hints[index] |= 1 << (2 * match.category.rawValue + 1) }
        }
        return hints
    }

    private static let seed: UInt64 = 0x2545_f491_4f6c_dd1d

    /// FNV-1a of the word's bytes, ASCII letters lowercased.
    private static func wordHash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Words `start..<end` of a sentence are a known name of `category`.
public struct GazetteerMatch: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var category: Gazetteer.Category
    /// ISO3 of the country the listed name lies in, when the list says.
    public var country: String?
    /// Listed in lowercase ("rockets"), not as a proper name ("HIMARS").
    public var isCommonNoun: Bool
    /// Listed by `Gazetteer.adding(tsv:)`: a name the tagger's features never saw.
    public var isAdded = false
}

extension Gazetteer {
    /// Places, organizations, news media and equipment shipped in the package's resources: the lists the tagger's
    /// features were trained with.
    public static let bundled = Gazetteer(tsv: BundledResource.text("gazetteer.tsv"))

    /// `bundled` and the names added since the tagger was trained, which only the recognizer's rules read
    /// (`gazetteer-rules.tsv`): new names need no retraining, and `newsgraph train` still rebuilds the weights.
    public static let withRuleNames = bundled.adding(tsv: BundledResource.text("gazetteer-rules.tsv"))
}
