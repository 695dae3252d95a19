/// What the whole article says about the names its sentences gave, one sentence at a time, the tagger could not see:
/// a capital that only starts sentences while the article writes the word in lower case elsewhere; a Title Case
/// headline whose words the body never names; "Mubarak" after "Hosni Mubarak"; "Boeing" tagged a person once and
/// an organization three times. Each rule reads the article, never a list of its sentences.
struct DocumentEvidence {
    let text: TokenizedText
    let lists: Gazetteer

    /// Drops, retypes and links `candidates` in place. Equipment is left alone: its rules read the lists.
    func apply(to candidates: inout [EntityCandidate], countryWords: CountryWords) {
        guard !candidates.isEmpty else { return }
        trimLeadingConnectives(&candidates)
        applyNameForms(&candidates, countryWords)
        joinModelNames(&candidates)
        // Only the sentences that hold names are asked whether they are Title Case lines; the rest read as not.
        var titleCase = [Bool](repeating: false, count: text.sentenceTokens.count)
        var asked = -1
        for candidate in candidates where candidate.mention.sentence != asked {
            asked = candidate.mention.sentence
            titleCase[asked] = EntityRecognizer.isTitleCase(text.tokens[text.sentenceTokens[asked]])
        }
        let (lowercase, midCapitalized) = wordCases(of: candidates)
        candidates.removeAll { candidate in
            guard candidate.type != .equipment else { return false }
            // "Arab Emirates" of "United Arab Emirates" is the country's, not a place of its own.
            if countryWords.contains(candidate.tokens) { return true }
            // "The Department issued a statement": a bare head with its article names nothing either.
            if candidate.tokens.count == 2, text.tokens[candidate.tokens.lowerBound].text == "The",
                NameForms.isBareHead(text.tokens[candidate.tokens.upperBound - 1].text)
            {
                return true
            }
            guard candidate.tokens.count == 1 else { return false }
            let word = candidate.mention.text
            if Self.connectives.contains(word) || NameForms.isTerm(word) || NameForms.isBareHead(word) { return true }
            return isCommonWord(word, lowercase: lowercase, midCapitalized: midCapitalized)
        }
        dropUnconfirmedHeadlineNames(&candidates, titleCase)
        linkShortNames(&candidates, countryWords)
        joinFirstWords(&candidates)
        readPlacesTakenForPeople(&candidates, countryWords)
        readPlacesByTheirNouns(&candidates)
        readGroupsByTheirNouns(&candidates)
        readOrganizationsByContext(&candidates, countryWords)
        keepOneTypePerName(&candidates)
    }

    /// "Instead Joubert", "Only Sheriat": a connective or quantifier that starts the sentence is no part of the name
    /// the tagger joined it to.
    private func trimLeadingConnectives(_ candidates: inout [EntityCandidate]) {
        for index in candidates.indices where candidates[index].tokens.count >= 2 {
            let first = candidates[index].tokens.lowerBound
            let word = text.tokens[first].text
            // At the start of the sentence or of a quotation: "\"No Coalition troops were injured".
            let opensQuote = first > 0 && ["\"", "“"].contains(text.tokens[first - 1].text)
            let isConnective =
                (Self.connectives.contains(word) || Self.quantifiers.contains(word))
                && (text.sentenceTokens[text.tokens[first].sentence].lowerBound == first || opensQuote)
            // Equipment keeps its modifiers: "anti-tank missiles".
            guard isConnective || candidates[index].type != .equipment && Self.isCompoundAdjective(word) else {
                continue
            }
            let tokens = first + 1..<candidates[index].tokens.upperBound
            let start = text.tokens[tokens.lowerBound].start
            let end = candidates[index].mention.end
            candidates[index].tokens = tokens
            candidates[index].mention = Mention(
                text: text.slice(start, end), start: start, end: end, sentence: candidates[index].mention.sentence)
            if candidates[index].name.hasPrefix(word + " ") {
                candidates[index].name = String(candidates[index].name.dropFirst(word.count + 1))
            }
        }
    }

    /// "Muslim-majority", "Kurdish-led", "rebel-held": a hyphenated word ending in a lowercase part describes the
    /// name after it and is no part of it ("Muslim-majority Mindanao").
    private static func isCompoundAdjective(_ word: String) -> Bool {
        guard let hyphen = word.unicodeScalars.lastIndex(of: "-") else { return false }
        let tail = word.unicodeScalars[word.unicodeScalars.index(after: hyphen)...]
        return tail.count >= 2 && tail.allSatisfy { $0.properties.isLowercase }
    }

    /// Quantifiers and numbers that start sentences: "Seven Iraqis", "Only Sheriat".
    private static let quantifiers: Set<String> = [
        "Only", "Just", "Even", "Every", "All", "Most", "Few", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
        "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Thousands", "Millions", "Another", "Other", "Each", "Any",
    ]

