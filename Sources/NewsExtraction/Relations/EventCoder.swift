/// Finds, sentence by sentence, the countries that act on one another and types each act with the
/// 21 relation types: who did what to whom, asserted, intended, alleged or denied.
///
/// A rule-based coder over the tokens and the country mentions: a verb and nominalization lexicon
/// with inflections, the clause's subject to the left, the object or a preposition's phrase to the
/// right, the passive voice, coordination, and the words that negate, refuse, intend or report an act.
public struct EventCoder: Sendable {
    let lexicon: RelationLexicon
    let actors: ActorLexicon

    public init() {
        lexicon = .shared
        actors = .shared
    }

    /// The most relations one article gives; later sentences are not read for more. An agreement among n countries
    /// is n(n-1) relations, and real articles give a few dozen (42 at most in CoNLL-2003 valid, the Wikinews
    /// corpus and news-dev: seven signatories in one sentence); a text that lists dozens of countries acting on
    /// dozens in sentence after sentence would give millions, and hold gigabytes and the worker with them.
    public static let maximumRelations = 5000

    /// The relations between countries that `text` reports, in sentence order, at most `maximumRelations`.
    ///
    /// Countries come from `entities` of type country (and organizations with a country, unless an international
    /// organisation or a non-state group); people stand for the country they held office for on `date` (the
    /// article's date; nil: its dateline's, else their latest office); locations with a country stand for it where
    /// they are attacked, taken, visited or sent to (`Actor.canBeTarget`); equipment entities become the `items`
    /// of arms supplies.
    /// `explain`: each relation says why it was found (`Relation.explanation`).
    public func relations(
        in text: TokenizedText, entities: [Entity], date: CalendarDay? = nil, explain: Bool = false
    ) -> [Relation] {
        relations(in: text, entities: entities, date: date, explain: explain, log: nil)
    }

