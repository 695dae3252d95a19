/// One sentence seen by the event coder: its words, lowercased, and the countries that stand in it.
struct SentenceReader {
    let lexicon: RelationLexicon
    let text: TokenizedText
    let sentence: Sentence
    /// Index of the sentence's first token in `text.tokens`.
    let base: Int
    let words: [String]
    /// What the lexicon knows about each word.
    let infos: [WordInfo]
    /// Starts with a capital that says something: in a headline ("Israel Strikes Iran", "RUSSIA INVADES
    /// UKRAINE") the words the lexicon knows are taken as lowercase.
    let isCapitalized: [Bool]
    /// Four in five longer words start with a capital: a headline.
    let isHeadline: Bool
    var actors: [Actor] = []
    /// Local token -> index in `actors` of the phrase that covers it, or -1.
    var actorAt: [Int]
    /// Local token -> id of the equipment entity that covers it.
    let equipmentAt: [String?]
    /// The subject of the sentence before, for "it" and "they" with nothing to refer to here.
    let previousSubject: [String]
    /// The actors of the events of the sentence before, for "it" as the thing an actor reacts to.
    let previousSources: [String]
    /// The two countries last named together, for "the two countries" and "both leaders".
    let previousPair: [String]
    /// The countries of the last subject of several, a few sentences back at most, for "they".
    let previousGroup: [String]
    /// The people named here (local first token) with the country each acts for, if any, for "he" and "she".
    let people: [(start: Int, codes: [String])]
    /// The country of the subject person of the two sentences before, if they act for one.
    let previousPerson: [String]
    /// The sentence's dependency tree, where it can hold a relation (`wantsTree`).
    var tree: SentenceTree?
    /// Whether each relation says why it was found.
    var explains = false

    var count: Int { words.count }

    init(
        lexicon: RelationLexicon, text: TokenizedText, sentenceIndex: Int, mentions: [(Range<Int>, Actor.Kind, String)],
        equipment: [(Range<Int>, String)], previousSubject: [String], previousSources: [String],
        previousPair: [String], previousGroup: [String] = [], people: [(start: Int, codes: [String])] = [],
        previousPerson: [String] = []
    ) {
        self.lexicon = lexicon
        self.text = text
        sentence = text.sentences[sentenceIndex]
        let range = text.sentenceTokens[sentenceIndex]
        base = range.lowerBound
        let words = text.tokens[range].map { $0.text.lowercased() }
        let infos = words.map(lexicon.info)
        self.words = words
        self.infos = infos
        let capitals = text.tokens[range].map { $0.text.unicodeScalars.first?.isUppercaseLetter ?? false }
        // Counted in one pass over scalars: grapheme counts and per-sentence arrays cost more than the rest of
        // the reading.
        var longWords = 0
        var capitalizedLongWords = 0
        for (word, capital) in zip(words, capitals) {
            guard word.unicodeScalars.count >= 4, word.unicodeScalars.first?.isAlphabeticLetter == true else {
                continue
            }
            longWords += 1
            if capital { capitalizedLongWords += 1 }
        }
        let isHeadline = longWords >= 3 && capitalizedLongWords * 5 >= longWords * 4
        self.isHeadline = isHeadline
        isCapitalized =
            isHeadline
            ? capitals.indices.map { index in
                let info = infos[index]
                return capitals[index] && info.classes == 0 && info.verbForm == nil && info.nounTriggers.isEmpty
            } : capitals
        actorAt = Array(repeating: -1, count: range.count)
        var equipmentAt = [String?](repeating: nil, count: range.count)
        for (tokens, id) in equipment {
            for index in tokens.clamped(to: range) { equipmentAt[index - base] = id }
        }
        self.equipmentAt = equipmentAt
        self.previousSubject = previousSubject
        self.previousSources = previousSources
        self.previousPair = previousPair
        self.previousGroup = previousGroup
        self.people = people
        self.previousPerson = previousPerson
        buildActors(mentions.map { ($0.0.lowerBound - base..<$0.0.upperBound - base, $0.1, $0.2) })
    }

    /// Two countries or more stand here and a word of the lexicon could relate them: worth a parse.
    var wantsTree: Bool {
        var codes = Set<String>()
        for actor in actors where !actor.isTerritory { codes.formUnion(actor.codes) }
        guard codes.count >= 2 else { return false }
        // A trigger the tree could use: a verb whose companions stand near it, or a noun with its next word; the
        // parts of a hyphenated word are the grammar's own words, so such a word may hold one too.
        return words.indices.contains { index in
            let info = infos[index]
            return mostSpecific(info.verbTriggers, at: index) != nil
                || info.nounTriggers.contains { $0.next == nil || $0.next == word(index + 1) }
                || (words[index].contains("-")
                    && words[index].split(separator: "-").contains { part in
                        let info = lexicon.info(String(part))
                        return !info.verbTriggers.isEmpty || !info.nounTriggers.isEmpty
                    })
        }
    }

    /// The most specific of a word's verb triggers whose companions all stand within six words of `index` ("impose"
    /// with "sanctions" near it), or, written "+on", right after it and before no name or date ("agreed on a
    /// border", not "agreed on Friday"), if any.
    func mostSpecific(_ entries: [(trigger: Trigger, form: VerbForm)], at index: Int) -> Trigger? {
        let window = max(0, index - 6)..<min(count, index + 7)
        return entries.filter { entry in
            entry.trigger.companions.allSatisfy { set in
                guard set.first?.hasPrefix("+") == true else { return window.contains { set.contains(words[$0]) } }
                return set.contains("+" + word(index + 1)) && index + 2 < count && !isCapitalized[index + 2]
            }
        }.max { $0.trigger.companions.count < $1.trigger.companions.count }?.trigger
    }

    // MARK: word classes

    func word(_ index: Int) -> String { index >= 0 && index < count ? words[index] : "" }

    func isWord(_ index: Int, _ wordClass: WordClass) -> Bool {
        index >= 0 && index < count && infos[index].has(wordClass)
    }

    func isPunctuation(_ index: Int) -> Bool {
        let word = word(index)
        guard let first = word.unicodeScalars.first else { return true }
        if word == "'s" || word == "’s" { return false }
        return !(first.isAlphabeticLetter || ("0"..."9").contains(first))
    }

    /// A word that is some form of a verb the lexicon knows, or has a verb's ending.
    func looksLikeVerb(_ index: Int) -> Bool {
        guard index >= 0 && index < count else { return false }
        let word = word(index)
        if infos[index].verbForm != nil || isWord(index, .intentModal) || isWord(index, .weakModal)
            || isWord(index, .obligation)
        {
            return !isWord(index, .agentive) || !infos[index].verbTriggers.isEmpty
        }
        return !isCapitalized[index] && (word.hasSuffix("ed") || word.hasSuffix("ing")) && word.count > 4
    }

    func isClauseBoundary(_ index: Int) -> Bool {
        isWord(index, .boundary)
    }

    func actor(at index: Int) -> Actor? {
        index >= 0 && index < count && actorAt[index] >= 0 ? actors[actorAt[index]] : nil
    }

    /// The token's span in the text, as a `Span`.
    func span(_ index: Int) -> Span {
        let token = text.tokens[base + index]
        return Span(text: token.text, start: token.start, end: token.end)
    }
}
