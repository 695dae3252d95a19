/// "Ministry of Defence (MoD)": a name followed by its initials in parentheses defines an abbreviation, and every
/// later use of it is a mention of the same entity, tagged or not. New mentions are appended, so `abbreviates`
/// indices stay valid.
///
/// The parentheses are the definition, so an organization's abbreviation need not spell its English words
/// ("Kurdistan Workers' Party (PKK)"); a name the tagger cut short is taken whole where its capitals spell the
/// abbreviation ("United Nations Educational, Scientific and Cultural Organization (UNESCO)"), and the definition
/// may come the other way round ("ISIS (Islamic State of Iraq and Syria)").
enum AbbreviationLinks {
    static func link(_ candidates: inout [EntityCandidate], text: TokenizedText, countryWords: CountryWords) {
        let tokens = text.tokens
        spellOut(&candidates, text, countryWords)
        var defined: [String: Int] = [:]
        var index = 0
        while index < candidates.count {
            let candidate = candidates[index]
            let end = candidate.tokens.upperBound
            if candidate.type != .equipment, candidate.tokens.count > 1, end + 2 < tokens.count,
                tokens[end].text == "(", tokens[end + 2].text == ")",
                defines(tokens[end + 1].text, candidate, tokens, countryWords, at: end + 1)
            {
                defined[tokens[end + 1].text] = index
            }
            index += 1
        }
        guard !defined.isEmpty else { return }
        var covered = Set(candidates.flatMap { Array($0.tokens) })
        for (offset, candidate) in candidates.enumerated() {
            guard let long = defined[candidate.mention.text], long != offset, long < offset else { continue }
            candidates[offset].abbreviates = long
            candidates[offset].type = candidates[long].type
        }
        for (position, token) in tokens.enumerated() where !covered.contains(position) {
            guard let long = defined[token.text], candidates[long].tokens.upperBound < position else { continue }
            let mention = Mention(text: token.text, start: token.start, end: token.end, sentence: token.sentence)
            var candidate = EntityCandidate(
                type: candidates[long].type, tokens: position..<position + 1, mention: mention)
            candidate.abbreviates = long
            candidates.append(candidate)
            covered.insert(position)
        }
    }

    /// Whether `short` in parentheses right after `candidate` is its abbreviation: it spells the name's initials,
    /// or, after an organization, it is written like one and names no country ("Kurdistan Workers' Party (PKK)",
    /// not "Ministry of Defence (UK)").
    private static func defines(
        _ short: String, _ candidate: EntityCandidate, _ tokens: [Token], _ countryWords: CountryWords, at index: Int
    ) -> Bool {
        if abbreviates(short, tokens[candidate.tokens].map(\.text))
            || abbreviates(short, candidate.name.split(separator: " ").map(String.init))
        {
            return true
        }
        return candidate.type == .organization && isAbbreviation(short)
            && countryWords.mention(startingAt: index) == nil
    }

    /// Written like an abbreviation: two to eight letters, starting with a capital, most of them capitals ("PKK",
    /// "AfCFTA", "MoD").
    static func isAbbreviation(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard (2...8).contains(scalars.count), scalars.allSatisfy(\.isAlphabeticLetter),
            scalars.first!.isUppercaseLetter, !NameForms.isTerm(word)
        else { return false }
        let capitals = scalars.filter(\.isUppercaseLetter).count
        return capitals * 2 > scalars.count
    }

