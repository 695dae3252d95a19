/// Finds the countries a text names: by name, short form, demonym, capital or seat of government.
///
/// Within each sentence, the longest phrase of `CountryTable` that starts at a token wins ("North Korea" over
/// "Korea", "South China Sea" over "China"); phrases that name no country block the shorter ones inside them.
/// A mention spans only the name: "Kremlin" in "the Kremlin", "White House" in "the White House". Parts of
/// hyphenated tokens count too ("Iranian" in "Iranian-made"). Words that may be other things need context (see
/// `CountryMatcher+Context.swift`): capitals count only as actors ("Moscow said", not "in Moscow" or "Washington
/// Post"), "US" only in capitals, "Georgia" not after "Atlanta,", "Jordan" not in "Michael Jordan" (nor anywhere
/// else in that article). Demonyms inside longer names still count ("the Russian Ministry of Defence").
public struct CountryMatcher: Sendable {
    let table: CountryTable

    public init(table: CountryTable = .shared) {
        self.table = table
    }

    public func mentions(in text: TokenizedText) -> [CountryMention] {
        var mentions: [CountryMention] = []
        var people: Set<String> = []
        for (sentence, range) in text.sentenceTokens.enumerated() {
            var context: SentenceContext?
            var index = range.lowerBound
            while index < range.upperBound {
                guard let (end, phrase) = longestMatch(text.tokens, at: index, before: range.upperBound) else {
                    mentions += partMentions(text, index, sentence)
                    if let shared = sharedHead(text, at: index, before: range.upperBound, sentence) {
                        mentions.append(shared)
                    }
                    index += 1
                    continue
                }
                let sentenceContext = context ?? SentenceContext(tokens: text.tokens, range: range)
                context = sentenceContext
                if let person = personalName(phrase, index..<end, sentenceContext) { people.insert(person) }
                if let country = phrase.country, accepts(phrase, index..<end, sentenceContext) {
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
        // One sense per article: once "Neil Jordan" is there, a later "Jordan said" is him too.
        if !people.isEmpty {
            mentions.removeAll { $0.tokens.count == 1 && people.contains(CountryTable.key($0.mention.text)) }
        }
        return mentions
    }

    /// The longest phrase starting at `start` whose letter case fits, and where it ends.
    func longestMatch(_ tokens: [Token], at start: Int, before limit: Int) -> (Int, CountryTable.Phrase)? {
        guard table.mayBeginPhrase(tokens[start].text) else { return nil }
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

    private static let compass: Set<String> = ["North", "South", "East", "West"]

    /// "North and South Korea", "East and West Germany": a compass word that shares the name after "and" with the
    /// country named there is a country of its own.
    private func sharedHead(_ text: TokenizedText, at index: Int, before limit: Int, _ sentence: Int) -> CountryMention?
    {
        let tokens = text.tokens
        guard Self.compass.contains(tokens[index].text), index + 3 < limit, tokens[index + 1].text == "and",
            Self.compass.contains(tokens[index + 2].text),
            let (end, _) = longestMatch(tokens, at: index + 2, before: limit), end > index + 3
        else { return nil }
        let named = [tokens[index]] + tokens[index + 3..<end]
        guard let (length, phrase) = longestMatch(named, at: 0, before: named.count), length == named.count,
            let country = phrase.country
        else { return nil }
        let token = tokens[index]
        let mention = Mention(text: token.text, start: token.start, end: token.end, sentence: sentence, kind: .name)
        return CountryMention(country: table.countries[country], mention: mention, tokens: index..<index + 1)
    }

    /// Countries named inside a hyphenated token: "Iranian-made", "US-led", "Russia-Ukraine", "pro-Russian".
    private func partMentions(_ text: TokenizedText, _ index: Int, _ sentence: Int) -> [CountryMention] {
        let token = text.tokens[index]
        guard token.text.withBytes({ $0.contains(0x2D) }) else { return [] }
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

    /// Short forms exactly as written; other phrases keep their capitals, or (where they may) are all lowercase.
    private func casesFit(_ phrase: CountryTable.Phrase, _ texts: some Collection<String>) -> Bool {
        if phrase.isExact { return zip(phrase.forms, texts).allSatisfy { $0 == $1 } }
        if zip(phrase.forms, texts).allSatisfy({ !startsUppercase($0) || startsUppercase($1) }) { return true }
        return phrase.matchesLowercase
            && texts.allSatisfy { !$0.unicodeScalars.contains(where: \.isUppercaseLetter) }
    }
}

func startsUppercase(_ word: String) -> Bool { word.unicodeScalars.first?.isUppercaseLetter ?? false }