    /// `log`: the classifier's candidates go there, for training, and it adds nothing (`classify`).
    func relations(
        in text: TokenizedText, entities: [Entity], date: CalendarDay?, explain: Bool, log: RelationCandidateLog?
    ) -> [Relation] {
        // GUIDE: athletes and teams are no actors; "they will meet Liberia" in a sports report is a fixture.
        if isSportsReport(text) { return [] }
        var mentions: [[(Range<Int>, Actor.Kind, String)]] = Array(repeating: [], count: text.sentences.count)
        var equipment: [[(Range<Int>, String)]] = Array(repeating: [], count: text.sentences.count)
        var namesPerson = [Bool](repeating: false, count: text.sentences.count)
        // Every person named, in office or not, with the country they act for: "he" is the subject among them.
        var people: [[(start: Int, codes: [String])]] = Array(repeating: [], count: text.sentences.count)
        let date = date ?? CalendarDay.dateline(in: text.text)
        // "the UN", "NATO", "Hamas": never a country, whatever country the recognizer gave them; and the person
        // named right after one holds its office ("NATO Secretary General Jens Stoltenberg").
        var nonState = Set<String>()
        var nonStateEnds = Set<Int>()
        for entity in entities where entity.type == .organization && isNonState(entity, in: text) {
            nonState.insert(entity.id)
            for mention in entity.mentions {
                guard let tokens = tokenRange(in: text, mention.start, mention.end) else { continue }
                nonStateEnds.insert(tokens.upperBound)
            }
        }
        // Tokens of people the actor lexicon has decided on, in office or not: not to be read again by a shorter name.
        var decided = Set<Int>()
        let countries = countrySpans(in: text, entities: entities)
        for entity in entities where !nonState.contains(entity.id) {
            var code = entity.codes?.iso3 ?? entity.country
            var isKnownPerson = false
            if entity.type == .person {
                (isKnownPerson, code) = personCountry(entity, in: text, on: date)
                // The text's own introduction holds where the lexicon has no office for the day ("Hong Kong
                // Financial Secretary Donald Tsang" in 1996, years before the office the lexicon lists).
                if code == nil { code = introducedCountry(of: entity, in: text, countries) }
            }
            for mention in entity.mentions where mention.sentence < text.sentences.count {
                guard let tokens = tokenRange(in: text, mention.start, mention.end) else { continue }
                if isKnownPerson { decided.formUnion(tokens) }
                if entity.type == .person {
                    // Named right after an international body, they hold its office: nobody's, even for "he".
                    let isInternational = holdsOffice(in: text, before: tokens.lowerBound, nonStateEnds)
                    people[mention.sentence].append((tokens.lowerBound, isInternational ? [] : code.map { [$0] } ?? []))
                    if isInternational { continue }
                }
                switch entity.type {
                case .country:
                    if let code { mentions[mention.sentence].append((tokens, .country(mention.kind), code)) }
                case .organization:
                    if let code { mentions[mention.sentence].append((tokens, .country(.government), code)) }
                case .person:
                    if let code {
                        mentions[mention.sentence].append((tokens, .leader, code))
                        namesPerson[mention.sentence] = true
                    }
                case .location:
                    if let code { mentions[mention.sentence].append((tokens, .territory, code)) }
                case .equipment:
                    equipment[mention.sentence].append((tokens, entity.id))
                default: break
                }
            }
        }
        addPeopleTheRecognizerMissed(
            in: text, nonState: nonStateEnds, decided: decided, on: date, to: &mentions, &namesPerson)
        for (sentence, found) in mentions.enumerated() {
            for (tokens, kind, code) in found where !people[sentence].contains(where: { $0.start == tokens.lowerBound })
            {
                if case .leader = kind { people[sentence].append((tokens.lowerBound, [code])) }
            }
            people[sentence].sort { $0.start < $1.start }
        }
        var relations: [Relation] = []
        let grammar = ArticleGrammar(text)
        // The subject person of the last sentence that names one, up to two sentences back, for "he" and "she".
        var lastPerson: (codes: [String], sentence: Int) = ([], -3)
        var previousSubject: [String] = []
        var previousSources: [String] = []
        var previousPair: [String] = []
        // The last subject of several countries, for "they" three sentences on: "Egypt, France, Greece and Cyprus
        // met in Cairo. ... They called on Turkey to ...".
        var previousGroup: (codes: [String], sentence: Int) = ([], 0)
        for index in text.sentences.indices where relations.count < Self.maximumRelations {
            // Most sentences name no country: nothing can happen in them. A place alone is only acted on, so it
            // needs a pronoun to act on it ("It shelled Kharkiv").
            let namesCountry = mentions[index].contains { !$0.1.isTerritory }
            let previousPerson = index - lastPerson.sentence <= 2 ? lastPerson.codes : []
            let countryTokens = Set(mentions[index].filter { !$0.1.isTerritory }.flatMap { $0.0 })
            let subjectPerson = people[index].first { person in
                lexicon.isSubjectPosition(
                    before: (text.sentenceTokens[index].lowerBound..<person.start).reversed().lazy.map {
                        countryTokens.contains($0) ? "" : text.tokens[$0].text.lowercased()
                    })
            }
            if let person = subjectPerson ?? people[index].first { lastPerson = (person.codes, index) }
            guard
                namesCountry || (!mentions[index].isEmpty && namesPronoun(text, index)) || namesPerson[index]
                    || ((!previousPair.isEmpty || index - previousGroup.sentence <= 3) && namesPair(text, index))
                    || (index - previousGroup.sentence <= 2 && namesThey(text, index))
            else {
                previousSources = []
                continue
            }
            var reader = SentenceReader(
                lexicon: lexicon, text: text, sentenceIndex: index, mentions: mentions[index],
                equipment: equipment[index], previousSubject: previousSubject, previousSources: previousSources,
                previousPair: previousPair,
                previousGroup: index - previousGroup.sentence <= 3 ? previousGroup.codes : [],
                people: people[index].map { ($0.start - text.sentenceTokens[index].lowerBound, $0.codes) },
                previousPerson: previousPerson)
            reader.explains = explain
            if reader.wantsTree {
                let words = grammar.words(in: index)
                reader.tree = SentenceTree(parse: grammar.tree(of: index), tokens: words.map { $0.token - reader.base })
            }
            let (found, subject) = reader.relations()
            if let pair = reader.namedPair { previousPair = pair }
            relations += classify(
                unique(found), in: text, sentence: index, mentions: mentions[index], grammar: grammar,
                explain: explain, log: log)
            if !subject.isEmpty { previousSubject = subject }
            if subject.count > 1 { previousGroup = (subject, index) }
            previousSources = found.map(\.source)
        }
        return Array(relations.prefix(Self.maximumRelations))
    }