    /// "Scientific and Cultural Organization (UNESCO)" where the text says "United Nations Educational, Scientific
    /// and Cultural Organization": a tagged name before an abbreviation in parentheses grows back over capitalized
    /// words, commas and "of", "and", "for" until its capitals spell the abbreviation. The names inside become one.
    private static func spellOut(
        _ candidates: inout [EntityCandidate], _ text: TokenizedText, _ countryWords: CountryWords
    ) {
        let tokens = text.tokens
        var grown: [EntityCandidate] = []
        for candidate in candidates where candidate.type == .organization {
            let end = candidate.tokens.upperBound
            guard end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")" else { continue }
            let short = tokens[end + 1].text
            guard isAbbreviation(short), !abbreviates(short, tokens[candidate.tokens].map(\.text)) else { continue }
            let sentence = text.sentenceTokens[tokens[end - 1].sentence]
            var start = candidate.tokens.lowerBound
            var found: Int?
            while start > sentence.lowerBound, end - start < 16 {
                start -= 1
                let word = tokens[start].text
                guard let first = word.unicodeScalars.first else { break }
                if first.isUppercaseLetter {
                    if abbreviates(short, tokens[start..<end].map(\.text)) { found = start }
                } else if !spelledOutJoiners.contains(word) {
                    break
                }
            }
            guard let found else { continue }
            // The other names inside must lie wholly inside: the grown name replaces them.
            guard
                !candidates.contains(where: {
                    $0.tokens.overlaps(found..<end) && $0.tokens.lowerBound < found
                })
            else { continue }
            let startOffset = tokens[found].start
            let endOffset = candidate.mention.end
            var whole = EntityCandidate(
                type: .organization, tokens: found..<end,
                mention: Mention(
                    text: text.slice(startOffset, endOffset), start: startOffset, end: endOffset,
                    sentence: candidate.mention.sentence))
            // A country word that opens the name still gives its country ("United States Commission on ...").
            if let country = countryWords.mention(startingAt: found) { whole.country = country.iso3 }
            grown.append(whole)
        }
        // "ISIS (Islamic State of Iraq and Syria)": the name in parentheses, whole, is a mention of the abbreviation's.
        var spelledBy: [Int: Int] = [:]
        for candidate in candidates where candidate.type == .organization && candidate.tokens.count == 1 {
            let open = candidate.tokens.upperBound
            let short = candidate.mention.text
            guard open + 2 < tokens.count, tokens[open].text == "(", isAbbreviation(short) else { continue }
            var close = open + 1
            while close < tokens.count, close - open < 16, tokens[close].text != ")" {
                let word = tokens[close].text
                guard word.unicodeScalars.first?.isUppercaseLetter == true || spelledOutJoiners.contains(word)
                else { break }
                close += 1
            }
            guard close < tokens.count, tokens[close].text == ")", close > open + 1,
                tokens[open + 1].text.unicodeScalars.first?.isUppercaseLetter == true,
                abbreviates(short, tokens[open + 1..<close].map(\.text)),
                !candidates.contains(where: { $0.tokens.overlaps(open + 1..<close) && $0.tokens.upperBound > close })
            else { continue }
            let span = open + 1..<close
            let mention = Mention(
                text: text.slice(tokens[span.lowerBound].start, tokens[close - 1].end),
                start: tokens[span.lowerBound].start, end: tokens[close - 1].end, sentence: candidate.mention.sentence)
            grown.append(EntityCandidate(type: .organization, tokens: span, mention: mention))
            spelledBy[span.lowerBound] = candidate.tokens.lowerBound
        }
        guard !grown.isEmpty else { return }
        candidates.removeAll { candidate in
            candidate.type != .equipment && grown.contains { $0.tokens.contains(candidate.tokens.lowerBound) }
        }
        candidates += grown
        candidates.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        guard !spelledBy.isEmpty else { return }
        var indexOfStart: [Int: Int] = [:]
        for (index, candidate) in candidates.enumerated() { indexOfStart[candidate.tokens.lowerBound] = index }
        for (start, shortStart) in spelledBy {
            guard let long = indexOfStart[start], let short = indexOfStart[shortStart] else { continue }
            candidates[long].abbreviates = short
        }
    }

    private static let spelledOutJoiners: Set<String> = [",", "of", "and", "for", "on", "&", "'", "’", "-", "the"]

    /// Whether `short` spells the initials of `words`, of all of them or of the capitalized ones ("MoD", "NATO").
    static func abbreviates(_ short: String, _ words: [String]) -> Bool {
        var letters = short.lowercased().filter(\.isLetter)
        if short.count > 2 && short.hasSuffix("s") { letters.removeLast() }
        guard letters.count >= 2, short.unicodeScalars.contains(where: \.properties.isUppercase) else { return false }
        let initials = words.compactMap(\.first).filter(\.isLetter).map { $0.lowercased() }.joined()
        let capitals = words.compactMap(\.first).filter(\.isUppercase).map { $0.lowercased() }.joined()
        if letters == initials || letters == capitals { return true }
        // "AFP", "Agence France-Presse": the parts of hyphenated words count as words.
        guard words.contains(where: { $0.contains("-") }) else { return false }
        let parts = words.flatMap { $0.split(separator: "-") }
        return letters == parts.compactMap(\.first).filter(\.isUppercase).map { $0.lowercased() }.joined()
    }
}
