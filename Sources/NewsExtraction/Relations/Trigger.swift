/// One entry of the relation lexicon: a word that reports an act of one country on another.
struct Trigger: Sendable {
    /// Who acts on whom, relative to the clause's subject and the trigger's slot.
    enum Direction: Sendable {
        /// The subject acts on the slot ("Germany sold submarines to Israel").
        case forward
        /// The slot acts on the subject ("Russia buys rockets from North Korea").
        case backward
        /// Both act on each other (talks, agreements, joint exercises).
        case mutual
    }

    /// `nil` for transfers whose type only the thing moved decides.
    let type: RelationType?
    /// The type comes from the thing moved: weapons, aid or goods.
    let isTransfer: Bool
    /// Word sets that must each occur near the trigger ("impose" needs "sanctions").
    let companions: [Set<String>]
    /// For nominal triggers, a word that must follow directly ("war games").
    let next: String?
    /// Where the other country stands: `obj`, `that` or a preposition; tried in order.
    let slots: [String]
    let direction: Direction
    /// A noun ("invasion of"), not a verb.
    let isNominal: Bool
    /// The lexicon row it comes from, for explanations ("verb use_force attack [obj] >").
    var pattern = ""
}