    /// Sports words and scores ("2-1", worth two) make one token in 50 or more, and at least four: a sports report,
    /// whose countries are teams.
    /// Measured on the sports reports of news-dev and every set with relations, none of which comes near.
    private func isSportsReport(_ text: TokenizedText) -> Bool {
        var cues = 0
        for token in text.tokens {
            guard let first = token.text.unicodeScalars.first else { continue }
            if first.properties.isAlphabetic {
                if token.text.utf8.count >= 3, lexicon.isWord(token.text.lowercased(), .sport) { cues += 1 }
            } else if ("0"..."9").contains(first), isScore(token.text) {
                cues += 2
            }
        }
        return cues >= 4 && cues * 50 >= text.tokens.count
    }

    /// "2-1", "6-3": one to three digits each side of a hyphen.
    private func isScore(_ word: String) -> Bool {
        let parts = word.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return parts.count == 2
            && parts.allSatisfy { part in
                (1...3).contains(part.count) && part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            }
    }

    /// "The two leaders signed ...", "The foreign ministers agreed ...": the sentence may go on about the pair or
    /// the group named before.
    private func namesPair(_ text: TokenizedText, _ sentence: Int) -> Bool {
        text.tokens[text.sentenceTokens[sentence]].contains {
            let word = $0.text.lowercased()
            return word == "two" || word == "both" || SentenceReader.pairNouns.contains(word)
        }
    }

    /// "They agreed to ...": the group of the sentences before may act again.
    private func namesThey(_ text: TokenizedText, _ sentence: Int) -> Bool {
        text.tokens[text.sentenceTokens[sentence]].contains { $0.text.lowercased() == "they" }
    }

    private func namesPronoun(_ text: TokenizedText, _ sentence: Int) -> Bool {
        text.tokens[text.sentenceTokens[sentence]].contains { lexicon.isWord($0.text.lowercased(), .pronoun) }
    }

    /// Whether the actor lexicon knows the person, and the country they act for on `date`: by their full name, else
    /// by the name of a mention ("Yeltsin"). A full name the lexicon knows decides: a former official is nobody's,
    /// whatever their surname matches.
    private func personCountry(_ entity: Entity, in text: TokenizedText, on date: CalendarDay?) -> (Bool, String?) {
        if actors.knowsPerson(entity.name) { return (true, actors.country(ofPerson: entity.name, on: date)) }
        for mention in entity.mentions {
            let name = text.slice(mention.start, mention.end)
            if actors.knowsPerson(name) { return (true, actors.country(ofPerson: name, on: date)) }
        }
        return (false, nil)
    }

    /// Each country mention by its first token and by the token after it (its possessive included: "Croatian",
    /// "Japan 's"), with its code.
    private struct CountrySpans {
        var byEnd: [Int: (start: Int, code: String)] = [:]
        var byStart: [Int: (end: Int, code: String)] = [:]
    }

    private func countrySpans(in text: TokenizedText, entities: [Entity]) -> CountrySpans {
        var spans = CountrySpans()
        for entity in entities where entity.type == .country {
            guard let code = entity.codes?.iso3 ?? entity.country else { continue }
            for mention in entity.mentions {
                guard let tokens = tokenRange(in: text, mention.start, mention.end) else { continue }
                var end = tokens.upperBound
                spans.byEnd[end] = (tokens.lowerBound, code)
                if end < text.tokens.count, ["'s", "’s"].contains(text.tokens[end].text) {
                    end += 1
                    spans.byEnd[end] = (tokens.lowerBound, code)
                }
                spans.byStart[tokens.lowerBound] = (end, code)
            }
        }
        return spans
    }

