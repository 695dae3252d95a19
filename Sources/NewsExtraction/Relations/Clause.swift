/// What the words around a trigger say about it: who did it, and whether and how it happened.
struct Clause: Sendable {
    /// Index in the sentence's actors of the one who acts, if a country does.
    var subject: Int?
    /// The nearest country before the verb that could be acted on ("Ukraine's capital was hit").
    var patient: Int?
    /// First token of the subject's phrase, or the verb when there is none.
    var subjectStart: Int
    /// The token where the search for a subject stopped (a "that", a "said", the sentence start).
    var stop: Int
    var isNegated = false
    /// "refused to send": the act becomes a rejection.
    var isRefused = false
    /// "threatened to impose sanctions": the act becomes a threat.
    var isThreatened = false
    /// will, plans to, pledged to, is willing to, agreed to.
    var isIntended = false
    /// might, may, could: speculation unless someone hints at it.
    var isSpeculative = false
    var isPassive = false
}

/// A verb of saying, believing or denying, and who says it: the frame of the clause that follows it.
struct ReportFrame: Sendable {
    enum Kind: Sendable {
        case say, factive, belief, hint, denial
    }

    var verb: Int
    var kind: Kind
    /// The countries that speak; empty when officials, analysts or the media do.
    var speaker: [String]
}
