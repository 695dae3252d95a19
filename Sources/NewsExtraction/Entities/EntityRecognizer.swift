/// Finds the people, organizations, locations, misc names and equipment of an article and groups their mentions
/// into entities, one per real-world thing.
///
/// Country names are the country matcher's: a tagged span that is exactly a country mention is left to it, and
/// country mentions next to a name give organizations and locations their country.
public struct EntityRecognizer: Sendable {
    public let tagger: EntityTagger
    /// What the rules match against: the tagger's lists and maybe more names that its features never saw.
    public let lists: Gazetteer

    public static let bundled = EntityRecognizer(tagger: .bundled, lists: .withRuleNames)

    public init(tagger: EntityTagger, lists: Gazetteer) {
        self.tagger = tagger
        self.lists = lists
    }

    /// `countries` (as the country stage made them, with their salience), then the article's other entities, most
    /// salient first within each type.
    public func entities(in text: TokenizedText, countries: [Entity]) -> [Entity] {
        entities(in: text, countries: countries, credits: CreditLines.flags(of: text))
    }

    /// The same, with the article's credit lines (per sentence) already found: their names are left out.
    func entities(in text: TokenizedText, countries: [Entity], credits: [Bool]) -> [Entity] {
        let countryWords = CountryWords(countries, tokens: text.tokens)
        var candidates: [EntityCandidate] = []
        for (sentence, range) in text.sentenceTokens.enumerated() where !credits[sentence] {
            candidates += candidatesOfSentence(text, range, countryWords)
        }
        dropLonePeopleOfTitleCaseLines(&candidates, text)
        DocumentEvidence(text: text, lists: lists).apply(to: &candidates, countryWords: countryWords)
        addSeatsOfGovernment(&candidates, countryWords, text, credits)
        AbbreviationLinks.link(&candidates, text: text, countryWords: countryWords)
        let countries = EmbeddedCountries.removed(from: countries, names: candidates, text: text)
        var others = EntityGrouper(gazetteer: lists).entities(of: candidates)
        var mostMentions: [EntityType: Int] = [:]
        for entity in others { mostMentions[entity.type] = max(mostMentions[entity.type] ?? 0, entity.count) }
        for index in others.indices {
            others[index].salience = Salience.score(
                mentions: others[index].mentions, mostMentions: mostMentions[others[index].type] ?? 1,
                sentenceCount: text.sentences.count)
        }
        // Stable: equal salience keeps the order of first mention.
        others = others.enumerated().sorted { ($1.element.salience, $0.offset) < ($0.element.salience, $1.offset) }
            .map(\.element)
        return countries + others
    }

    private static let types: [EntityType] = [.person, .organization, .location, .misc]

    /// "the Kremlin said", "a Pentagon budget": a seat of government stands for its state among the country's
    /// mentions, and is an organization of the article as well, with that country.
    private func addSeatsOfGovernment(
        _ candidates: inout [EntityCandidate], _ countryWords: CountryWords, _ text: TokenizedText, _ credits: [Bool]
    ) {
        guard !countryWords.seats.isEmpty else { return }
        for seat in countryWords.seats where !credits[text.tokens[seat.tokens.lowerBound].sentence] {
            guard !candidates.contains(where: { $0.tokens.overlaps(seat.tokens) }) else { continue }
            var candidate = EntityCandidate(
                type: .organization, tokens: seat.tokens, mention: mention(text, seat.tokens))
            candidate.country = seat.iso3
            candidates.append(candidate)
        }
        candidates = candidates.enumerated().sorted {
            ($0.element.tokens.lowerBound, $0.offset) < ($1.element.tokens.lowerBound, $1.offset)
        }.map(\.element)
    }

    /// Whether the words of `tokens` are a seat of government of the country table ("White House"), which a
    /// tagger's place reading makes no place: "at the White House" is the office.
    private func isSeatOfGovernment(_ tokens: Range<Int>, _ text: TokenizedText, before limit: Int) -> Bool {
        guard let (end, phrase) = Self.countryMatcher.longestMatch(text.tokens, at: tokens.lowerBound, before: limit)
        else { return false }
        return end == tokens.upperBound && phrase.kind == .government
    }

    private static let countryMatcher = CountryMatcher()