    /// Words of an office a country's name or adjective introduces: "Croatian Foreign Minister", "Japan's Prime
    /// Minister", "U.S. envoy", "German intelligence co-ordinator".
    static let officeHeads: Set<String> = [
        "president", "chancellor", "minister", "premier", "secretary", "king", "queen", "prince", "emperor", "sultan",
        "emir", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "negotiator", "official",
        "diplomat", "delegate", "coordinator", "co-ordinator", "leader", "ruler", "general", "admiral", "commander",
        "chief", "representative", "head", "pm",
    ]
    private static let officeModifiers: Set<String> = [
        "prime", "vice", "deputy", "acting", "crown", "foreign", "defence", "defense", "interior", "finance", "trade",
        "economy", "energy", "home", "justice", "health", "security", "national", "army", "navy", "military",
        "financial", "economic", "agriculture", "industry", "commerce", "transport", "labour", "labor", "attorney",
        "intelligence", "state", "of", "top", "senior", "affairs", "special", "assistant", "under", "chief",
    ]

    /// The country a person the actor lexicon does not know was introduced for: "Croatian Foreign Minister Mate
    /// Granic" and "Malcolm Rifkind, the British foreign secretary," act for their country, as "Granic" does later
    /// in the article. A former official or an opposition figure acts for nobody (GUIDE: optional at most).
    private func introducedCountry(of entity: Entity, in text: TokenizedText, _ countries: CountrySpans) -> String? {
        func word(_ index: Int) -> String { text.tokens[index].text.lowercased().trimmingCharacters(in: ["."]) }
        for mention in entity.mentions {
            guard let tokens = tokenRange(in: text, mention.start, mention.end) else { continue }
            // Before the name: "Croatian Foreign Minister", "Japan's prime minister".
            var cursor = tokens.lowerBound
            var hasHead = false
            while cursor > 0, tokens.lowerBound - cursor < 5 {
                let word = word(cursor - 1)
                if Self.officeHeads.contains(word) {
                    hasHead = true
                } else if !Self.officeModifiers.contains(word) {
                    break
                }
                cursor -= 1
            }
            if hasHead, let country = countries.byEnd[cursor], !isFormer(before: country.start, in: text) {
                return country.code
            }
            // An office set off before it: "the U.S. State Department's coordinator for counter terrorism, Philip
            // Wilcox,".
            // The office's last word is no name ("Prime Minister Jacinda Ardern, Brenton ..." introduces nobody).
            if tokens.lowerBound >= 3, text.tokens[tokens.lowerBound - 1].text == ",",
                let last = text.tokens[tokens.lowerBound - 2].text.first,
                last.isLowercase || Self.officeHeads.contains(word(tokens.lowerBound - 2))
            {
                var cursor = tokens.lowerBound - 1
                var hasHead = false
                while cursor > 0, tokens.lowerBound - cursor < 10, text.tokens[cursor - 1].text != "," {
                    hasHead = hasHead || Self.officeHeads.contains(word(cursor - 1))
                    cursor -= 1
                    if hasHead, let country = countries.byEnd[cursor], !isFormer(before: country.start, in: text) {
                        return country.code
                    }
                }
            }
            // After it, set off by a comma: ", the British foreign secretary,".
            var next = tokens.upperBound
            guard next + 2 < text.tokens.count, text.tokens[next].text == "," else { continue }
            next += 1
            if ["the", "a"].contains(word(next)) { next += 1 }
            if let country = countries.byStart[next] {
                var end = country.end
                while end < min(text.tokens.count, country.end + 4), Self.officeModifiers.contains(word(end)) {
                    end += 1
                }
                if end < text.tokens.count, Self.officeHeads.contains(word(end)) { return country.code }
                continue
            }
            // ", head of Iran's Quds Force,", ", foreign minister of Japan,", ", chief of the Pakistani army,".
            var end = next
            var holdsOffice = false
            while end < min(text.tokens.count - 2, next + 4), word(end) != "of",
                Self.officeHeads.contains(word(end)) || Self.officeModifiers.contains(word(end))
            {
                holdsOffice = holdsOffice || Self.officeHeads.contains(word(end))
                end += 1
            }
            guard holdsOffice, word(end) == "of" else { continue }
            end += 1
            if word(end) == "the" { end += 1 }
            if let country = countries.byStart[end] { return country.code }
        }
        return nil
    }