    /// Roles are dropped, names retyped by their last word ("Air Force" is an organization), and an organization cut
    /// before "of" joins the name after it ("Ministry" "of" "Foreign Affairs").
    private func applyNameForms(_ candidates: inout [EntityCandidate], _ countryWords: CountryWords) {
        var index = 0
        while index + 1 < candidates.count {
            let head = candidates[index]
            let next = candidates[index + 1]
            if head.type != .equipment, next.type != .equipment, head.tokens.upperBound + 1 == next.tokens.lowerBound,
                head.mention.sentence == next.mention.sentence,
                NameForms.continues(
                    text.tokens[head.tokens.upperBound - 1].text, with: text.tokens[head.tokens.upperBound].text)
            {
                var joined = head
                joined.type = .organization
                joined.tokens = head.tokens.lowerBound..<next.tokens.upperBound
                joined.mention = Mention(
                    text: text.slice(head.mention.start, next.mention.end), start: head.mention.start,
                    end: next.mention.end, sentence: head.mention.sentence)
                joined.name = head.name + text.slice(head.mention.end, next.mention.end)
                candidates[index] = joined
                candidates.remove(at: index + 1)
                continue
            }
            index += 1
        }
        splitFacilitiesFromTheirPlaces(&candidates)
        readNamesByTheWordsAround(&candidates)
        // Only the last word is read, and only it is lowercased: this runs for every name of the article.
        // "House of Representatives" names a body: a role's word after "of" is its members, not a role.
        candidates.removeAll { candidate in
            let end = candidate.tokens.upperBound
            return candidate.type != .equipment && NameForms.isRole(last: text.tokens[end - 1].text)
                && (candidate.tokens.count < 3 || text.tokens[end - 2].text != "of")
                || candidate.type == .person && isHeadlinePhrase(candidate)
                || candidate.tokens.count >= 3 && candidate.type != .equipment
                    && NameForms.headBeforeOf(text.tokens[candidate.tokens].map(\.text)[...]).isRole
        }
        for index in candidates.indices where candidates[index].type != .equipment {
            let tokens = candidates[index].tokens
            let last = text.tokens[tokens.upperBound - 1].text
            if let type = NameForms.type(last: last, count: tokens.count, tagged: candidates[index].type) {
                candidates[index].type = type
            } else if candidates[index].type == .organization || candidates[index].type == .person,
                NameForms.isMarketIndex(text.tokens[tokens].map(\.text)[...])
            {
                candidates[index].type = .misc
                candidates[index].country = nil
            } else if tokens.count >= 2,
                candidates[index].type == .person && Self.storms.contains(text.tokens[tokens.lowerBound].text)
                    || text.tokens[tokens.lowerBound].text == "Operation"
            {
                // "Hurricane Maria", "Typhoon Haiyan", "Operation Condor": a storm's or an operation's name, misc.
                candidates[index].type = .misc
                candidates[index].country = nil
            } else if candidates[index].type == .person, tokens.count >= 2,
                let country = countryWords.mention(startingAt: tokens.lowerBound), country.end < tokens.upperBound,
                countryWords.isExactly(tokens.lowerBound..<country.end)
            {
                // "as quoted by Greek Reporter": no person's name opens with a country's word.
                candidates[index].type = .organization
            } else if tokens.count >= 3, NameForms.headBeforeOf(text.tokens[tokens].map(\.text)[...]).isBody {
                candidates[index].type = .organization
            } else if candidates[index].type == .person || candidates[index].type == .location, tokens.count >= 2,
                lists.matches(in: text.tokens[tokens].map(\.text)).contains(where: {
                    $0.category == .organization && $0.start == 0 && $0.end < tokens.count
                })
            {
                // "Ford Falcon", "Lockheed Tristar": a listed company and a model, read as a person or a place, is
                // its product.
                candidates[index].type = .misc
                candidates[index].country = nil
            } else if candidates[index].type == .person, tokens.count >= 2,
                lists.matches(in: text.tokens[tokens].map(\.text)).contains(where: {
                    $0.category == .organization || $0.category == .media
                })
            {
                // "Kataeb Hezbollah": a person's name holds no organization's.
                candidates[index].type = .organization
            }
        }
    }

    /// "Richard J. Donovan Correctional Facility in San Diego County": a building's name and the place it lies in,
    /// read as one name, are two.
    private func splitFacilitiesFromTheirPlaces(_ candidates: inout [EntityCandidate]) {
        var index = 0
        while index < candidates.count {
            let candidate = candidates[index]
            index += 1
            guard candidate.type != .equipment, candidate.tokens.count >= 4,
                let inWord = candidate.tokens.dropFirst(2).dropLast().first(where: { text.tokens[$0].text == "in" }),
                NameForms.type(last: text.tokens[inWord - 1].text, count: 2, tagged: .organization) == .location,
                text.tokens[inWord + 1].text.unicodeScalars.first?.isUppercaseLetter == true
            else { continue }
            var building = candidate
            building.type = .location
            building.tokens = candidate.tokens.lowerBound..<inWord
            building.country = nil
            var place = building
            place.tokens = inWord + 1..<candidate.tokens.upperBound
            for part in [0, 1] {
                let tokens = part == 0 ? building.tokens : place.tokens
                let start = text.tokens[tokens.lowerBound].start
                let end = text.tokens[tokens.upperBound - 1].end
                let mention = Mention(
                    text: text.slice(start, end), start: start, end: end, sentence: candidate.mention.sentence)
                if part == 0 {
                    building.mention = mention
                    building.name = mention.text
                } else {
                    place.mention = mention
                    place.name = mention.text
                }
            }
            candidates[index - 1] = building
            candidates.insert(place, at: index)
            index += 1
        }
    }

