/// A country, or countries joined by "and", that can take part in an event, as it stands in one sentence.
///
/// Token positions are local to the sentence. The phrase runs from its determiners to its head noun:
/// "the North Korean ambassador", "North Korea's ambassador", "Russia and Syria".
struct Actor: Sendable {
    enum Kind: Sendable {
        /// A country named by a mention of the country matcher, or an organization with a country.
        case country(MentionKind?)
        /// A person in a state office on the article's date (`ActorLexicon`): "Yeltsin said" is Russia in 1996.
        case leader
        /// it, its, they, their: resolved to the countries they most likely stand for.
        case pronoun
        /// A place inside a country (Kharkiv, Gaza): never acts, only attacked or occupied.
        case territory

        var isTerritory: Bool {
            if case .territory = self { true } else { false }
        }
    }

    var codes: [String]
    var kind: Kind
    /// First and past-the-last token of the name itself.
    var start: Int
    var end: Int
    /// The whole noun phrase around it.
    var phraseStart: Int
    var phraseEnd: Int
    /// Can act: a country's name, or a demonym that leads forces, officials or a government.
    var isAgentive: Bool
    /// "Russia's" in "Russia's invasion".
    var isPossessor: Bool
    /// "Iranian-manufactured", "Russian-made": the maker of a thing, not an actor.
    var isMaker: Bool
    /// The preposition just before the phrase, if any ("in" Moscow, "from" North Korea).
    var preposition: String?

    /// Named only as where something happens ("met in Moscow").
    func isPlace(_ lexicon: RelationLexicon) -> Bool {
        preposition.map { lexicon.isWord($0, .placePreposition) } ?? false
    }

    var isPronoun: Bool {
        if case .pronoun = kind { true } else { false }
    }

    var isTerritory: Bool { kind.isTerritory }

    /// Can stand for its country in an act of this type. A place can where it is attacked or taken, and where
    /// it is visited or something is sent to or got from it ("visited Washington", "weapons to Moscow", "aid to
    /// Gaza"); "met in Washington" only places the meeting.
    func canBeTarget(of type: RelationType) -> Bool {
        switch type {
        case _ where !isTerritory, .useForce, .invadeOrOccupy: true
        case .meetOrNegotiate, .armsSupply, .provideAid, .tradeOrEconomicCooperation:
            preposition == nil || preposition == "to" || preposition == "from"
        default: false
        }
    }

    /// "Russia's", "Russian", "its" before a nominal: the one whose act it names ("Russia's invasion").
    var canOwnAct: Bool {
        !isTerritory && (isPossessor || isDemonym || isPronoun)
    }

    var isDemonym: Bool {
        if case .country(.demonym) = kind { true } else { false }
    }
}
