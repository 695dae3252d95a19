/// Why the event coder found a relation, for an analyst to judge it and a developer to debug it: which reading found
/// it, the lexicon pattern that matched, from a tree the path from the trigger to each actor, and the learned
/// classifier's probability of the relation's type for its pair.
public struct RelationExplanation: Sendable, Hashable {
    /// "tree" (read from the sentence's dependency tree), "words" (from the words around the trigger) or
    /// "classifier" (added by the learned classifier where the rules found nothing of the type).
    public var reader: String
    /// The lexicon entry: its part of speech, type, words, slots and direction ("verb use_force attack [obj] >").
    public var pattern: String
    /// From the trigger to each actor, up ("<nsubj<") and down (">obj>") the tree: "attacked >obj> ports >amod>
    /// Ukrainian".
    public var paths: [String]
    /// The relation classifier's probability of this type for this pair in this sentence (`RelationClassifier`);
    /// nil where it did not score the pair (an actor given by a pronoun, or no weights).
    public var score: Double?

    public init(reader: String, pattern: String, paths: [String] = [], score: Double? = nil) {
        self.reader = reader
        self.pattern = pattern
        self.paths = paths
        self.score = score
    }
}
