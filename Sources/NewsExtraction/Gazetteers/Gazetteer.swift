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
    private var phrases: [UInt64: UInt32] = [:]
    /// ISO3 of the country a phrase of a category lies in, by `detailKey`.
    private var countries: [UInt64: String] = [:]
    /// Phrases of a category listed in lowercase (common nouns such as "rockets"), by `detailKey`.
    private var commonNouns: Set<UInt64> = []
    private var longest = 0
    private static let prefixBit: UInt32 = 1 << 31

    public static let empty = Gazetteer()

    public init() {}

    /// Lines `category<TAB>phrase<TAB>ISO3`, phrase words separated by single spaces, the code optional;
    /// `#` starts a comment line. Read straight from the UTF-8 bytes: it runs at every start-up.
    public init(tsv: String) {
        var tsv = tsv
        tsv.withUTF8 { bytes in
            phrases.reserveCapacity(bytes.count / 16)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
                addLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                lineStart = lineEnd + 1
            }
        }
    }

    private mutating func addLine(_ line: UnsafeBufferPointer<UInt8>) {
        let fields = line.split(separator: 9, maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count >= 2, line.first != UInt8(ascii: "#"),
            let category = Category.allCases.first(where: { $0.name.utf8.elementsEqual(fields[0]) })
        else { return }
        let words = fields[1].split(separator: 32)
        let country = fields.count > 2 && !fields[2].isEmpty ? String(decoding: fields[2], as: UTF8.self) : nil
        let isCommonNoun = fields[1].first.map { $0 >= 97 && $0 <= 122 } ?? false
        add(wordHashes: words.map { Self.wordHash($0) }, category, country: country, isCommonNoun: isCommonNoun)
    }

    public mutating func add(_ words: [String], _ category: Category, country: String? = nil) {
        let isCommonNoun = words.first?.unicodeScalars.first.map(\.properties.isLowercase) ?? false
        add(wordHashes: words.map { Self.wordHash($0.utf8) }, category, country: country, isCommonNoun: isCommonNoun)
    }

    private mutating func add(wordHashes: [UInt64], _ category: Category, country: String?, isCommonNoun: Bool) {
        guard !wordHashes.isEmpty else { return }
        var hash = Self.seed
        for (index, wordHash) in wordHashes.enumerated() {
            hash = Self.mix(hash) ^ wordHash
            phrases[hash, default: 0] |= index + 1 == wordHashes.count ? 1 << category.rawValue : Self.prefixBit
        }
        let key = Self.detailKey(hash, category)
        if let country, countries[key] == nil { countries[key] = country }
        if isCommonNoun { commonNouns.insert(key) }
        longest = max(longest, wordHashes.count)
    }

    private static func detailKey(_ hash: UInt64, _ category: Category) -> UInt64 {
        mix(hash ^ UInt64(category.rawValue))
    }

    /// Non-overlapping longest matches of each category, left to right.
    public func matches(in words: [String]) -> [GazetteerMatch] {
        var found: [GazetteerMatch] = []
        guard longest > 0 else { return found }
        var coveredUntil = [Int](repeating: 0, count: Category.allCases.count)
        let hashes = words.map { Self.wordHash($0.utf8) }
        for start in words.indices {
            var hash = Self.seed
            var longestEnd = [(end: Int, hash: UInt64)](repeating: (0, 0), count: Category.allCases.count)
            for end in start + 1...min(words.count, start + longest) {
                hash = Self.mix(hash) ^ hashes[end - 1]
                guard let bits = phrases[hash] else { break }
                for category in Category.allCases where bits & (1 << category.rawValue) != 0 {
                    longestEnd[category.rawValue] = (end, hash)
                }
                if bits & Self.prefixBit == 0 { break }
            }
            for category in Category.allCases {
                let (end, hash) = longestEnd[category.rawValue]
                guard end > 0, start >= coveredUntil[category.rawValue] else { continue }
                let key = Self.detailKey(hash, category)
                found.append(
                    GazetteerMatch(
                        start: start, end: end, category: category, country: countries[key],
                        isCommonNoun: commonNouns.contains(key)))
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
}

extension Gazetteer {
    /// Places, organizations, news media and equipment shipped in the package's resources.
    public static let bundled = Gazetteer(tsv: BundledResource.text("gazetteer.tsv"))
}