    private func isFormer(before start: Int, in text: TokenizedText) -> Bool {
        start > 0 && ["former", "ex", "late", "opposition"].contains(text.tokens[start - 1].text.lowercased())
    }

    /// People in office where no actor stands ("Pompeo condemned Iran" with no person found): their names of two or
    /// more words, and the one-word names the actor lexicon scans for, unless the relation lexicon knows the word
    /// ("May" is a modal before it is a prime minister).
    private func addPeopleTheRecognizerMissed(
        in text: TokenizedText, nonState: Set<Int>, decided: Set<Int>, on date: CalendarDay?,
        to mentions: inout [[(Range<Int>, Actor.Kind, String)]], _ namesPerson: inout [Bool]
    ) {
        // Only where no actor stands: the recognizer may have taken a name for part of something else ("Biden, Xi
        // Agree To ..." gives an organization "Xi Agree").
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for token in decided { covered[token] = true }
        for sentence in mentions {
            for (tokens, _, _) in sentence {
                for token in tokens { covered[token] = true }
            }
        }
        for (sentence, range) in text.sentenceTokens.enumerated() {
            var index = range.lowerBound
            while index < range.upperBound {
                let token = text.tokens[index]
                guard !covered[index], token.text.unicodeScalars.first?.isUppercaseLetter == true,
                    !holdsOffice(in: text, before: index, nonState)
                else {
                    index += 1
                    continue
                }
                let first = token.text.lowercased()
                guard actors.startsName(first) else {
                    index += 1
                    continue
                }
                let window = index..<min(range.upperBound, index + actors.longestName)
                let words = [first] + window.dropFirst().map { text.tokens[$0].text.lowercased() }
                var matched = actors.nameLength(at: words[...])
                if matched == 1, isWord(words[0]) { matched = 0 }
                let tokens = index..<index + max(matched, 1)
                if matched > 0, !tokens.contains(where: { covered[$0] }),
                    let code = actors.country(ofPerson: words.prefix(matched).joined(separator: " "), on: date)
                {
                    mentions[sentence].append((tokens, .leader, code))
                    namesPerson[sentence] = true
                }
                index += max(matched, 1)
            }
        }
    }

    /// "NATO Secretary General Jens Stoltenberg", "UN chief Antonio Guterres": a person whose title follows an
    /// international organisation's name holds that office.
    private func holdsOffice(in text: TokenizedText, before start: Int, _ nonStateEnds: Set<Int>) -> Bool {
        var cursor = start
        while cursor > 0, start - cursor < 4 {
            if nonStateEnds.contains(cursor) { return true }
            let word = text.tokens[cursor - 1].text
            guard word.unicodeScalars.first?.isUppercaseLetter == true || lexicon.isWord(word, .agentive) else {
                return false
            }
            cursor -= 1
        }
        return nonStateEnds.contains(cursor)
    }

    private func isWord(_ word: String) -> Bool {
        let info = lexicon.info(word)
        return info.classes != 0 || info.verbForm != nil || !info.nounTriggers.isEmpty
    }

    private func isNonState(_ entity: Entity, in text: TokenizedText) -> Bool {
        actors.isNonState(entity.name)
            || entity.mentions.contains { actors.isNonState(text.slice($0.start, $0.end)) }
    }

    /// One relation per (source, target, type) in a sentence: the most confident.
    private func unique(_ relations: [Relation]) -> [Relation] {
        var result: [Relation] = []
        for relation in relations {
            if let same = result.firstIndex(where: {
                $0.source == relation.source && $0.target == relation.target && $0.type == relation.type
            }) {
                if relation.confidence > result[same].confidence { result[same] = relation }
            } else {
                result.append(relation)
            }
        }
        return result
    }

    /// The tokens that a span of scalars covers.
    private func tokenRange(in text: TokenizedText, _ start: Int, _ end: Int) -> Range<Int>? {
        var low = 0
        var high = text.tokens.count
        while low < high {
            let middle = (low + high) / 2
            if text.tokens[middle].end <= start { low = middle + 1 } else { high = middle }
        }
        var upper = low
        while upper < text.tokens.count, text.tokens[upper].start < end { upper += 1 }
        return low < upper ? low..<upper : nil
    }
}
