extension SentenceReader {
    /// Builds the sentence's actors: country mentions, people in office and pronouns, each grown into its noun
    /// phrase, then coordinated ones ("Russia and Syria") joined into one.
    mutating func buildActors(_ mentions: [(Range<Int>, Actor.Kind, String)]) {
        var found: [Actor] = []
        var taken = [Bool](repeating: false, count: count)
        // Countries before places: a place that overlaps a country's name ("The Netherlands") gives way.
        let ordered = mentions.sorted {
            ($0.1.isTerritory ? 1 : 0, $0.0.lowerBound) < ($1.1.isTerritory ? 1 : 0, $1.0.lowerBound)
        }
        for (tokens, kind, code) in ordered {
            guard tokens.lowerBound >= 0, tokens.upperBound <= count, !tokens.contains(where: { taken[$0] }) else {
                continue
            }
            for token in tokens { taken[token] = true }
            found.append(phrase(codes: [code], kind: kind, tokens.lowerBound, tokens.upperBound))
        }
        found.sort { $0.start < $1.start }
        found = coordinate(found)
        // Pronouns last, so that "their" can stand for "Hungarian and Romanian officials" together.
        for index in 0..<count where !taken[index] {
            if let pronoun = pronoun(at: index, before: found) ?? pairReference(at: index, before: found) {
                found.append(pronoun)
            }
        }
        found.sort { $0.start < $1.start }
        actors = found
        for (position, actor) in actors.enumerated() {
            for index in actor.phraseStart..<actor.phraseEnd where actorAt[index] < 0 { actorAt[index] = position }
        }
    }

    /// "its", "they", "their countries", "his country": the countries they refer to.
    private func pronoun(at index: Int, before found: [Actor]) -> Actor? {
        let word = words[index]
        if ["he", "she"].contains(word) {
            // The subject person, here or in the two sentences before ("Mitsotakis met Trump, where he denounced
            // ..."); nobody's where that person acts for no country ("Davies said he ...").
            let codes = subjectPersonCodes(before: index)
            guard !codes.isEmpty else { return nil }
            var person = phrase(codes: codes, kind: .pronoun, index, index + 1)
            person.isAgentive = true
            return person
        }
        let isCountryNoun = ["country", "countries", "government", "governments"].contains(self.word(index + 1))
        let plural = ["they", "their", "them", "themselves"].contains(word)
        guard ["it", "its", "itself"].contains(word) || plural || (["his", "her"].contains(word) && isCountryNoun)
        else { return nil }
        let found = found.filter { $0.start < index }
        var codes: [String] = []
        if plural {
            // "they" wants several: a group here, else the last group of the sentences before.
            codes = found.last(where: { $0.codes.count > 1 && !$0.isMaker })?.codes ?? previousGroup
        }
        if codes.isEmpty, controlsPurposeClause(before: index) {
            codes = found.first(where: { $0.isAgentive && !$0.isPlace(lexicon) && $0.preposition == nil })?.codes ?? []
        }
        if codes.isEmpty {
            // "Slovak girls who said they had been invited": a subject pronoun whose antecedent cannot act stands
            // for nobody.
            let antecedent = found.last { !$0.isPlace(lexicon) && !$0.isMaker && !$0.isTerritory }
            if let antecedent, !antecedent.isAgentive, ["it", "they"].contains(word) { return nil }
            codes = antecedent?.codes ?? previousSubject
        }
        guard !codes.isEmpty else { return nil }
        var actor = phrase(codes: codes, kind: .pronoun, index, index + 1)
        actor.isAgentive = actor.isAgentive || ["it", "they", "itself", "themselves"].contains(word)
        return actor
    }

    /// The countries of the subject person among the people named before `index` (else the first of them; else the
    /// subject person of the two sentences before): whom "he", "she" and "him" stand for.
    func subjectPersonCodes(before index: Int) -> [String] {
        let named = people.filter { $0.start < index }
        let subject = named.first { person in
            lexicon.isSubjectPosition(
                before: (0..<person.start).reversed().lazy.map { actorAt[$0] >= 0 ? "" : words[$0] })
        }
        return (subject ?? named.first)?.codes ?? previousPerson
    }

    /// The two countries this sentence names, if it names exactly two (not counting places and pronouns).
    var namedPair: [String]? {
        var codes: [String] = []
        for actor in actors where !actor.isPronoun && !actor.isTerritory {
            for code in actor.codes where !codes.contains(code) { codes.append(code) }
        }
        return codes.count == 2 ? codes : nil
    }

    static let pairNouns: Set<String> = [
        "countries", "nations", "states", "leaders", "sides", "governments", "presidents", "ministers", "neighbours",
        "neighbors", "delegations", "premiers",
    ]