    /// "MV Professor Albrecht Penck" names a ship, "Channel 4" a broadcaster, and "Richard J. Donovan" before
    /// "Correctional Facility" a building: no people.
    private func readNamesByTheWordsAround(_ candidates: inout [EntityCandidate]) {
        // "at Donovan" after "Richard J. Donovan Correctional Facility": the building, by its namesake's surname.
        var buildings: [String: Int] = [:]
        for index in candidates.indices where candidates[index].type == .person {
            let tokens = candidates[index].tokens
            let sentence = text.sentenceTokens[text.tokens[tokens.lowerBound].sentence]
            // Past a title: "MV Professor Albrecht Penck".
            var before = tokens.lowerBound - 1
            if before > sentence.lowerBound, PersonTitles.isTitle(text.tokens[before].text) { before -= 1 }
            if before >= sentence.lowerBound, Self.shipPrefixes.contains(text.tokens[before].text) {
                candidates[index].type = .misc
                continue
            }
            let end = tokens.upperBound
            if tokens.count == 1, text.tokens[tokens.lowerBound].text == "Channel", sentence.contains(end),
                text.tokens[end].text.allSatisfy(\.isNumber)
            {
                extend(&candidates[index], to: end + 1, as: .organization)
                continue
            }
            // Up to three capitalized words after the name, the last a building's: "... Correctional Facility".
            var last = end
            while last < min(end + 3, sentence.upperBound),
                text.tokens[last].text.unicodeScalars.first?.isUppercaseLetter == true
            {
                last += 1
                if NameForms.type(last: text.tokens[last - 1].text, count: 2, tagged: .organization) == .location {
                    buildings[text.tokens[end - 1].text] = index
                    extend(&candidates[index], to: last, as: .location)
                    break
                }
            }
        }
        guard !buildings.isEmpty else { return }
        for index in candidates.indices
        where candidates[index].tokens.count == 1 && candidates[index].type != .equipment {
            guard let building = buildings[candidates[index].mention.text] else { continue }
            candidates[index].type = .location
            candidates[index].name = candidates[building].name
            candidates[index].country = nil
        }
    }

    /// Words before a ship's name: "MV Alan Kurdi", "HMS Queen Elizabeth".
    private static let shipPrefixes: Set<String> = ["MV", "MS", "HMS", "USS", "RMS", "SS", "HMAS", "INS", "RFS"]

    private func extend(_ candidate: inout EntityCandidate, to end: Int, as type: EntityType) {
        let stop = text.tokens[end - 1].end
        candidate.tokens = candidate.tokens.lowerBound..<end
        candidate.mention = Mention(
            text: text.slice(candidate.mention.start, stop), start: candidate.mention.start, end: stop,
            sentence: candidate.mention.sentence)
        candidate.name = candidate.mention.text
        candidate.type = type
        candidate.country = nil
    }

    /// "Falcon" after "Ford Falcon": the last word of a maker's model, alone, is that model.
    private func joinModelNames(_ candidates: inout [EntityCandidate]) {
        var models: [String: Int] = [:]
        for (index, candidate) in candidates.enumerated() where candidate.type == .misc && candidate.tokens.count == 2 {
            let maker = text.tokens[candidate.tokens.lowerBound].text
            guard lists.matches(in: [maker]).contains(where: { $0.category == .organization }) else { continue }
            models[text.tokens[candidate.tokens.upperBound - 1].text] = index
        }
        guard !models.isEmpty else { return }
        for index in candidates.indices where candidates[index].tokens.count == 1 {
            guard candidates[index].type != .equipment, let model = models[candidates[index].mention.text] else {
                continue
            }
            candidates[index].type = .misc
            candidates[index].name = candidates[model].name
            candidates[index].country = nil
        }
    }

    /// Words before a storm's name: "Hurricane Maria", "Tropical Storm Humberto".
    private static let storms: Set<String> = ["Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Tornado"]

    /// "More Air Defence For Kyiv" read as a person in a Title Case headline: no person's name holds "For", "Of"
    /// or "The".
    private func isHeadlinePhrase(_ candidate: EntityCandidate) -> Bool {
        guard candidate.tokens.count >= 3,
            text.tokens[candidate.tokens].contains(where: { Self.capitalizedFunctionWords.contains($0.text) })
        else { return false }
        return EntityRecognizer.isTitleCase(text.tokens[text.sentenceTokens[candidate.mention.sentence]])
    }

    private static let capitalizedFunctionWords: Set<String> = [
        "For", "Of", "The", "And", "To", "In", "On", "At", "With", "From", "By", "As", "Over", "After",
    ]

    /// Sentence adverbs, connectives and determiners that start sentences with a capital and are never names,
    /// whatever case the rest of the article writes them in.
    static let connectives: Set<String> = [
        "Additionally", "Moreover", "Meanwhile", "However", "Furthermore", "Nevertheless", "Nonetheless", "Also",
        "Still", "Instead", "Otherwise", "Consequently", "Therefore", "Thus", "Hence", "Besides", "Likewise",
        "Similarly", "Indeed", "Overall", "Previously", "Earlier", "Later", "Currently", "Recently", "Finally",
        "Initially", "Eventually", "Ultimately", "Well", "Yes", "No", "Those", "These", "This", "That", "Multiple",
        "Several", "Many", "Some", "Both", "Such", "Although", "Though", "Whereas", "Despite", "Following",
        "According", "Separately", "Elsewhere", "Today", "Yesterday", "Tomorrow", "Tonight", "Now", "Then", "Here",
        "There", "Notably", "Specifically", "Importantly", "Interestingly", "Surprisingly", "Unfortunately",
        "Fortunately", "Clearly", "Obviously", "Apparently", "Reportedly", "Allegedly", "Officially", "Altogether",
        "Accordingly", "Alternatively", "Conversely", "Subsequently", "Afterwards", "Originally", "Traditionally",
        "Historically", "Personally", "Basically", "Essentially", "Generally", "Hopefully", "Sadly", "Thankfully",
        "Regardless", "Anyway", "Perhaps", "Maybe", "Certainly", "Surely", "Admittedly", "Undoubtedly", "Ironically",
        "As", "If", "When", "While", "Unlike", "Because", "Since", "Whether", "Which", "What", "Why", "How",
    ]

