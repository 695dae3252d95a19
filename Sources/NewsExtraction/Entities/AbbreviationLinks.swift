/// "Ministry of Defence (MoD)": a name followed by its initials in parentheses defines an abbreviation, and every
/// later use of it is a mention of the same entity, tagged or not. New mentions are appended, so `abbreviates`
/// indices stay valid.
enum AbbreviationLinks {
    static func link(_ candidates: inout [EntityCandidate], tokens: [Token]) {
        var defined: [String: Int] = [:]
        var index = 0
        while index < candidates.count {
            let candidate = candidates[index]
            let end = candidate.tokens.upperBound
            if candidate.type != .equipment, candidate.tokens.count > 1, end + 2 < tokens.count,
                tokens[end].text == "(", tokens[end + 2].text == ")",
                abbreviates(tokens[end + 1].text, tokens[candidate.tokens].map(\.text))
                    || abbreviates(tokens[end + 1].text, candidate.name.split(separator: " ").map(String.init))
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

    /// Whether `short` spells the initials of `words`, of all of them or of the capitalized ones ("MoD", "NATO").
    static func abbreviates(_ short: String, _ words: [String]) -> Bool {
        var letters = short.lowercased().filter(\.isLetter)
        if short.count > 2 && short.hasSuffix("s") { letters.removeLast() }
        guard letters.count >= 2, short.unicodeScalars.contains(where: \.properties.isUppercase) else { return false }
        let initials = words.compactMap(\.first).filter(\.isLetter).map { $0.lowercased() }.joined()
        let capitals = words.compactMap(\.first).filter(\.isUppercase).map { $0.lowercased() }.joined()
        return letters == initials || letters == capitals
    }
}
