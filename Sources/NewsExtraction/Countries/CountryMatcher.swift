/// Finds the countries a text names: by name, short form, demonym, capital or seat of government.
///
/// Within each sentence, the longest phrase of `CountryTable` that starts at a token wins ("North Korea" over
/// "Korea", "South China Sea" over "China"); phrases that name no country block the shorter ones inside them.
/// A mention spans only the name: "Kremlin" in "the Kremlin", "White House" in "the White House". Words that may
/// be other things need context (see `CountryMatcher+Context.swift`): capitals count only as actors ("Moscow said",
/// not "in Moscow" or "Washington Post"), "US" only in capitals, "Georgia" not after "Atlanta,", "Jordan" not
/// in "Michael Jordan". Demonyms inside longer names still count ("the Russian Ministry of Defence").
public struct CountryMatcher: Sendable {
    let table: CountryTable

    public init(table: CountryTable = .shared) {
        self.table = table
    }

    public func mentions(in text: TokenizedText) -> [CountryMention] {
        var mentions: [CountryMention] = []
        for (sentence, range) in text.sentenceTokens.enumerated() {
            let context = SentenceContext(tokens: text.tokens, range: range)
            var index = range.lowerBound
            while index < range.upperBound {
                guard let (end, phrase) = longestMatch(text.tokens, at: index, before: range.upperBound) else {
                    mentions += partMentions(text, index, sentence)
                    index += 1
                    continue
                }
                if let country = phrase.country, accepts(phrase, index..<end, context) {
                    let start = text.tokens[index].start
                    let stop = text.tokens[end - 1].end
                    let mention = Mention(
                        text: text.slice(start, stop), start: start, end: stop, sentence: sentence, kind: phrase.kind)
                    mentions.append(
                        CountryMention(country: table.countries[country], mention: mention, tokens: index..<end))
                }
                index = end
            }
        }
        return mentions
    }

    /// The longest phrase starting at `start` whose letter case fits, and where it ends.
    func longestMatch(_ tokens: [Token], at start: Int, before limit: Int) -> (Int, CountryTable.Phrase)? {
        var node = 0
        var best: (Int, CountryTable.Phrase)?
        var index = start
        while index < limit, let next = table.child(of: node, CountryTable.key(tokens[index].text)) {
            node = next
            index += 1
            if let phrase = table.phrase(at: node), casesFit(phrase, tokens[start..<index].lazy.map(\.text)) {
                best = (index, phrase)
            }
        }
        return best
    }

    /// Countries named inside a hyphenated token: "Iranian-made", "US-led", "Russia-Ukraine", "pro-Russian".
    private func partMentions(_ text: TokenizedText, _ index: Int, _ sentence: Int) -> [CountryMention] {
        let token = text.tokens[index]
        guard token.text.unicodeScalars.contains("-") else { return [] }
        var mentions: [CountryMention] = []
        var offset = token.start
        for part in token.text.unicodeScalars.split(separator: "-", omittingEmptySubsequences: false) {
            let word = String(String.UnicodeScalarView(part))
            if let node = table.child(of: 0, CountryTable.key(word)), let phrase = table.phrase(at: node),
                let country = phrase.country, phrase.kind == .name || phrase.kind == .short || phrase.kind == .demonym,
                casesFit(phrase, CollectionOfOne(word))
            {
                let mention = Mention(
                    text: word, start: offset, end: offset + part.count, sentence: sentence, kind: phrase.kind)
                mentions.append(
                    CountryMention(country: table.countries[country], mention: mention, tokens: index..<index + 1))
            }
            offset += part.count + 1
        }
        return mentions
    }

    /// Short forms exactly as written; other phrases keep their capitals, unless they may also be lowercase.
    private func casesFit(_ phrase: CountryTable.Phrase, _ texts: some Sequence<String>) -> Bool {
        if phrase.isExact { return zip(phrase.forms, texts).allSatisfy { $0 == $1 } }
        if phrase.matchesLowercase { return true }
        return zip(phrase.forms, texts).allSatisfy { !startsUppercase($0) || startsUppercase($1) }
    }
}

func startsUppercase(_ word: String) -> Bool { word.unicodeScalars.first?.properties.isUppercase ?? false }
