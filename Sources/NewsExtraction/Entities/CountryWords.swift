/// Where the country matcher's mentions lie, by token: what the recognizer needs to leave them alone and to read
/// the country of the names beside them.
struct CountryWords {
    private var byStart: [Int: (end: Int, iso3: String)] = [:]
    private var byEnd: [Int: String] = [:]
    /// Tokens that hold a country mention as only part of themselves: "Brazilian-born", "U.S.-led".
    private var partial: Set<Int> = []
    /// Seats of government among the mentions ("Kremlin", "White House"), by token.
    private(set) var seats: [(tokens: Range<Int>, iso3: String)] = []
    /// The most tokens one mention spans.
    private var longest = 0

    init(_ countries: [Entity], tokens: [Token]) {
        for country in countries {
            guard let iso3 = country.codes?.iso3 else { continue }
            for mention in country.mentions {
                guard let first = Self.token(startingAt: mention.start, tokens) else { continue }
                var end = first
                while end < tokens.count && tokens[end].start < mention.end { end += 1 }
                byStart[first] = (end, iso3)
                longest = max(longest, end - first)
                byEnd[end] = iso3
                if tokens[first].start != mention.start || tokens[end - 1].end != mention.end { partial.insert(first) }
                if mention.kind == .government { seats.append((first..<end, iso3)) }
            }
        }
    }

    /// The country mention that starts at token `index`, as its end token (exclusive) and ISO3.
    func mention(startingAt index: Int) -> (end: Int, iso3: String)? { byStart[index] }

    /// The ISO3 of a country mention that ends just before token `index`.
    func iso3(endingAt index: Int) -> String? { byEnd[index] }

    /// Whether one country mention holds all of `tokens`: "Arab Emirates" of "United Arab Emirates". A mention
    /// that is part of a word holds no name of that word: "Brazilian-born" is more than "Brazilian".
    func contains(_ tokens: Range<Int>) -> Bool {
        // Only a mention that starts at most `longest` tokens before their end can hold them, as in `covers`.
        let first = max(0, tokens.upperBound - longest)
        guard first <= tokens.lowerBound else { return false }
        return (first...tokens.lowerBound).contains { start in
            byStart[start].map { tokens.upperBound <= $0.end && !partial.contains(start) } ?? false
        }
    }

    /// Whether a country mention is exactly the words of `tokens`, whole words: "Brazil", not "Brazilian-born".
    func isExactly(_ tokens: Range<Int>) -> Bool {
        byStart[tokens.lowerBound]?.end == tokens.upperBound && !partial.contains(tokens.lowerBound)
    }

    /// Whether a country mention overlaps `tokens`.
    func covers(_ tokens: Range<Int>) -> Bool {
        // Only a mention that starts at most `longest` tokens before them can reach them: a few lookups rather
        // than a pass over every mention of the article.
        let first = max(0, tokens.lowerBound - longest + 1)
        guard first < tokens.upperBound else { return false }
        return (first..<tokens.upperBound).contains { byStart[$0].map { tokens.lowerBound < $0.end } ?? false }
    }

    private static func token(startingAt offset: Int, _ tokens: [Token]) -> Int? {
        let low = tokens.partitioningIndex { $0.start >= offset }
        return low < tokens.count && tokens[low].start == offset ? low : nil
    }
}
