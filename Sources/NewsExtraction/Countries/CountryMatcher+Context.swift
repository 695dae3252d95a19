/// The context rules that decide whether a matched phrase really names a country.
extension CountryMatcher {
    func accepts(_ phrase: CountryTable.Phrase, _ range: Range<Int>, _ context: SentenceContext) -> Bool {
        if phrase.isActorOnly { return isActor(range, context) }
        switch phrase.kind {
        case .government:
            return !isPlace(range, context) && !context.isCapitalizedWord(range.upperBound)
        case .short:
            return
                !(context.isShouting && context.tokens[range.lowerBound].text == "US"
                && Self.verbsBeforeUs.contains(context.key(range.lowerBound - 1)))
        case .name where range.count == 1:
            if personalName(phrase, range, context) != nil { return false }
            return context.key(range.lowerBound) != "georgia" || !isUSState(range, context)
        default:
            return true
        }
    }

    /// Whether a capital or seat of government stands for the country as an actor: the subject of a verb
    /// ("Moscow said", "Beijing warned"), a possessor ("Tehran's"), a party ("talks with Washington"), or one of
    /// a pair of them ("Moscow and Beijing have").
    private func isActor(_ range: Range<Int>, _ context: SentenceContext) -> Bool {
        let next = range.upperBound
        if isPlace(range, context) || context.isCapitalizedWord(next) { return false }
        if context.isCapitalizedWord(range.lowerBound - 1), !Self.partyWords.contains(context.key(range.lowerBound - 1))
        {
            return false  // "George Washington", "Greater London"
        }
        let following = context.key(next)
        if Self.possessives.contains(following) || Self.actorVerbs.contains(following) { return true }
        if following.count > 4, following.hasSuffix("ed"),
            following.unicodeScalars.allSatisfy({ $0.properties.isLowercase })
        {
            return true
        }
        if following == "and",
            ["its", "their"].contains(context.key(next + 1))
                || longestMatch(context.tokens, at: next + 1, before: context.range.upperBound)?.1.country != nil
        {
            return true  // "Moscow and Beijing have", "Washington and its allies"
        }
        return Self.partyWords.contains(context.key(range.lowerBound - 1))
    }

    /// After a preposition of place, with or without "the": "in Moscow", "at the White House".
    private func isPlace(_ range: Range<Int>, _ context: SentenceContext) -> Bool {
        var before = range.lowerBound - 1
        if context.key(before) == "the" { before -= 1 }
        return Self.placePrepositions.contains(context.key(before))
    }

    /// The name ("jordan") where a country's name is a person's: "Michael Jordan", "Jordan Henderson", "Chad Smith".
    func personalName(_ phrase: CountryTable.Phrase, _ range: Range<Int>, _ context: SentenceContext) -> String? {
        guard phrase.kind == .name, range.count == 1 else { return nil }
        let key = context.key(range.lowerBound)
        return Self.personalNames.contains(key) && looksLikePerson(range, context) ? key : nil
    }

    private func looksLikePerson(_ range: Range<Int>, _ context: SentenceContext) -> Bool {
        let next = range.upperBound
        if context.isCapitalizedWord(next),
            longestMatch(context.tokens, at: next, before: context.range.upperBound) == nil
        {
            return true
        }
        let previous = range.lowerBound - 1
        return context.isCapitalizedWord(previous) && !Self.partyWords.contains(context.key(previous))
            && context.key(previous) != "the"
    }

    /// "Atlanta, Georgia", "the state of Georgia", "Georgia state senator".
    private func isUSState(_ range: Range<Int>, _ context: SentenceContext) -> Bool {
        let previous = range.lowerBound - 1
        if context.key(previous) == ",", context.isCapitalizedWord(previous - 1) {
            return !Self.georgianCities.contains(context.key(previous - 1))
        }
        if context.key(previous) == "of", context.key(previous - 1) == "state" { return true }
        return Self.usStateWords.contains(context.key(range.upperBound))
    }

    private static let possessives: Set<String> = ["'s", "’s"]

    private static let actorVerbs: Set<String> = [
        "said", "says", "say", "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should",
        "may", "might", "must", "can", "cannot", "did", "does", "also", "wants", "warns", "accuses", "denies",
        "rejects", "announces", "agrees", "claims", "insists", "urges", "demands", "threatens", "responds", "sent",
        "sends", "supplies", "bought", "buys", "sold", "sells", "signs", "launches", "imposes", "condemns",
        "criticises", "criticizes", "hopes", "believes", "considers", "plans", "expects", "seeks", "sought",
        "refuses", "recognises", "recognizes", "backs", "supports", "welcomes", "calls", "asks", "told", "tells",
        "blames", "made", "makes", "took", "takes", "gave", "gives", "struck", "hit", "hits", "fears", "sees", "saw",
        "knew", "knows", "thinks", "thought", "vowed", "vows", "pledges", "remains", "appears", "seems",
        "reportedly", "officially", "already", "still", "never",
    ]

    /// Words before a capital that make it a party to an act: "talks with Washington", "accused Moscow".
    private static let partyWords: Set<String> = [
        "with", "against", "between", "by", "on", "and", "accused", "accuses", "accusing", "urged", "urges", "warned",
        "warns", "told", "tells", "blamed", "blames", "criticised", "criticized", "condemned", "condemns",
        "sanctioned", "pressed", "asked", "invited", "thanked", "praised", "supported", "backed", "joined", "helped",
        "armed", "supplied", "attacked", "threatened", "defied",
    ]

    private static let placePrepositions: Set<String> = [
        "in", "at", "from", "to", "into", "near", "outside", "inside", "around", "across", "through", "via", "toward",
        "towards", "of", "over", "throughout", "within", "beyond", "along", "onto", "off", "visit", "visited",
        "visiting", "visits",
    ]

    /// Country names that are also first names.
    private static let personalNames: Set<String> = ["jordan", "chad", "georgia", "holland"]

    private static let georgianCities: Set<String> = ["tbilisi", "batumi", "kutaisi", "gori", "rustavi", "sukhumi"]

    private static let usStateWords: Set<String> = [
        "state", "governor", "senator", "senate", "democrats", "republicans", "voters", "county", "legislature",
    ]

    /// Verbs before "US" in a shouting headline that make it the pronoun: "LET US", "HELP US".
    private static let verbsBeforeUs: Set<String> = [
        "let", "lets", "help", "helps", "tell", "tells", "give", "gives", "join", "joins", "show", "save", "for",
    ]
}
