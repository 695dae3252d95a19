/// An act found in the sentence, before the clause around it decides its type and mode.
struct Finding {
    var trigger: Trigger
    var type: RelationType
    var index: Int
    var clause: Clause
    /// Who acts and who is acted on, as the trigger's direction reads them.
    var sources: [String]
    var targets: [String]
    var items: [String]
    var confidence: Double
    /// The other side is named but is no country ("signed an agreement with the European Union"): a joint act
    /// with it, not among the sources.
    var partnerIsNoCountry = false
    /// From a tree: the paths from the trigger to each actor.
    var paths: [String]?
}