    /// A capitalized word (not an acronym) that the article writes in lower case mid-sentence and never capitalizes
    /// mid-sentence outside a Title Case line: its capital comes from where it stands. Listed names stay ("Nice").
    private func isCommonWord(_ word: String, lowercase: Set<String>, midCapitalized: Set<String>) -> Bool {
        let scalars = word.unicodeScalars
        guard let first = scalars.first, first.isUppercaseLetter,
            scalars.dropFirst().contains(where: { $0.properties.isLowercase })
        else { return false }
        let lower = word.lowercased()
        guard lowercase.contains(lower), !midCapitalized.contains(word) else { return false }
        return lists.matches(in: [word]).isEmpty
    }

    /// Of the one-word names among `candidates`, those the article writes in lower case mid-sentence (lowercased)
    /// and those it capitalizes standing alone mid-sentence in sentences that are not Title Case lines. A word after
    /// a colon, a quote or a parenthesis counts as sentence-initial. Only words as long as some name are hashed.
    private func wordCases(
        of candidates: [EntityCandidate]
    ) -> (lowercase: Set<String>, midCapitalized: Set<String>) {
        var names: Set<String> = []
        var lengths: UInt64 = 0
        for candidate in candidates where candidate.tokens.count == 1 && candidate.type != .equipment {
            let word = candidate.mention.text
            names.insert(word)
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
        }
        var lowercase: Set<String> = []
        var midCapitalized: Set<String> = []
        guard !names.isEmpty else { return (lowercase, midCapitalized) }
        let lowered = Set(names.map { $0.lowercased() })
        for range in text.sentenceTokens {
            var atStart = true
            for index in range {
                // Bytes first: this runs for every token of the article.
                let utf8 = text.tokens[index].text.utf8
                guard let byte = utf8.first else { continue }
                let isLetter = (65...90).contains(byte) || (97...122).contains(byte) || (byte >= 0xC3 && byte != 0xE2)
                guard isLetter else {
                    if utf8.count == 1 ? Self.openerBytes.contains(byte) : Self.isWideOpener(utf8) { atStart = true }
                    continue
                }
                defer { atStart = false }
                guard !atStart, lengths & (1 << UInt64(min(utf8.count, 63))) != 0 else { continue }
                let token = text.tokens[index]
                guard let first = token.text.unicodeScalars.first, first.isAlphabeticLetter else { continue }
                if first.properties.isLowercase {
                    if lowered.contains(token.text) { lowercase.insert(token.text) }
                } else if !isCapitalized(index - 1, in: range) && !isCapitalized(index + 1, in: range)
                    && names.contains(token.text) && !EntityRecognizer.isTitleCase(text.tokens[range])
                {
                    // Standing alone: "Force" of "Quds Force" is no evidence that "Force" alone is a name.
                    midCapitalized.insert(token.text)
                }
            }
        }
        return (lowercase, midCapitalized)
    }

    private func isCapitalized(_ index: Int, in range: Range<Int>) -> Bool {
        range.contains(index) && text.tokens[index].text.unicodeScalars.first?.isUppercaseLetter == true
    }

    /// One-byte tokens after which a capital is sentence-initial: `: " ( [ - '`.
    private static let openerBytes: Set<UInt8> = [58, 34, 40, 91, 45, 39]

    /// “ ‘ – —: E2 80 9C, 98, 93, 94 in UTF-8 (not ’, the apostrophe of "’s").
    private static func isWideOpener(_ utf8: String.UTF8View) -> Bool {
        guard utf8.count == 3, utf8.first == 0xE2, let last = utf8.last else { return false }
        return last == 0x9C || last == 0x98 || last == 0x93 || last == 0x94
    }

    /// A one-word name in a Title Case line (a headline) counts only when the body names it too, or the lists hold
    /// it; it then takes the body's type. Longer names are kept: "Richard Hannon" in a headline is a name by its
    /// form.
    private func dropUnconfirmedHeadlineNames(_ candidates: inout [EntityCandidate], _ titleCase: [Bool]) {
        guard titleCase.contains(true) else { return }
        var bodyTypes: [String: EntityType] = [:]
        for candidate in candidates where !titleCase[candidate.mention.sentence] {
            bodyTypes[EntityGrouper.normalized(candidate.name)] = candidate.type
        }
        let bodyNames = Array(bodyTypes.keys)
        candidates.removeAll { candidate in
            guard titleCase[candidate.mention.sentence], candidate.type != .equipment, candidate.tokens.count == 1
            else { return false }
            let name = EntityGrouper.normalized(candidate.name)
            if bodyTypes[name] != nil { return false }
            if bodyNames.contains(where: { Self.isWordPart(name, of: $0) || Self.isWordPart($0, of: name) }) {
                return false
            }
            let words = text.tokens[candidate.tokens].map(\.text)
            return !lists.matches(in: words).contains { $0.start == 0 && $0.end == words.count }
        }
        for index in candidates.indices where titleCase[candidates[index].mention.sentence] {
            if let type = bodyTypes[EntityGrouper.normalized(candidates[index].name)] {
                candidates[index].type = type
            }
        }
    }

