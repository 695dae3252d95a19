/// "the Iraq War", "Voice of America", "Agence France-Presse", "the Islamic State of Iraq and the Levant": a country
/// named inside the name of something else (a war, a company, a news medium, a group) is no mention of that
/// country, and a country the article names only so is none of its countries ("Singapore Airlines"). A country word
/// that qualifies a state's body stays ("Syrian Democratic Forces", "Royal Saudi Air Force"), and so does one after
/// a state's own body ("Government of Iraq", "Embassy of the United States", "Bank of Japan").
enum EmbeddedCountries {
    static func removed(from countries: [Entity], names: [EntityCandidate], text: TokenizedText) -> [Entity] {
        let holders = names.filter { candidate in
            switch candidate.type {
            case .organization: candidate.tokens.count >= 2
            case .misc: isWar(text.tokens[candidate.tokens.upperBound - 1].text)
            default: false
            }
        }
        guard !holders.isEmpty else { return countries }
        let sorted = holders.sorted { $0.mention.start < $1.mention.start }
        let longest = sorted.map { $0.mention.end - $0.mention.start }.max()!
        let mostMentions = countries.map(\.count).max() ?? 0
        var result: [Entity] = []
        var changed = false
        for var country in countries {
            let before = country.count
            country.mentions.removeAll { mention in
                // Only a name that starts at most `longest` before the mention can hold it: a few names rather than
                // every name of the article for every mention.
                let low = sorted.partitioningIndex { $0.mention.start >= mention.start - longest }
                return sorted[low...].prefix { $0.mention.start <= mention.start }.contains {
                    isEmbedded(mention, in: $0, text)
                }
            }
            if country.count < before {
                changed = true
                if country.mentions.isEmpty { continue }
                country.salience = Salience.score(
                    mentions: country.mentions, mostMentions: mostMentions, sentenceCount: text.sentences.count)
            }
            result.append(country)
        }
        guard changed else { return countries }
        // Stable: equal salience keeps the order of first mention.
        return result.enumerated().sorted { ($1.element.salience, $0.offset) < ($0.element.salience, $1.offset) }
            .map(\.element)
    }

    private static func isWar(_ word: String) -> Bool { word == "War" || word == "Wars" }

    private static func isEmbedded(_ mention: Mention, in name: EntityCandidate, _ text: TokenizedText) -> Bool {
        guard name.mention.start <= mention.start, mention.end <= name.mention.end,
            mention.end - mention.start < name.mention.end - name.mention.start
        else { return false }
        if name.type == .misc { return true }
        // Opening the name, or as an adjective anywhere in it, the country word qualifies a state's body ("Royal
        // Saudi Air Force", "Russian Ministry of Defence") but not a company, school or medium ("Singapore
        // Airlines", "American University", "The Canadian Press").
        if mention.start == name.mention.start || mention.kind == .demonym {
            let words = text.tokens[name.tokens].map(\.text)
            let last = words[words.count - 1].lowercased()
            return
                !(NameForms.isBody(last: last) || stateBodies.contains(last)
                || NameForms.headBeforeOf(words[...]).isBody)
        }
        // The word before the country, past a "the": a state's body before "of" keeps the country.
        var index = name.tokens.lowerBound
        while index < name.tokens.upperBound, text.tokens[index].end <= mention.start { index += 1 }
        var previous = index - 1
        if previous > name.tokens.lowerBound, text.tokens[previous].text.lowercased() == "the" { previous -= 1 }
        if previous > name.tokens.lowerBound, ["of", "for", "to", "in"].contains(text.tokens[previous].text) {
            return !stateBodies.contains(text.tokens[previous - 1].text.lowercased())
        }
        return true
    }

    /// Heads of a state's own bodies: "Government of Iraq", "Ministry of Foreign Affairs of Turkey".
    private static let stateBodies: Set<String> = [
        "government", "ministry", "embassy", "consulate", "republic", "kingdom", "bank", "parliament", "president",
        "army", "navy", "people", "affairs", "defence", "defense", "forces", "police", "court", "congress",
        "senate", "assembly", "mission", "delegation", "ambassador", "guard", "guards", "service", "services",
        "intelligence", "military", "coast", "authority", "survey", "authorities", "office", "agency",
    ]
}