    private static let groupCounts: Set<String> = ["three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    /// "the two countries", "both leaders": the pair last named together, here or in the sentence before.
    /// "the four countries", "the foreign ministers": the group last named as a subject, a few sentences back.
    private func pairReference(at index: Int, before found: [Actor]) -> Actor? {
        if words[index] == "two" || words[index] == "both", Self.pairNouns.contains(word(index + 1)) {
            let codes = found.last(where: { $0.start < index && $0.codes.count == 2 })?.codes ?? previousPair
            guard codes.count == 2 else { return nil }
            return phrase(codes: codes, kind: .pronoun, index, index + 1)
        }
        guard words[index] == "the", previousGroup.count > 2 || Self.groupCounts.contains(word(index + 1)) else {
            return nil
        }
        // Up to two qualifiers ("the four", "the foreign", "the EU energy") before a plural of office or state,
        // which no country of this sentence qualifies ("the ministers of Egypt and France" are theirs).
        var noun = index + 1
        while noun < min(count, index + 3), !Self.pairNouns.contains(words[noun]), !isCapitalized[noun] || isHeadline {
            noun += 1
        }
        guard noun < count, Self.pairNouns.contains(words[noun]), !["of", "from"].contains(word(noun + 1)),
            !(index..<noun + 1).contains(where: { actorAt[$0] >= 0 })
        else { return nil }
        let codes = found.last(where: { $0.start < index && $0.codes.count > 2 })?.codes ?? previousGroup
        guard codes.count > 2 else { return nil }
        var group = phrase(codes: codes, kind: .pronoun, index, noun + 1)
        group.isAgentive = true
        return group
    }

    /// "... from North Korea to bolster its invasion": "its" is the main subject's, not North Korea's.
    private func controlsPurposeClause(before index: Int) -> Bool {
        var cursor = index - 1
        while cursor > 0, index - cursor <= 4 {
            if words[cursor] == "to" { return true }
            if isPunctuation(cursor) || isClauseBoundary(cursor) { return false }
            cursor -= 1
        }
        return false
    }

    /// Grows a name into its noun phrase and reads what the phrase says about it.
    private func phrase(codes: [String], kind: Actor.Kind, _ start: Int, _ end: Int) -> Actor {
        var actor = Actor(
            codes: codes, kind: kind, start: start, end: end, phraseStart: start, phraseEnd: end, isAgentive: true,
            isPossessor: false, isMaker: false, preposition: nil)
        // Left: determiners, adjectives and titles ("the", "war-torn", "President").
        var left = start
        while left > 0 {
            let previous = left - 1
            let word = words[previous]
            let isTitle =
                isCapitalized[previous] && previous > 0 && self.actor(at: previous) == nil
                && !looksLikeVerb(previous) && isWord(previous, .agentive)
            if isWord(previous, .determiner) || isWord(previous, .adjective) || isTitle
                || (word.contains("-") && !isCapitalized[previous]) || Int(word) != nil
            {
                left = previous
            } else {
                break
            }
        }
        actor.phraseStart = left
        if left > 0, isWord(left - 1, .preposition) { actor.preposition = words[left - 1] }

        // Right: "-made", "'s", and the head nouns that follow a demonym or a name.
        var right = end
        let last = words[end - 1]
        if let dash = last.firstIndex(of: "-"), lexicon.isWord(String(last[last.index(after: dash)...]), .madeBy) {
            actor.isMaker = true
        }
        if word(right) == "-", isWord(right + 1, .madeBy) {
            actor.isMaker = true
            right += 2
        }
        if Token.possessiveMarkers.contains(word(right)) {
            actor.isPossessor = true
            right += 1
        }
        var heads: [String] = []
        let nounLeaning =
            actor.isPossessor || { if case .country(.demonym) = kind { true } else { false } }()
            || ["its", "their", "his", "her"].contains(words[start])
        while right < count, heads.count < 5, isHeadWord(right, after: heads, nounLeaning: nounLeaning) {
            heads.append(words[right])
            right += 1
        }
        actor.phraseEnd = right
        let headIsAgentive = heads.contains { lexicon.isWord($0, .agentive) }
        switch kind {
        case .country(.demonym):
            // "the Palestinians" is a people; "Russian" alone only qualifies what follows.
            actor.isAgentive = (headIsAgentive || (heads.isEmpty && last.hasSuffix("s"))) && !actor.isMaker
        case .pronoun:
            actor.isAgentive = heads.isEmpty ? false : headIsAgentive
        case .territory:
            actor.isAgentive = false
        default:
            // "Japan's Hashimoto": a person the country's possessive introduces acts for it; "Russia's Gazprom" does not.
            let headIsPerson = actor.isPossessor && people.contains { $0.start == end + 1 }
            actor.isAgentive =
                !actor.isMaker && (heads.isEmpty || headIsAgentive || headIsPerson || !actor.isPossessor)
        }
        return actor
    }

    /// A word that continues the noun phrase of a name: a noun, or a capitalized title word.
    private func isHeadWord(_ index: Int, after heads: [String], nounLeaning: Bool) -> Bool {
        let word = words[index]
        if actor(at: index) != nil || isPunctuation(index) || isClauseBoundary(index) || isWord(index, .pronoun)
            || isWord(index, .auxiliary) || isWord(index, .determiner) || word == "and" || word == "or"
        {
            return false
        }
        if word == "of", isCapitalized[max(index - 1, 0)], index + 1 < count, isCapitalized[index + 1], !heads.isEmpty {
            return true
        }
        if isWord(index, .preposition) || isWord(index, .adverb) || isWord(index, .negation) { return false }
        if isCapitalized[index] || (isWord(index, .agentive) && infos[index].verbTriggers.isEmpty) { return true }
        // After "Russian" or "Russia's", "attacks" is a noun; after "Russia", a verb.
        return !looksLikeVerb(index) || (nounLeaning && !infos[index].nounTriggers.isEmpty)
    }

    /// Joins "Russia and Syria", "France, Germany and Italy", "French and Egyptian warships".
    private func coordinate(_ found: [Actor]) -> [Actor] {
        var result: [Actor] = []
        for (position, actor) in found.enumerated() {
            // "Egyptian foreign minister Sameh Shoukry": the person inside the phrase of their own country is that
            // phrase, which a list may go on from ("... and his Greek counterpart").
            if let previous = result.last, actor.start < previous.phraseEnd,
                actor.codes.allSatisfy(previous.codes.contains)
            {
                continue
            }
            // "... and his Greek, Cypriot and French counterparts, Nikos Dendias, ... and Jean-Yves Le Drian,": names
            // set off after a phrase restate it.
            if var previous = result.last, previous.preposition == nil, actor.codes.allSatisfy(previous.codes.contains),
                restates(previous.phraseEnd, actor.phraseStart)
            {
                previous.phraseEnd = actor.phraseEnd
                result[result.count - 1] = previous
                continue
            }
            // A comma joins only inside a list that "and" closes: "France, Germany and Italy"; in a headline
            // it is the "and" ("Biden, Xi Agree To Resume Talks").
            let next = position + 1 < found.count ? found[position + 1] : nil
            // A list may close with a party that is no country: "Russia, France, the US and the UN called on ...".
            // A list that ends the sentence needs no "and" either: "HK's Tsang to visit Indonesia, New Zealand."
            let endsSentence =
                next == nil
                && (actor.phraseEnd >= count || (actor.phraseEnd == count - 1 && isPunctuation(actor.phraseEnd)))
            // So does a pair that opens the sentence and its verb follows: "Germany, Poland tighten cooperation".
            let opensSentence =
                position == 1 && found[0].phraseStart == 0 && actor.phraseStart == found[0].phraseEnd + 1
                && word(found[0].phraseEnd) == "," && !actor.isPossessor && looksLikeVerb(actor.phraseEnd)
            let listGoesOn =
                isHeadline || endsSentence || opensSentence
                || (next.map { joins(actor.phraseEnd, $0.phraseStart) } ?? false)
                || (["and", "or"].contains(word(actor.phraseEnd)) && isCapitalized[min(actor.phraseEnd + 1, count - 1)])
                || (["and", "or"].contains(word(actor.phraseEnd)) && word(actor.phraseEnd + 1) == "the"
                    && isCapitalized[min(actor.phraseEnd + 2, count - 1)])
            if var previous = result.last, !actor.isPronoun, !previous.isPronoun, !actor.isTerritory,
                !previous.isTerritory,
                joins(previous.phraseEnd, actor.phraseStart),
                listGoesOn
                    || (previous.phraseEnd..<actor.phraseStart).contains(where: { ["and", "or"].contains(words[$0]) })
            {
                previous.codes += actor.codes.filter { !previous.codes.contains($0) }
                previous.end = actor.end
                previous.phraseEnd = actor.phraseEnd
                previous.isAgentive = previous.isAgentive || actor.isAgentive
                if previous.isDemonym && !actor.isDemonym { previous.kind = actor.kind }
                previous.isPossessor = actor.isPossessor
                previous.isMaker = previous.isMaker && actor.isMaker
                result[result.count - 1] = previous
            } else {
                result.append(actor)
            }
        }
        return result
    }

    /// Whether the words from `end` to `start` open an apposition of names: a comma, then capitalized words,
    /// commas, hyphens and "and" ("Egypt's foreign minister, Sameh Shoukry").
    private func restates(_ end: Int, _ start: Int) -> Bool {
        guard start > end, start - end <= 12, words[end] == "," else { return false }
        return (end + 1..<start).allSatisfy {
            isCapitalized[$0] || ["and", ",", "-"].contains(words[$0])
        }
    }

    private func joins(_ end: Int, _ start: Int) -> Bool {
        guard start > end else { return false }
        let gap = end..<start
        let linked = gap.contains { words[$0] == "and" || words[$0] == "," || words[$0] == "or" }
        return linked
            && gap.allSatisfy {
                isWord($0, .conjunction) || isWord($0, .determiner) || words[$0] == "as"
                    || words[$0] == "well"
            }
    }
}