    /// Whole words of `name` make `part`: "kirby" of "john kirby".
    static func isWordPart(_ part: String, of name: String) -> Bool {
        guard part.count < name.count else { return false }
        return name.hasPrefix(part + " ") || name.hasSuffix(" " + part) || name.contains(" " + part + " ")
    }

    /// "Mubarak", "Hosni" or "Chirac" alone, of any type, after (or before) the article named "Hosni Mubarak" or
    /// "Jacques Chirac": the same person, grouped under the full name ("Ford" after "Gerald Ford" too). Names the
    /// lists hold as places are left to them where the tagger read a place. "John Bolton" after "John R. Bolton" is
    /// the same person too.
    private func linkShortNames(_ candidates: inout [EntityCandidate], _ countryWords: CountryWords) {
        let people = candidates.indices.filter { candidates[$0].type == .person && candidates[$0].tokens.count >= 2 }
        guard !people.isEmpty else { return }
        // Earlier full names are looked up rather than compared one by one: by their first and last words, and by
        // all their words but the last (for a surname spelled another way).
        var firstOfEnds: [String: Int] = [:]
        var ofOtherWords: [String: [Int]] = [:]
        for later in people {
            let words = text.tokens[candidates[later].tokens].map(\.text)
            let ends = words[0] + " " + words[words.count - 1]
            let otherWords = words.dropLast().joined(separator: " ")
            // "Hamza bin Laden" and "Hamza bin Ladin": the same words but one letter of the surname.
            let respelled = ofOtherWords[otherWords]?.first {
                Self.differByOneLetter(text.tokens[candidates[$0].tokens.upperBound - 1].text, words[words.count - 1])
            }
            if let earlier = [firstOfEnds[ends], respelled].compactMap({ $0 }).min() {
                candidates[later].name = candidates[earlier].name
            }
            if firstOfEnds[ends] == nil { firstOfEnds[ends] = later }
            ofOtherWords[otherWords, default: []].append(later)
        }
        let peopleWords = people.map { person in text.tokens[candidates[person].tokens].map { Self.folded($0.text) } }
        var peopleOfWord: [String: [Int]] = [:]
        for (position, words) in peopleWords.enumerated() {
            for word in Set(words) { peopleOfWord[word, default: []].append(people[position]) }
        }
        for index in candidates.indices {
            let candidate = candidates[index]
            guard candidate.tokens.count == 1, candidate.type != .equipment else { continue }
            let word = candidate.mention.text
            guard word.unicodeScalars.count >= 3, word.unicodeScalars.first?.isUppercaseLetter == true else { continue }
            // "Erdogan" is the "Erdoğan" of the full name: letters compare without their accents.
            let folded = Self.folded(word)
            let full = peopleOfWord[folded] ?? []
            // The nearest full name before the mention, or else the first after it.
            guard let person = full.last(where: { $0 < index }) ?? full.first else { continue }
            // A listed place the tagger read as one stays one, unless it is the surname and nothing places it.
            if candidate.type == .location && isListedPlace(word) {
                let isSurname = text.tokens[candidates[person].tokens.upperBound - 1].text == word
                guard isSurname, !placeCues(candidate.tokens, countryWords).strong else { continue }
            }
            candidates[index].type = .person
            candidates[index].name = candidates[person].name
            candidates[index].country = nil
        }
    }

    /// Two spellings of one surname, one letter apart: "Laden" and "Ladin", "Soleimani" and "Soleymani".
    static func differByOneLetter(_ first: String, _ second: String) -> Bool {
        let a = Array(first.unicodeScalars)
        let b = Array(second.unicodeScalars)
        guard a.count == b.count, a.count >= 4, a.first == b.first else { return false }
        return zip(a, b).filter { $0 != $1 }.count == 1
    }

