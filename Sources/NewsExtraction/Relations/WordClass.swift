/// The closed word classes and verb classes of the relation lexicon (`words` and `verbs` rows).
enum WordClass: String, CaseIterable, Sendable {
    case auxiliary, negation, intentModal, weakModal, obligation, adverb, determiner, preposition, placePreposition
    case boundary, pronoun, weapon, weaponModifier, aid, goods, agentive, madeBy, doubling
    case adjective, conjunction, intentAdjective, intentNoun, abstract, currency, personnel, sport
    case nonStateGroup, condemnation
    // Verb classes: every inflected form of their lemmas.
    case say, factive, belief, intent, refusal, denial, threat, hint, continuation, journey

    var bit: UInt64 { 1 << UInt64(Self.allCases.firstIndex(of: self)!) }
}

/// Everything the lexicon knows about one word, found with a single lookup.
struct WordInfo: Sendable {
    /// Bits of `WordClass`.
    var classes: UInt64 = 0
    /// Set when the word is a form of any verb the lexicon knows.
    var verbForm: VerbForm?
    var verbTriggers: [(trigger: Trigger, form: VerbForm)] = []
    var nounTriggers: [Trigger] = []

    static let unknown = WordInfo()

    func has(_ wordClass: WordClass) -> Bool { classes & wordClass.bit != 0 }
}