    private func candidatesOfSentence(
        _ text: TokenizedText, _ range: Range<Int>, _ countryWords: CountryWords
    ) -> [EntityCandidate] {
        let words = text.tokens[range].map(\.text)
        let matches = lists.matches(in: words)
        // Without an added name among them, the matches are the tagger's own: one scan instead of two.
        let features = matches.contains(where: \.isAdded) ? tagger.gazetteer.matches(in: words) : matches
        let hints = Gazetteer.hints(of: features, count: words.count)
        let spans = tagger.model.tag(words: words, hints: hints)
        var candidates: [EntityCandidate] = []
        var taken = [Bool](repeating: false, count: words.count)
        for tagged in spans {
            var span = tagged
            // A possessive is never part of the name: "the West's" names the West.
            while span.end - span.start > 1, Token.possessiveMarkers.contains(words[span.end - 1]) { span.end -= 1 }
            var type = Self.types[span.label]
            let title = titleLength(span, words, countryWords, sentenceStart: range.lowerBound)
            if title > 0 {
                let name = TagSpan(start: span.start + title, end: span.end, label: span.label)
                if type == .person || isKnownLeader(name, words, matches) || isTitledName(name, words, matches) {
                    span = name
                    type = .person
                }
            }
            if type != .person, let place = cutPlace(span, spans, matches) {
                span.end = place.end
                type = .location
            }
            var tokens = range.lowerBound + span.start..<range.lowerBound + span.end
            // A word that holds a country is the country's, unless a misc name: "Brazilian-born", "U.S.-led".
            if countryWords.mention(startingAt: tokens.lowerBound)?.end == tokens.upperBound,
                type != .misc || countryWords.isExactly(tokens)
            {
                continue
            }
            if isEquipmentName(span, type, words, matches) || isPortfolioOrCurrency(span, words, range, text) {
                continue
            }
            if isListedOrganization(span, words, matches) {
                type = .organization
                // "Boeing 737-800", "Airbus A300s": a maker and a model name the product, not the maker.
                if span.end < words.count, Self.isModelName(words[span.end]) {
                    span.end += 1
                    tokens = tokens.lowerBound..<tokens.upperBound + 1
                    type = .misc
                }
            } else if span.end - span.start == 1, isPluralOfListedOrganization(words[span.start]) {
                type = .misc  // "new Airbuses": the maker's products
            } else if isKnownLeader(span, words, matches) {
                type = .person
            } else if type == .organization || type == .misc, isPlace(span, type, words, matches) {
                type = .location
            } else if type == .location, isSeatOfGovernment(tokens, text, before: range.upperBound) {
                type = .organization
            }
            for index in span.start..<span.end { taken[index] = true }
            var candidate = EntityCandidate(type: type, tokens: tokens, mention: mention(text, tokens))
            attributeCountry(&candidate, text, countryWords, matches: matches, sentenceStart: range.lowerBound)
            candidates.append(candidate)
        }
        lazy var capitals = !words.contains { $0.utf8.contains { $0 >= 97 && $0 <= 122 } }
        for match in matches where match.category == .equipment {
            guard !taken[match.start..<match.end].contains(true) else { continue }
            let tokens = range.lowerBound + match.start..<range.lowerBound + match.end
            guard !countryWords.covers(tokens) else { continue }
            let first = words[match.start].unicodeScalars.first!
            guard match.isCommonNoun || capitals || !first.properties.isLowercase else { continue }
            // "think tank", "fuel tank": a word for weapons that names something else after its modifier.
            if match.isCommonNoun, match.start > 0, EquipmentContext.isCivilModifier(words[match.start - 1]) {
                continue
            }
            var end = tokens.upperBound
            // "Leopard 2A6 tanks": a model number the lists do not hold still belongs to the name.
            if !match.isCommonNoun, match.end + 1 < words.count, !taken[match.end],
                EquipmentContext.isModelNumber(words[match.end]),
                EquipmentContext.followsName(endingAt: match.end + 1, words, matches)
            {
                end += 1
            }
            let name = tokens.lowerBound..<end
            candidates.append(EntityCandidate(type: .equipment, tokens: name, mention: mention(text, name)))
        }
        candidates += untaggedListedNames(text, range, matches, taken, countryWords, capitals: capitals)
        return candidates.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Listed organizations, media and regions of two or more capitalized words that the tagger missed: in a line
    /// of capitals, where case marks no names ("RUSSIAN MINISTRY OF DEFENCE SAYS..."), or names its features never
    /// saw ("the Israel Defense Forces", read as the country "Israel"). One-word names ("WHO", "TIME") are too often
    /// plain words.
    private func untaggedListedNames(
        _ text: TokenizedText, _ range: Range<Int>, _ matches: [GazetteerMatch], _ taken: [Bool],
        _ countryWords: CountryWords, capitals: Bool
    ) -> [EntityCandidate] {
        var candidates: [EntityCandidate] = []
        var taken = taken
        for match in matches where match.end - match.start >= 2 || isNamedMidSentence(match, text, range, capitals) {
            let type: EntityType
            switch match.category {
            case .organization, .media: type = .organization
            case .region: type = .location
            default: continue
            }
            guard !taken[match.start..<match.end].contains(true) else { continue }
            let tokens = range.lowerBound + match.start..<range.lowerBound + match.end
            guard capitals || isCapitalized(text.tokens[tokens]) else { continue }
            // A country's own name ("Hong Kong") stays the country matcher's; a place holding one is left alone
            // too, but an organization may hold one ("Israel Defense Forces").
            let isCountry = countryWords.mention(startingAt: tokens.lowerBound)?.end == tokens.upperBound
            guard !isCountry, type == .organization || !countryWords.covers(tokens) else { continue }
            // "the Australian automotive industry": a medium's "The" written small before a country word is the
            // article of an adjective.
            if text.tokens[tokens.lowerBound].text == "the",
                countryWords.mention(startingAt: tokens.lowerBound + 1)?.end == tokens.upperBound
            {
                continue
            }
            var candidate = EntityCandidate(type: type, tokens: tokens, mention: mention(text, tokens))
            attributeCountry(&candidate, text, countryWords, matches: matches, sentenceStart: range.lowerBound)
            candidates.append(candidate)
            for index in match.start..<match.end { taken[index] = true }
        }
        return candidates
    }

    /// A one-word organization or news medium of the lists ("Twitter", "Thales", "Reuters") written mid-sentence
    /// with a capital and small letters, not in a line of capitals nor after a colon or quote: there the capital
    /// is the name's own, not the sentence's.
    private func isNamedMidSentence(
        _ match: GazetteerMatch, _ text: TokenizedText, _ range: Range<Int>, _ capitals: Bool
    ) -> Bool {
        guard match.end - match.start == 1, !capitals, match.start > 0,
            match.category == .organization || match.category == .media
        else { return false }
        let word = text.tokens[range.lowerBound + match.start].text
        let previous = text.tokens[range.lowerBound + match.start - 1].text
        guard let first = word.unicodeScalars.first, first.isUppercaseLetter,
            word.unicodeScalars.dropFirst().contains(where: { $0.properties.isLowercase }),
            previous.unicodeScalars.first?.isAlphabeticLetter == true || previous == ","
        else { return false }
        return true
    }

    /// "737-800", "A300s", "747s": a model's designation after its maker's name, a number with perhaps a letter
    /// before it and letters or another number after it; not a score ("Hyundai 2") nor a date ("1996-08-29").
    static func isModelName(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard (3...8).contains(scalars.count), scalars.filter({ $0 == "-" }).count <= 1 else { return false }
        let start = scalars[0].isUppercaseLetter ? 1 : 0
        guard ("0"..."9").contains(scalars[start]) else { return false }
        let digits = scalars.filter { ("0"..."9").contains($0) }.count
        guard start == 1 || digits >= 3 else { return false }
        return scalars.allSatisfy { $0.isAlphabeticLetter || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// "new Airbuses": a plural whose singular the lists hold as a company, and not the word itself.
    private func isPluralOfListedOrganization(_ word: String) -> Bool {
        guard word.utf8.count > 4, word.hasSuffix("s"), lists.matches(in: [word]).isEmpty else { return false }
        let singulars = word.hasSuffix("es") ? [word.dropLast(), word.dropLast(2)] : [word.dropLast()]
        return singulars.contains { singular in
            lists.matches(in: [String(singular)]).contains { $0.category == .organization }
        }
    }

    /// "the minister for East African Affairs" names a portfolio, no organization; "AU$52.5" a currency.
    private func isPortfolioOrCurrency(
        _ span: TagSpan, _ words: [String], _ range: Range<Int>, _ text: TokenizedText
    ) -> Bool {
        if span.start >= 2, words[span.start - 1] == "for" || words[span.start - 1] == "of",
            ["minister", "ministers"].contains(words[span.start - 2])
        {
            return true
        }
        guard span.end - span.start == 1, span.end < words.count, words[span.end].hasPrefix("$") else { return false }
        let token = range.lowerBound + span.start
        return text.tokens[token].end == text.tokens[token + 1].start
    }

    /// Every word but "of", "the", "and" starts with a capital: "Ministry of Defence", not "general assembly".
    private func isCapitalized(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.allSatisfy { token in
            Self.functionWords.contains(token.text) || token.text.unicodeScalars.first?.properties.isUppercase == true
        }
    }

    /// How many leading words of a tagged name are a title ("Chancellor", "Secretary of State"), with a country
    /// word before it ("German Chancellor"); 0 when there is none.
    private func titleLength(
        _ span: TagSpan, _ words: [String], _ countryWords: CountryWords, sentenceStart: Int
    ) -> Int {
        var skip = 0
        if let country = countryWords.mention(startingAt: sentenceStart + span.start),
            country.end < sentenceStart + span.end
        {
            skip = country.end - sentenceStart - span.start
        }
        let title = PersonTitles.length(of: words[span.start + skip..<span.end])
        return title > 0 ? skip + title : 0
    }

    /// A name after a title that only people bear ("Queen Elizabeth II", "President Joe Biden" tagged as an
    /// organization), unless its form or the lists make it an organization ("Sultan Qaboos University").
    private func isTitledName(_ name: TagSpan, _ words: [String], _ matches: [GazetteerMatch]) -> Bool {
        guard name.start > 0, PersonTitles.isPersonal(words[name.start - 1]) else { return false }
        let rest = words[name.start..<name.end]
        guard NameForms.type(of: rest, tagged: .person) ?? .person == .person else { return false }
        return !matches.contains {
            $0.start < name.end && name.start < $0.end && $0.category != .city && $0.category != .region
        }
    }

    /// A listed place of no one country that the tagged name only begins ("Bab" of "Bab el-Mandeb"), when no other
    /// tagged name starts inside it.
    private func cutPlace(_ span: TagSpan, _ spans: [TagSpan], _ matches: [GazetteerMatch]) -> GazetteerMatch? {
        guard
            let place = matches.first(where: {
                $0.category == .region && $0.country == nil && $0.start == span.start && $0.end > span.end
            })
        else { return nil }
        return spans.contains { $0.start >= span.end && $0.start < place.end } ? nil : place
    }

    /// A tagged organization or misc name that is a feature of the map by its form ("Scarborough Shoal"), or
    /// exactly a listed place of no one country ("Line of Control", "Bab el-Mandeb").
    private func isPlace(_ span: TagSpan, _ type: EntityType, _ words: [String], _ matches: [GazetteerMatch]) -> Bool {
        if GeographicNames.isFeature(words[span.start..<span.end]) { return true }
        return (type == .organization || type == .misc)
            && matches.contains {
                $0.category == .region && $0.country == nil && $0.start == span.start && $0.end == span.end
            }
    }

    /// A tagged name is left to the equipment list when it is the start of a longer listed name ("Leopard" of
    /// "Leopard 2"), a listed name and a word for weapons ("Javelin anti-tank"), or exactly a listed name that is
    /// tagged misc or comes before a word for weapons ("Iskander missiles", "Patriot interceptors", "Kinzhal and
    /// Kalibr missiles").
    private func isEquipmentName(
        _ span: TagSpan, _ type: EntityType, _ words: [String], _ matches: [GazetteerMatch]
    ) -> Bool {
        let names = matches.filter { $0.category == .equipment && !$0.isCommonNoun }
        if names.contains(where: { $0.start == span.start && span.end < $0.end }) { return true }
        // "Javelin anti-tank" tagged as one name: the listed name, then the words for it.
        if let name = names.first(where: { $0.start == span.start && $0.end < span.end }),
            EquipmentContext.followsName(endingAt: name.end, words, matches)
        {
            return true
        }
        guard names.contains(where: { $0.start == span.start && $0.end == span.end }) else { return false }
        return type == .misc || EquipmentContext.followsName(endingAt: span.end, words, matches)
    }

    /// In a Title Case line (a headline, a list of links) capitals say nothing, so a one-word person there is kept
    /// only when the article names the same person elsewhere.
    private func dropLonePeopleOfTitleCaseLines(_ candidates: inout [EntityCandidate], _ text: TokenizedText) {
        let people = candidates.filter { $0.type == .person }
        candidates.removeAll { candidate in
            guard candidate.type == .person, candidate.tokens.count == 1,
                Self.isTitleCase(text.tokens[text.sentenceTokens[candidate.mention.sentence]])
            else { return false }
            let name = candidate.mention.text
            return !people.contains {
                $0.mention.sentence != candidate.mention.sentence
                    && ($0.mention.text == name || $0.mention.text.hasSuffix(" " + name))
            }
        }
    }

    private static let functionWords: Set<String> = [
        "a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to",
    ]

    /// Three or more words, every one but function words capitalized, and some lowercase letters (not capitals);
    /// no numbers, commas or parentheses, which mark tables and lists of results rather than headlines.
    static func isTitleCase(_ tokens: ArraySlice<Token>) -> Bool {
        var words = 0
        var hasLowercase = false
        for token in tokens {
            guard let first = token.text.utf8.first else { continue }
            if (48...57).contains(first) || token.text == "," || token.text == "(" || token.text == ")" { return false }
            guard (65...90).contains(first) || (97...122).contains(first) else { continue }
            if (97...122).contains(first) && !functionWords.contains(token.text) { return false }
            hasLowercase = hasLowercase || token.text.utf8.contains { (97...122).contains($0) }
            words += 1
        }
        return words >= 3 && hasLowercase
    }

    /// A tagged name that the lists hold as an organization or news medium, with or without its "the".
    private func isListedOrganization(_ span: TagSpan, _ words: [String], _ matches: [GazetteerMatch]) -> Bool {
        let article = span.start > 0 && words[span.start - 1].lowercased() == "the" ? span.start - 1 : span.start
        return matches.contains {
            ($0.category == .media || $0.category == .organization) && $0.end == span.end
                && ($0.start == span.start || $0.start == article)
        }
    }

    /// A name the relation lexicon holds as a head of state or government or a minister ("Biden", "Xi Jinping") is
    /// a person whatever the tagger took it for, unless the lists hold it as a place ("Austin").
    private func isKnownLeader(_ span: TagSpan, _ words: [String], _ matches: [GazetteerMatch]) -> Bool {
        let name = words[span.start..<span.end].map { $0.lowercased() }
        guard RelationLexicon.shared.leaders[name[0]]?.contains(where: { $0.words == name }) == true else {
            return false
        }
        let places: [Gazetteer.Category] = [.country, .city, .region]
        return !matches.contains { places.contains($0.category) && $0.start == span.start && $0.end == span.end }
    }

    /// The country the lists give the name at words `start..<end` of the sentence as a name of `type`: an
    /// organization takes only an organization's country ("UN" is no city "Un" of India), a place a place's.
    private func listedCountry(
        _ start: Int, _ end: Int, _ matches: [GazetteerMatch], as type: EntityType
    ) -> String? {
        matches.first {
            $0.start == start && $0.end == end && $0.country != nil && $0.category != .equipment
                && ($0.category == .organization || $0.category == .media) == (type == .organization)
        }?
        .country
    }

    private func mention(_ text: TokenizedText, _ tokens: Range<Int>) -> Mention {
        let first = text.tokens[tokens.lowerBound]
        let end = text.tokens[tokens.upperBound - 1].end
        return Mention(text: text.slice(first.start, end), start: first.start, end: end, sentence: first.sentence)
    }

    /// "the Russian Ministry of Defence", "UK Ministry of Defence", "the UK's MoD": a country word just before or
    /// at the start of an organization's name makes it that country's. Listed places carry their own country,
    /// and "Kharkiv, Ukraine" gives a place the country after the comma.
    private func attributeCountry(
        _ candidate: inout EntityCandidate, _ text: TokenizedText, _ countryWords: CountryWords,
        matches: [GazetteerMatch], sentenceStart: Int
    ) {
        let tokens = candidate.tokens
        let start = tokens.lowerBound - sentenceStart
        let end = tokens.upperBound - sentenceStart
        if candidate.type == .organization {
            // A listed state body carries its state whole: "Israel Defense Forces", not "Defense Forces" of Israel.
            if let listed = listedCountry(start, end, matches, as: candidate.type) {
                candidate.country = listed
                return
            }
            if let inner = countryWords.mention(startingAt: tokens.lowerBound), inner.end < tokens.upperBound {
                candidate.country = inner.iso3
                // "US CIA" is the CIA the lists hold, not a second one qualified by its country.
                candidate.isQualified =
                    listedCountry(inner.end - sentenceStart, end, matches, as: candidate.type) != inner.iso3
                candidate.name = text.slice(text.tokens[inner.end].start, candidate.mention.end)
                return
            }
            let before = tokens.lowerBound
            let possessive = before > 0 && text.tokens[before - 1].text == "'s" ? before - 1 : before
            if let iso3 = countryWords.iso3(endingAt: possessive) {
                candidate.country = iso3
                candidate.isQualified = listedCountry(start, end, matches, as: candidate.type) != iso3
                return
            }
        }
        guard candidate.type == .organization || candidate.type == .location else { return }
        if let listed = listedCountry(start, end, matches, as: candidate.type) {
            candidate.country = listed
            return
        }
        if candidate.type == .location, tokens.upperBound + 1 < text.tokens.count,
            text.tokens[tokens.upperBound].text == ",",
            let after = countryWords.mention(startingAt: tokens.upperBound + 1)
        {
            candidate.country = after.iso3
        }
    }
}