    /// `word` with the accents of Latin letters taken off: "Erdoğan" and "Erdogan", "Chávez" and "Chavez".
    static func folded(_ word: String) -> String {
        guard !word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { accents[$0] ?? $0 }))
    }

    private static let accents: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, Character)] = [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "A"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "C"), ("ďđ", "d"), ("ĎĐ", "D"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "E"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "G"), ("ìíîïĩīĭįı", "i"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ñńņňś", "n"), ("ÑŃŅŇ", "N"), ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "O"),
            ("ŕřšşșś", "s"), ("ŠŞȘŚ", "S"), ("ţțťŧ", "t"), ("ŢȚŤ", "T"), ("ùúûüũūŭůűų", "u"),
            ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ýÿ", "y"), ("ÝŸ", "Y"), ("źżž", "z"), ("ŹŻŽ", "Z"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, plain) in pairs {
            for letter in letters.unicodeScalars { table[letter] = plain.unicodeScalars.first! }
        }
        return table
    }()

    /// "Mahan" after or before "Mahan Air", "Saha" and "Saha Airlines": a one-word name that begins a longer
    /// organization or place of the article is that one, unless it is a listed place ("Washington" and "Washington
    /// Post") or the article gave it to a person.
    private func joinFirstWords(_ candidates: inout [EntityCandidate]) {
        var longer: [String: Int] = [:]
        for (index, candidate) in candidates.enumerated() where candidate.tokens.count >= 2 {
            guard candidate.type == .organization || candidate.type == .location else { continue }
            let first = text.tokens[candidate.tokens.lowerBound].text
            if longer[first] == nil { longer[first] = index }
        }
        guard !longer.isEmpty else { return }
        for index in candidates.indices where candidates[index].tokens.count == 1 {
            let candidate = candidates[index]
            guard candidate.type != .equipment, candidate.type != .misc, candidate.name == candidate.mention.text,
                let target = longer[candidate.mention.text], !isListedPlace(candidate.mention.text)
            else { continue }
            candidates[index].type = candidates[target].type
            candidates[index].name = candidates[target].name
            candidates[index].country = candidates[target].country
        }
    }

    /// A name tagged as a person that the article places like a place and never like a person: "in Maidan Shahr",
    /// "the island of Samos", "Otranto, Italy", "Crete and Cyprus"; a listed place needs only a weak cue ("on
    /// Crete"), or none where it opens a sentence ("Kharkiv was struck"). A title before it, or "said" after it,
    /// keeps it a person, and so does a full name it is part of.
    private func readPlacesTakenForPeople(_ candidates: inout [EntityCandidate], _ countryWords: CountryWords) {
        var verdicts: [String: (place: Int, person: Int, listed: Bool, country: String?, opensSentence: Bool)] = [:]
        for candidate in candidates where candidate.type == .person && candidate.name == candidate.mention.text {
            let name = candidate.name
            if verdicts[name] == nil {
                let words = text.tokens[candidate.tokens].map(\.text)
                let listing = lists.matches(in: words).first {
                    $0.start == 0 && $0.end == words.count && ($0.category == .city || $0.category == .region)
                }
                verdicts[name] = (0, 0, listing != nil, listing?.country, false)
            }
            // At the start of a sentence the tagger had no words before a name to go by.
            if text.sentenceTokens[candidate.mention.sentence].lowerBound == candidate.tokens.lowerBound {
                verdicts[name]!.opensSentence = true
            }
            let cues = placeCues(candidate.tokens, countryWords)
            verdicts[name]!.place += cues.strong ? 2 : cues.weak ? 1 : 0
            verdicts[name]!.person += cues.person ? 1 : 0
        }
        // A place the tagger read as one counts too, before "and" and a one-word name: "in Damietta and Idku".
        let taggedEnds = Set(candidates.filter { $0.type == .location }.map(\.tokens.upperBound))
        var placedEnds: Set<Int> = []
        for index in candidates.indices where candidates[index].type == .person {
            guard let verdict = verdicts[candidates[index].name], verdict.person == 0,
                verdict.place >= 2 || verdict.listed && (verdict.place >= 1 || verdict.opensSentence)
            else { continue }
            candidates[index].type = .location
            candidates[index].country = verdict.country
            placedEnds.insert(candidates[index].tokens.upperBound)
        }
        // "entered Tell Tamer and Ain Issa": the name joined to a place read so above is one too.
        for index in candidates.indices where candidates[index].type == .person {
            let start = candidates[index].tokens.lowerBound
            guard start >= 2, ["and", ","].contains(text.tokens[start - 1].text),
                verdicts[candidates[index].name]?.person == 0
            else { continue }
            let joinsTagged =
                taggedEnds.contains(start - 1) && text.tokens[start - 1].text == "and"
                && candidates[index].tokens.count == 1
            guard placedEnds.contains(start - 1) || joinsTagged else { continue }
            candidates[index].type = .location
        }
    }

    /// "the town of Yeoncheon", "the Eastern Mediterranean": a misc name after a noun of places and "of", or a
    /// misc or organization name that is a quarter of a listed place, is a location. Names whose form makes them
    /// something else ("Gaza War") stay.
    private func readPlacesByTheirNouns(_ candidates: inout [EntityCandidate]) {
        for index in candidates.indices {
            let candidate = candidates[index]
            guard candidate.type == .misc || candidate.type == .organization, candidate.tokens.count <= 3 else {
                continue
            }
            let tokens = candidate.tokens
            let sentence = text.sentenceTokens[text.tokens[tokens.lowerBound].sentence]
            func word(_ index: Int) -> String { sentence.contains(index) ? text.tokens[index].text : "" }
            // Only before "of": "the Kurdish city", "English county" are adjectives before their nouns.
            var isPlace =
                candidate.type == .misc && word(tokens.lowerBound - 1) == "of"
                && Self.placeNouns.contains(word(tokens.lowerBound - 2).lowercased())
            if !isPlace, tokens.count == 2, Self.quarters.contains(text.tokens[tokens.lowerBound].text) {
                isPlace = isListedPlace([text.tokens[tokens.lowerBound + 1].text])
            }
            let last = text.tokens[tokens.upperBound - 1].text
            guard isPlace, NameForms.type(last: last, count: tokens.count, tagged: candidate.type) == nil else {
                continue
            }
            candidates[index].type = .location
            candidates[index].country = nil
        }
    }

    /// "the Houthi movement", "the Democratic party": a misc name the article writes before "movement" or "party"
    /// in lower case names that group wherever it stands ("Houthi rebels"); one before "field" or "gas field" is a
    /// place ("the Aphrodite gas field").
    private func readGroupsByTheirNouns(_ candidates: inout [EntityCandidate]) {
        var groups: Set<String> = []
        var fields: Set<String> = []
        for candidate in candidates where candidate.tokens.count <= 2 && candidate.type != .equipment {
            let end = candidate.tokens.upperBound
            guard end < text.tokens.count, text.tokens[end].sentence == candidate.mention.sentence else { continue }
            let next = text.tokens[end].text
            // Not a faith's or a people's adjective: "the Moslem party", "a Hindu-nationalist party".
            if candidate.type == .misc, next == "movement" || next == "party", !candidate.name.contains("-"),
                NameForms.type(last: candidate.name, count: 1, tagged: .misc) == nil
            {
                groups.insert(candidate.name)
            } else if candidate.type != .person || candidate.tokens.count == 1 {
                let noun =
                    (next == "gas" || next == "oil") && end + 1 < text.tokens.count ? text.tokens[end + 1].text : next
                if noun == "field" || noun == "fields" || noun == "gasfield" || noun == "oilfield" {
                    fields.insert(candidate.name)
                }
            }
        }
        guard !groups.isEmpty || !fields.isEmpty else { return }
        for index in candidates.indices where candidates[index].type != .equipment {
            if groups.contains(candidates[index].name) && candidates[index].type == .misc {
                candidates[index].type = .organization
            } else if fields.contains(candidates[index].name) {
                candidates[index].type = .location
                candidates[index].country = nil
            }
        }
    }

    /// "Eastern Mediterranean", "Northern Syria": a quarter of a place ("East Stirling" and "West Hartlepool" may be
    /// teams).
    private static let quarters: Set<String> = ["Eastern", "Western", "Northern", "Southern", "Central"]

    /// A name tagged as an organization that the article places twice like a place, never after "in" alone
    /// ("the island of Samos", "near Samos"), is a location; one right after a role ("spokeswoman Sujata
    /// Raisinghani") is a person. Names the lists hold, or whose last word makes them an organization, stay.
    private func readOrganizationsByContext(_ candidates: inout [EntityCandidate], _ countryWords: CountryWords) {
        var places: [String: Int] = [:]
        // Names the lists or their form make organizations, and names that a title comes before or "said" after.
        var settled: Set<String> = []
        var spoken: Set<String> = []
        // "to Igoumenitsa, Greece", "and Southampton, UK's VT Group": a name and its country after a comma is a
        // place, where the lists hold it as one or no possessive makes the country the start of another name, and
        // its form says nothing else ("Christchurch District Court, New Zealand").
        var placedByCountry: Set<String> = []
        for candidate in candidates where candidate.type == .organization && candidate.name == candidate.mention.text {
            let tokens = candidate.tokens
            let words = text.tokens[tokens].map(\.text)
            if NameForms.type(last: words[words.count - 1], count: words.count, tagged: .organization) == nil,
                let possessive = countryAfterComma(tokens, countryWords), !possessive || isListedPlace(words),
                !lists.matches(in: words).contains(where: { $0.category == .organization || $0.category == .media })
            {
                placedByCountry.insert(candidate.name)
            }
            if settled.contains(candidate.name) || !lists.matches(in: words).isEmpty
                || NameForms.type(last: words[words.count - 1], count: words.count, tagged: .organization) != nil
            {
                settled.insert(candidate.name)
                continue
            }
            let before = tokens.lowerBound > 0 ? text.tokens[tokens.lowerBound - 1].text : ""
            if before == "in" || before == "In" { continue }
            let cues = placeCues(tokens, countryWords)
            if cues.person {
                spoken.insert(candidate.name)
            } else if cues.strong {
                places[candidate.name, default: 0] += 1
            }
        }
        for index in candidates.indices where candidates[index].type == .organization {
            let name = candidates[index].name
            if placedByCountry.contains(name) && !spoken.contains(name)
                || !settled.contains(name) && !spoken.contains(name) && places[name, default: 0] >= 2
            {
                candidates[index].type = .location
                candidates[index].country = nil
                continue
            }
            let tokens = candidates[index].tokens
            guard tokens.count >= 2, tokens.count <= 4, tokens.lowerBound > 0, !settled.contains(name) else { continue }
            let role = text.tokens[tokens.lowerBound - 1].text
            let last = text.tokens[tokens.upperBound - 1].text
            // "official" is as often an adjective: "the official Iraqi News Agency".
            guard role != "official", role != "officials", NameForms.isRole(last: role),
                role.unicodeScalars.first?.properties.isLowercase == true,
                NameForms.type(last: last, count: tokens.count, tagged: .organization) == nil
            else { continue }
            candidates[index].type = .person
            candidates[index].country = nil
        }
    }

    /// Whether a comma and a country's name (not a demonym) follow the name at `tokens`, and whether a possessive
    /// follows that country ("Southampton, UK's VT Group"); nil when they do not.
    private func countryAfterComma(_ tokens: Range<Int>, _ countryWords: CountryWords) -> Bool? {
        let all = text.tokens
        let sentence = text.sentenceTokens[all[tokens.lowerBound].sentence]
        guard sentence.contains(tokens.upperBound + 1), all[tokens.upperBound].text == ",",
            let country = countryWords.mention(startingAt: tokens.upperBound + 1),
            countryWords.isExactly(tokens.upperBound + 1..<country.end),
            all[tokens.upperBound + 1].text.unicodeScalars.first?.isUppercaseLetter == true
        else { return nil }
        guard sentence.contains(country.end) else { return false }
        let next = all[country.end].text
        if next.unicodeScalars.first?.isUppercaseLetter == true { return nil }
        return Token.possessiveMarkers.contains(next)
    }

    /// What the words around one mention say: a strong or weak cue of a place, or a cue of a person.
    private func placeCues(
        _ tokens: Range<Int>, _ countryWords: CountryWords
    ) -> (strong: Bool, weak: Bool, person: Bool) {
        let all = text.tokens
        let sentence = text.sentenceTokens[all[tokens.lowerBound].sentence]
        func word(_ index: Int) -> String? { sentence.contains(index) ? all[index].text : nil }
        let before = word(tokens.lowerBound - 1)
        let after = word(tokens.upperBound)
        if let before, PersonTitles.isTitle(before) { return (false, false, true) }
        let lower = before?.lowercased() ?? ""
        // "Bolton said", but not "residents of Tell Tamer said": the speaker is then someone else.
        if let after, Self.speechVerbs.contains(after), lower != "of", !Self.placePrepositions.contains(lower) {
            return (false, false, true)
        }
        if after.map(Token.possessiveMarkers.contains) == true { return (false, false, false) }
        var strong =
            Self.placePrepositions.contains(lower) || Self.placeNouns.contains(lower)
            || after.map { Self.placeNounsAfter.contains($0.lowercased()) } == true
        if lower == "of", let noun = word(tokens.lowerBound - 2), Self.placeNouns.contains(noun.lowercased()) {
            strong = true
        }
        // "Otranto, Italy"; "Crete and Cyprus": a country after it that is no demonym of a name ("and Israeli
        // President Ezer Weizman"). A country before "and" says nothing: "Buhari of Nigeria and Patrice Talon".
        if after == "," || after == "and", let country = countryWords.mention(startingAt: tokens.upperBound + 1),
            word(country.end)?.unicodeScalars.first?.isUppercaseLetter != true
        {
            strong = true
        }
        return (strong, Self.weakPlacePrepositions.contains(lower), false)
    }

    private static let placePrepositions: Set<String> = [
        "in", "near", "into", "outside", "inside", "across", "around", "entered",
    ]
    private static let weakPlacePrepositions: Set<String> = ["on", "at", "from", "to", "between", "via", "off"]
    private static let placeNouns: Set<String> = [
        "island", "city", "town", "village", "province", "region", "port", "capital", "district", "county",
        "islands", "provinces", "cities", "towns",
    ]
    /// Words after a place's name that make it one: "Maidan Wardak province", "Ain Issa district".
    private static let placeNounsAfter: Set<String> = [
        "province", "region", "district", "county", "governorate", "oblast", "prefecture", "island", "islands",
        "village", "city", "town", "municipality",
    ]
    private static let speechVerbs: Set<String> = [
        "said", "says", "told", "wrote", "added", "stated", "explained", "argued", "asked", "tweeted", "who",
    ]

    private func isListedPlace(_ word: String) -> Bool { isListedPlace([word]) }

    /// Whether the lists hold `words` as a place; a line of capitals ("MONTREAL") is looked up as a name too.
    private func isListedPlace(_ words: [String]) -> Bool {
        let isShouted = words.allSatisfy { !$0.unicodeScalars.contains { $0.properties.isLowercase } }
        let forms = isShouted ? [words, words.map { $0.prefix(1) + $0.dropFirst().lowercased() }] : [words]
        return forms.contains { form in
            lists.matches(in: form).contains {
                $0.start == 0 && $0.end == form.count
                    && ($0.category == .city || $0.category == .region || $0.category == .country)
            }
        }
    }

    /// One name, one type across the article: the type most of its mentions got, the first mention's on a tie.
    /// Names the lists hold as organizations or places count that way too. A listed place may stay apart as an
    /// organization: a city's team and a capital's government are the text's own metonymy.
    private func keepOneTypePerName(_ candidates: inout [EntityCandidate]) {
        var votes: [String: (counts: [Int], first: EntityType, words: Range<Int>)] = [:]
        for candidate in candidates where candidate.type != .equipment && candidate.abbreviates == nil {
            guard let slot = Self.votingTypes.firstIndex(of: candidate.type) else { continue }
            let name = EntityGrouper.normalized(candidate.name)
            votes[name, default: ([0, 0, 0, 0], candidate.type, candidate.tokens)].counts[slot] += 1
        }
        var winners: [String: EntityType] = [:]
        for (name, vote) in votes where vote.counts.filter({ $0 > 0 }).count > 1 {
            // A city that also names its team or its government ("Chicago beat Milwaukee", "Moscow said") is both,
            // as the text says; elsewhere organization and place are one reading too many ("Ford Australia").
            let words = text.tokens[vote.words].map(\.text)
            guard vote.counts[0] > 0 || vote.counts[3] > 0 || !isListedPlace(words) else { continue }
            var counts = vote.counts
            for match in lists.matches(in: words) where match.start == 0 && match.end == words.count {
                switch match.category {
                case .organization, .media: counts[1] += 2
                case .city, .region: counts[2] += 2
                default: break
                }
            }
            let best = counts.max() ?? 0
            let first = Self.votingTypes.firstIndex(of: vote.first)!
            winners[name] = Self.votingTypes[counts[first] == best ? first : counts.firstIndex(of: best)!]
        }
        guard !winners.isEmpty else { return }
        for index in candidates.indices where candidates[index].type != .equipment {
            guard let type = winners[EntityGrouper.normalized(candidates[index].name)] else { continue }
            if type != .organization && type != .location { candidates[index].country = nil }
            candidates[index].type = type
        }
    }

    private static let votingTypes: [EntityType] = [.person, .organization, .location, .misc]
}
